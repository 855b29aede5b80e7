// The three benches, left to right as in the room: voor, twijfel, tegen. Each shows how
// many sit there; the participant's own bench is filled in its colour. Tapping another
// bench crosses the floor.
#include <array>
#include <string>

#include "app/participant/participant_panels.hpp"
#include "app/ui/theme.hpp"
#include "app/ui/ui_card.hpp"
#include "app/ui/ui_context.hpp"
#include "app/ui/ui_text.hpp"

namespace lagerhuis::app {

namespace {

constexpr float participant_tile_height = 118;
constexpr float tile_top_border = 8;

int count_on(const proto::RoomSection& room, core::Side side) {
    switch (side) {
        case core::Side::voor: return room.voor;
        case core::Side::tegen: return room.tegen;
        case core::Side::twijfel: return room.twijfel;
    }
    return 0;
}

// One bench tile; returns whether it was clicked.
bool bench_tile(const Texts& t, core::Side side, int count, bool mine, bool busy, float width) {
    const auto& fonts = ui::context().fonts;
    const std::string side_name(core::to_string(side));
    const std::string name = t("side." + side_name);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const ImVec2 size(width, ui::px(participant_tile_height));
    const std::string spoken = t(mine ? "web.benches.button_yours" : "web.benches.button",
                                 {{"side", side_name}, {"count", std::to_string(count)}});
    const bool clicked = ui::area_button("bench_" + side_name, size, spoken);
    const bool hovered = ImGui::IsItemHovered();

    const ImU32 strong = theme::side_colour(side);
    const ImU32 fill = mine ? strong : hovered && !busy ? theme::side_soft(side) : theme::palette().white;
    const ImU32 ink = mine ? theme::palette().white : strong;
    const float round = ui::px(12);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 max(at.x + size.x, at.y + size.y);
    draw->AddRectFilled(at, max, strong, round);
    const float border = ui::px(2);
    const float top = ui::px(tile_top_border);
    draw->AddRectFilled(ImVec2(at.x + border, at.y + top), ImVec2(max.x - border, max.y - border), fill,
                        round - border, ImDrawFlags_RoundCornersBottom);

    // Name, count and (on one's own bench) the marker, centred in the tile.
    const ImVec2 name_size = ui::text_size(name, fonts.bold);
    const std::string number = std::to_string(count);
    const ImVec2 number_size = ui::text_size(number, fonts.count);
    const std::string marker = mine ? "\u2713 " + t("web.benches.yours") : std::string();
    const std::string shown_marker = ui::fit_text(marker, fonts.small, width - ui::px(8));
    const float marker_height = fonts.small->FontSize;
    const float block = name_size.y + number_size.y + marker_height;
    float y = at.y + top + (size.y - top - block) / 2;
    const float centre = at.x + width / 2;
    ui::text_at(ImVec2(centre - name_size.x / 2, y), name, {fonts.bold, ink});
    y += name_size.y;
    ui::text_at(ImVec2(centre - number_size.x / 2, y), number, {fonts.count, ink});
    y += number_size.y;
    if (!shown_marker.empty())
        ui::text_at(ImVec2(centre - ui::text_size(shown_marker, fonts.small).x / 2, y), shown_marker, {fonts.small, ink});
    return clicked;
}

}  // namespace

void draw_benches(const ParticipantFrame& frame, ParticipantUiState& ui, ParticipantActions& out, float width) {
    if (!frame.snapshot.view) return;
    const Texts& t = frame.texts;
    const auto& fonts = ui::context().fonts;
    const auto& room = frame.snapshot.view->room;
    const auto seat = frame.snapshot.me ? frame.snapshot.me->seat : std::nullopt;
    const bool busy = frame.snapshot.is_busy(NoticeArea::seat);

    ui::Card card("benches", width);
    ui::text(t("web.benches.heading"), {fonts.heading});
    ui::text_wrapped(t("web.benches.hint"), {fonts.small, theme::palette().muted});
    const float gap = ui::px(10);
    const float tile = (card.inner_width() - 2 * gap) / 3;
    for (std::size_t i = 0; i < theme::bench_order.size(); ++i) {
        const core::Side side = theme::bench_order[i];
        if (i > 0) ImGui::SameLine(0, gap);
        const bool mine = seat == side;
        if (bench_tile(t, side, count_on(room, side), mine, busy, tile) && !mine && !busy)
            send_command(ui, out, NoticeArea::seat, core::TakeSeat{core::ParticipantId{}, side});
    }
    ui::text(t("web.benches.present", {{"present", std::to_string(room.present)}, {"hands", std::to_string(room.hands)}}),
             {fonts.small, theme::palette().muted});
    draw_notice(frame, ui, out, NoticeArea::seat);
}

}  // namespace lagerhuis::app
