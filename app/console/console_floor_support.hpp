#pragma once
// Small pieces the console's floor panels (statement, timer, queue, room, people) share:
// side names and badges, a person's place among the raised hands, buttons sharing a
// row, and a list that scrolls once it grows past a height, so a room of 60 never
// pushes the rest of a column off the screen.
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>

#include "app/ui/texts.hpp"
#include "app/ui/theme.hpp"
#include "core/state.hpp"

namespace lagerhuis::app::floor_ui {

// "Voor 4": a bench with its count.
std::string side_count(const Texts& t, core::Side side, int count);
// A pill in the side's colour.
void side_badge(const Texts& t, core::Side side, ImFont* font = nullptr);
void side_count_badge(const Texts& t, core::Side side, int count);
// A name in the heading font with its side's badge after it (under it when the line is full).
void name_with_side(const Texts& t, std::string_view name, std::optional<core::Side> side, float width,
                    ImFont* badge_font = nullptr);

// 1 for the hand raised first; 0 when the hand is down.
int hand_place(const core::State& state, core::ParticipantId who);
// "Voor · hand 2 · zonder apparaat", "toeschouwer", "verwijderd": where someone is.
std::string person_status(const Texts& t, const core::State& state, const core::Participant& person);
// The speaker of the running (or paused) turn; 0 when nobody has the floor.
core::ParticipantId current_speaker(const core::State& state);

// The width of each of `count` items sharing a row `width` wide, with the usual spacing.
float share(float width, int count);
// A button's width for its label (the visible part; the bold font unless given).
float button_width(std::string_view label, ImFont* font = nullptr);
// Whether buttons with these labels fit side by side in `width`; if not, each gets a line.
bool fit_in_row(std::initializer_list<std::string_view> labels, float width, ImFont* font = nullptr);
// Widths for buttons with these labels side by side in `width`: equal shares where every
// label fits one, else each its label's width and an equal part of what is left; empty
// when they do not fit side by side at all (each then takes a line of its own).
std::vector<float> row_widths(const std::vector<std::string_view>& labels, float width, ImFont* font = nullptr);
// Draws buttons with these labels in a row (row_widths) or one under the other; returns
// the index of the one pressed.
std::optional<std::size_t> button_row(std::initializer_list<std::string_view> labels, float width,
                                      std::initializer_list<theme::ButtonColours> colours = {}, float height = 0);

// Items placed left to right, on a new line when the next does not fit in `width`:
//   floor_ui::Flow flow(width); for (...) { flow.next(item_width); draw the item; }
class Flow {
public:
    explicit Flow(float width);
    void next(float item_width);

private:
    float start_x_ = 0;
    float width_ = 0;
    float used_ = -1;  // of the current line; -1 before the first item
};

// A text field with its button on the same line, `width` wide together; true when the
// text is sent (the button or Enter), never while it is blank.
bool field_with_button(const char* field_id, std::string& value, std::string_view hint, std::string_view label,
                       float width);

// A list `width` wide, as tall as its content up to `max_height` (pixels at scale 1),
// then scrolling; rows inside draw at the cursor as usual.
//   { floor_ui::ScrollList list("queue_rows", width, rows_height, 360); ... }
class ScrollList {
public:
    ScrollList(std::string_view id, float width, float content_height, float max_height);
    ~ScrollList();
    ScrollList(const ScrollList&) = delete;
    ScrollList& operator=(const ScrollList&) = delete;
};

}  // namespace lagerhuis::app::floor_ui
