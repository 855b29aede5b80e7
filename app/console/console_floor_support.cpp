#include "app/console/console_floor_support.hpp"

#include <algorithm>
#include <vector>

#include "app/ui/theme.hpp"
#include "app/ui/ui_context.hpp"
#include "app/ui/ui_text.hpp"
#include "app/ui/ui_widgets.hpp"

namespace lagerhuis::app::floor_ui {

std::string side_count(const Texts& t, core::Side side, int count) {
    return t("console.floor.side_count", {{"side", std::string(core::to_string(side))}, {"count", std::to_string(count)}});
}

void side_badge(const Texts& t, core::Side side, ImFont* font) {
    ui::badge(t.side(side), theme::side_colour(side), theme::palette().white, font);
}

void side_count_badge(const Texts& t, core::Side side, int count) {
    ui::badge(side_count(t, side, count), theme::side_soft(side), theme::side_colour(side));
}

void name_with_side(const Texts& t, std::string_view name, std::optional<core::Side> side, float width,
                    ImFont* badge_font) {
    ImFont* font = ui::context().fonts.heading;
    Flow flow(width);
    const std::string shown = ui::fit_text(name, font, width);
    flow.next(ui::text_size(shown, font).x);
    ui::text(shown, {font});
    if (!side) return;
    flow.next(ui::badge_size(t.side(*side), badge_font).x);
    side_badge(t, *side, badge_font);
}

int hand_place(const core::State& state, core::ParticipantId who) {
    const auto& queue = state.hand_queue;
    const auto found = std::find(queue.begin(), queue.end(), who);
    return found == queue.end() ? 0 : static_cast<int>(found - queue.begin()) + 1;
}

std::string person_status(const Texts& t, const core::State& state, const core::Participant& person) {
    std::vector<std::string> parts;
    if (person.removed) {
        parts.push_back(t("console.floor.people.removed"));
    } else if (person.role != core::Role::participant) {
        parts.push_back(t("role." + std::string(core::to_string(person.role))));
    } else {
        parts.push_back(person.seat ? t.side(*person.seat) : t("console.floor.people.no_seat"));
        if (const int place = hand_place(state, person.id); place > 0)
            parts.push_back(t("console.floor.room.hand", {{"place", std::to_string(place)}}));
    }
    if (!person.has_device) parts.push_back(t("console.floor.room.no_device"));
    std::string joined;
    for (const auto& part : parts) joined += (joined.empty() ? "" : " \u00b7 ") + part;
    return joined;
}

core::ParticipantId current_speaker(const core::State& state) {
    const core::Turn* turn = state.turn(state.current_turn);
    return turn ? turn->speaker : core::ParticipantId{};
}

float share(float width, int count) {
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    return std::max(1.0f, (width - spacing * static_cast<float>(count - 1)) / static_cast<float>(count));
}

float button_width(std::string_view label, ImFont* font) {
    return ui::text_size(ui::visible_label(label), font ? font : ui::context().fonts.bold).x +
           2 * ImGui::GetStyle().FramePadding.x;
}

bool fit_in_row(std::initializer_list<std::string_view> labels, float width, ImFont* font) {
    const float each = share(width, static_cast<int>(labels.size()));
    return std::all_of(labels.begin(), labels.end(),
                       [&](std::string_view label) { return button_width(label, font) <= each; });
}

std::vector<float> row_widths(const std::vector<std::string_view>& labels, float width, ImFont* font) {
    const auto count = static_cast<int>(labels.size());
    const float each = share(width, count);
    if (std::all_of(labels.begin(), labels.end(), [&](std::string_view label) { return button_width(label, font) <= each; }))
        return std::vector<float>(labels.size(), each);
    std::vector<float> widths;
    float needed = ImGui::GetStyle().ItemSpacing.x * static_cast<float>(count - 1);
    for (const auto label : labels) {
        widths.push_back(button_width(label, font));
        needed += widths.back();
    }
    if (needed > width) return {};
    for (float& each : widths) each += (width - needed) / static_cast<float>(count);
    return widths;
}

std::optional<std::size_t> button_row(std::initializer_list<std::string_view> labels, float width,
                                      std::initializer_list<theme::ButtonColours> colours, float height) {
    const auto widths = row_widths(std::vector<std::string_view>(labels), width);
    // One under the other in a column too narrow even for that: the smaller font, not a cut label.
    const bool narrow = widths.empty() && std::any_of(labels.begin(), labels.end(), [&](std::string_view label) {
                            return button_width(label) > width;
                        });
    ImFont* font = narrow ? ui::context().fonts.small : nullptr;
    std::optional<std::size_t> pressed;
    std::size_t i = 0;
    for (const auto label : labels) {
        if (i > 0 && !widths.empty()) ImGui::SameLine();
        const theme::ButtonColours look = i < colours.size() ? *(colours.begin() + i) : theme::secondary();
        if (ui::button(label, ImVec2(widths.empty() ? width : widths[i], height), look, font)) pressed = i;
        ++i;
    }
    return pressed;
}

Flow::Flow(float width) : start_x_(ImGui::GetCursorPosX()), width_(width) {}

void Flow::next(float item_width) {
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    if (used_ >= 0 && used_ + spacing + item_width <= width_) {
        ImGui::SameLine(start_x_ + used_ + spacing);
        used_ += spacing + item_width;
    } else {
        used_ = item_width;
    }
}

bool field_with_button(const char* field_id, std::string& value, std::string_view hint, std::string_view label,
                       float width) {
    const bool blank = value.find_first_not_of(' ') == std::string::npos;
    const float button = button_width(label);
    ui::input_text(field_id, &value, hint, width - button - ImGui::GetStyle().ItemSpacing.x);
    const bool entered = ui::entered();
    ImGui::SameLine();
    ImGui::BeginDisabled(blank);
    const bool clicked = ui::button(label, ImVec2(button, 0));
    ImGui::EndDisabled();
    return (clicked || entered) && value.find_first_not_of(' ') != std::string::npos;
}

ScrollList::ScrollList(std::string_view id, float width, float content_height, float max_height) {
    const std::string id_text(id);
    ImGui::PushStyleColor(ImGuiCol_ChildBg, IM_COL32(0, 0, 0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::BeginChild(id_text.c_str(), ImVec2(width, std::max(1.0f, std::min(content_height, ui::px(max_height)))),
                      false, ImGuiWindowFlags_NoSavedSettings);
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
}

ScrollList::~ScrollList() { ImGui::EndChild(); }

}  // namespace lagerhuis::app::floor_ui
