#pragma once
// A card: a white, rounded, bordered panel as wide as asked and as tall as its content,
// the building block of every screen. It is a child window, so text wraps at its edge
// and nothing spills out; its height is measured at the end of each frame and used in
// the next (a card that grew asks for one more frame at once, so nothing stays clipped).
//
//   { ui::Card card("benches", width); ui::text(...); }   // ends with the scope
#include <optional>
#include <string_view>

#include <imgui.h>

namespace lagerhuis::app::ui {

struct CardLook {
    std::optional<ImU32> top_stripe;   // a coloured band along the top (the statement)
    std::optional<ImU32> left_stripe;  // ... or along the left (an argument's side)
    ImU32 background = 0;              // 0: the theme's card colour
    ImU32 border = 0;                  // 0: the theme's line colour
    float padding = 0;                 // pixels at scale 1; 0: the theme's

    // ui::CardLook().stripe_top(theme::palette().accent).inset(12)
    CardLook stripe_top(ImU32 colour) const { auto look = *this; look.top_stripe = colour; return look; }
    CardLook stripe_left(ImU32 colour) const { auto look = *this; look.left_stripe = colour; return look; }
    CardLook fill(ImU32 colour) const { auto look = *this; look.background = colour; return look; }
    CardLook outline(ImU32 colour) const { auto look = *this; look.border = colour; return look; }
    CardLook inset(float pixels) const { auto look = *this; look.padding = pixels; return look; }
};

class Card {
public:
    Card(std::string_view id, float width, const CardLook& look = CardLook());
    ~Card();
    Card(const Card&) = delete;
    Card& operator=(const Card&) = delete;

    // The width inside the padding: what a full-width button or bar gets.
    float inner_width() const { return inner_width_; }

private:
    ImGuiID id_ = 0;
    float height_ = 0;
    float inner_width_ = 0;
    int colours_ = 0;
    int vars_ = 0;
};

}  // namespace lagerhuis::app::ui
