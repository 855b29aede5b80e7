// The room as the gespreksleider sees it: voor and tegen facing each other with twijfel
// in the middle, a tile per person with their raised hand and place in the queue, the
// speaker lit up, and whoever just crossed the floor marked for a minute, because the
// crossings are what a Lagerhuis debate is about. A click on a tile opens that person.
#include <algorithm>
#include <array>
#include <span>
#include <string>
#include <vector>

#include "app/console/console_floor_support.hpp"
#include "app/console/console_panels.hpp"
#include "app/ui/theme.hpp"
#include "app/ui/ui_card.hpp"
#include "app/ui/ui_context.hpp"
#include "app/ui/ui_text.hpp"
#include "app/ui/ui_widgets.hpp"

namespace lagerhuis::app {

namespace {

constexpr float console_tile_height = 64;
constexpr float tile_gap = 8;
constexpr float tile_padding = 8;
constexpr float benches_max_height = 430;
constexpr core::Millis crossing_shown_ms = 60'000;
constexpr std::size_t unseated_shown = 24;

std::size_t column_of(core::Side side) {
    return static_cast<std::size_t>(std::find(theme::bench_order.begin(), theme::bench_order.end(), side) - theme::bench_order.begin());
}

// What the room looks like this frame, gathered in one pass over the people.
struct Room {
    std::array<std::vector<const core::Participant*>, 3> benches;  // in theme::bench_order
    std::vector<const core::Participant*> unseated;
    std::vector<int> hand;                            // place in the queue, by id - 1 (0: none)
    std::vector<const core::Crossing*> crossed;       // a crossing in the last minute, by id - 1
    core::ParticipantId speaker;
};

Room gather(const core::State& state, core::Millis now) {
    Room room;
    room.hand.assign(state.participants.size(), 0);
    room.crossed.assign(state.participants.size(), nullptr);
    int place = 0;
    for (const core::ParticipantId id : state.hand_queue) {
        ++place;
        if (!id.is_none() && id.value <= room.hand.size()) room.hand[id.value - 1] = place;
    }
    // Newest first, so each person keeps their latest crossing; older ones end the scan.
    for (auto it = state.crossings.rbegin(); it != state.crossings.rend() && now - it->at_ms <= crossing_shown_ms; ++it) {
        if (it->statement != state.active_statement || it->participant.value > room.crossed.size()) continue;
        auto& slot = room.crossed[it->participant.value - 1];
        if (!slot) slot = &*it;
    }
    room.speaker = floor_ui::current_speaker(state);
    for (const auto& person : state.participants) {
        if (person.removed || person.role != core::Role::participant) continue;
        if (person.seat)
            room.benches[column_of(*person.seat)].push_back(&person);
        else
            room.unseated.push_back(&person);
    }
    return room;
}

struct TileLook {
    ImU32 fill;
    ImU32 border;
    ImU32 ink;
    ImU32 marker;
};

TileLook tile_look(core::Side side, bool speaking, bool crossed, bool selected) {
    if (speaking) return {theme::side_colour(side), theme::side_colour(side), theme::palette().white, theme::palette().white};
    TileLook look{theme::palette().white, theme::palette().line, theme::palette().ink, theme::palette().muted};
    if (crossed) look = {theme::palette().warn_soft, theme::palette().warn, theme::palette().ink, theme::palette().warn};
    if (selected) look.border = theme::palette().accent;
    return look;
}

// Short markers under the name, most important first, as many as fit.
void draw_markers(const std::vector<std::string>& markers, ImVec2 at, float room, ImU32 colour) {
    auto& fonts = ui::context().fonts;
    float x = at.x;
    for (const auto& marker : markers) {
        const float left = at.x + room - x;
        if (left <= ui::px(12)) break;
        const std::string shown = ui::fit_text(marker, fonts.small, left);
        ui::text_at(ImVec2(x, at.y), shown, {fonts.small, colour});
        x += ui::text_size(shown, fonts.small).x + ui::px(10);
    }
}

// One person's tile; returns whether it was clicked.
bool draw_tile(const ConsoleFrame& frame, const ConsoleUiState& ui, const Room& room, const core::Participant& person,
               ImVec2 size) {
    const Texts& t = frame.texts;
    const auto& fonts = ui::context().fonts;
    const core::Side side = *person.seat;
    const bool speaking = room.speaker == person.id;
    const core::Crossing* crossed = room.crossed[person.id.value - 1];
    const int hand = room.hand[person.id.value - 1];
    const TileLook look = tile_look(side, speaking, crossed != nullptr, ui.people.selected == person.id);

    const ImVec2 at = ImGui::GetCursorScreenPos();
    const bool clicked = ui::area_button("tile_" + std::to_string(person.id.value), size, person.name);
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 max(at.x + size.x, at.y + size.y);
    const float round = ui::px(8);
    draw->AddRectFilled(at, max, hovered && !speaking ? theme::side_soft(side) : look.fill, round);
    const bool strong_border = crossed || ui.people.selected == person.id;
    draw->AddRect(at, max, look.border, round, 0, ui::px(strong_border ? 2.5f : 1.0f));
    if (!speaking) draw->AddRectFilled(at, ImVec2(at.x + ui::px(5), max.y), theme::side_colour(side), round,
                                       ImDrawFlags_RoundCornersLeft);

    const float pad = ui::px(tile_padding);
    const float left = at.x + pad + ui::px(4);
    float room_x = size.x - (left - at.x) - pad;
    // The raised hand as a pill on the name's line: "hand 2" is its place in the queue,
    // "↑2" beside a name that needs the room.
    if (hand > 0) {
        const std::string place = std::to_string(hand);
        std::string pill = t("console.floor.room.hand", {{"place", place}});
        if (ui::text_size(person.name, fonts.bold).x + ui::text_size(pill, fonts.small).x + ui::px(16) > room_x)
            pill = t("console.floor.room.hand_short", {{"place", place}});
        const ImVec2 pill_size = ui::text_size(pill, fonts.small);
        const ImVec2 pill_min(max.x - pad - pill_size.x - ui::px(10), at.y + pad);
        draw->AddRectFilled(pill_min, ImVec2(max.x - pad, pill_min.y + pill_size.y + ui::px(4)),
                            speaking ? theme::palette().white : theme::palette().accent, ui::px(10));
        ui::text_at(ImVec2(pill_min.x + ui::px(5), pill_min.y + ui::px(2)), pill,
                    {fonts.small, speaking ? theme::palette().accent : theme::palette().white});
        room_x -= pill_size.x + ui::px(16);
    }
    std::vector<std::string> markers;
    if (speaking) markers.push_back(t("console.floor.room.speaking"));
    if (crossed)
        markers.push_back(t(column_of(crossed->from) < column_of(crossed->to) ? "console.floor.room.crossed_from_left"
                                                                              : "console.floor.room.crossed_from_right"));
    const std::size_t moments = markers.size();  // what the status line below does not say
    if (!person.has_device) markers.push_back(t("console.floor.room.no_device"));
    // A long name takes the second line too when there is nothing else to say there:
    // "Fatima El Amrani" is better read whole than as "Fatima El A…". It breaks between
    // words only; the tooltip below has it whole.
    const float widths[] = {std::max(0.0f, room_x), size.x - (left - at.x) - pad};
    const auto lines = ui::fit_lines(person.name, fonts.bold, std::span(widths, markers.empty() ? 2 : 1));
    for (std::size_t i = 0; i < lines.size(); ++i)
        ui::text_at(ImVec2(left, at.y + pad + static_cast<float>(i) * (fonts.bold->FontSize + ui::px(3))), lines[i],
                    {fonts.bold, look.ink});
    draw_markers(markers, ImVec2(left, at.y + pad + fonts.bold->FontSize + ui::px(5)), size.x - (left - at.x) - pad,
                 look.marker);
    // The whole of it on hover, for a tile too narrow to say everything.
    if (hovered) {
        ImGui::BeginTooltip();
        ui::text(person.name, {fonts.bold});
        ui::text(floor_ui::person_status(t, frame.state, person), {fonts.small, theme::palette().muted});
        for (std::size_t i = 0; i < moments; ++i) ui::text(markers[i], {fonts.small, theme::palette().muted});
        ImGui::EndTooltip();
    }
    return clicked;
}

void open_person(ConsoleUiState& ui, core::ParticipantId who) {
    ui.people.selected = who;
    ui.tab = ConsoleTab::people;
}

void draw_headers(const Texts& t, const Room& room, float column) {
    const auto& fonts = ui::context().fonts;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float height = fonts.heading->FontSize + ui::px(14);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    for (std::size_t i = 0; i < theme::bench_order.size(); ++i) {
        const core::Side side = theme::bench_order[i];
        const ImVec2 min(at.x + static_cast<float>(i) * (column + spacing), at.y);
        draw->AddRectFilled(min, ImVec2(min.x + column, min.y + height), theme::side_colour(side), ui::px(8));
        // "Undecided 12" in a narrow column: a smaller font before cutting the word.
        const std::string full = floor_ui::side_count(t, side, static_cast<int>(room.benches[i].size()));
        ImFont* font = fonts.small;
        for (ImFont* larger : {fonts.bold, fonts.heading})
            if (ui::text_size(full, larger).x <= column - ui::px(8)) font = larger;
        const std::string label = ui::fit_text(full, font, column - ui::px(8));
        const ImVec2 label_size = ui::text_size(label, font);
        ui::text_at(ImVec2(min.x + (column - label_size.x) / 2, min.y + (height - label_size.y) / 2), label,
                    {font, theme::palette().white});
    }
    ImGui::Dummy(ImVec2(3 * column + 2 * spacing, height));
}

// The height of the tallest bench's tiles.
float benches_height(const Room& room) {
    std::size_t longest = 0;
    for (const auto& bench : room.benches) longest = std::max(longest, bench.size());
    return longest == 0 ? 0.0f : static_cast<float>(longest) * (ui::px(console_tile_height) + ui::px(tile_gap)) - ui::px(tile_gap);
}

void draw_console_benches(const ConsoleFrame& frame, ConsoleUiState& ui, const Room& room, float width, float column) {
    const float content = benches_height(room);
    if (content <= 0) return;
    const float step = ui::px(console_tile_height) + ui::px(tile_gap);
    floor_ui::ScrollList list("room_benches", width, content, benches_max_height);
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const ImVec2 top = ImGui::GetCursorScreenPos();
    for (std::size_t i = 0; i < theme::bench_order.size(); ++i) {
        const float x = top.x + static_cast<float>(i) * (column + spacing);
        for (std::size_t k = 0; k < room.benches[i].size(); ++k) {
            const ImVec2 at(x, top.y + static_cast<float>(k) * step);
            const ImVec2 size(column, ui::px(console_tile_height));
            // Tiles scrolled out of sight are not drawn: a room of 200 stays quick.
            if (!ImGui::IsRectVisible(at, ImVec2(at.x + size.x, at.y + size.y))) continue;
            ImGui::SetCursorScreenPos(at);
            const core::Participant& person = *room.benches[i][k];
            if (draw_tile(frame, ui, room, person, size)) open_person(ui, person.id);
        }
    }
    ImGui::SetCursorScreenPos(top);
    ImGui::Dummy(ImVec2(3 * column + 2 * spacing, content));
}

// Those without a seat yet, as small buttons that open them (to seat someone without a device).
void draw_unseated(const ConsoleFrame& frame, ConsoleUiState& ui, const Room& room, float width) {
    if (room.unseated.empty()) return;
    const Texts& t = frame.texts;
    const auto& fonts = ui::context().fonts;
    ui::text(t("console.floor.room.unseated", {{"count", std::to_string(room.unseated.size())}}), {fonts.bold});
    floor_ui::Flow flow(width);
    const std::size_t shown = std::min(room.unseated.size(), unseated_shown);
    for (std::size_t i = 0; i < shown; ++i) {
        const core::Participant& person = *room.unseated[i];
        const std::string name = ui::fit_text(person.name, fonts.small, width / 2);
        const float button = floor_ui::button_width(name, fonts.small);
        flow.next(button);
        if (ui::button(name + "##unseated_" + std::to_string(person.id.value), ImVec2(button, ui::px(36)),
                       theme::secondary(), fonts.small))
            open_person(ui, person.id);
    }
    if (room.unseated.size() > shown)
        ui::text(t("console.floor.room.more", {{"count", std::to_string(room.unseated.size() - shown)}}),
                 {fonts.small, theme::palette().muted});
}

}  // namespace

void draw_console_room(const ConsoleFrame& frame, ConsoleUiState& ui, ConsoleActions& out, float width) {
    const Texts& t = frame.texts;
    const auto& fonts = ui::context().fonts;
    const Room room = gather(frame.state, frame.now_ms);

    ui::Card card("console_room", width);
    const float inner = card.inner_width();
    const std::string heading = t("console.floor.room.heading");
    ui::text(heading, {fonts.heading});
    // Who is here now beside who is in the session, where the console knows connections:
    // beside the heading, or under it where the card is too narrow for both.
    const proto::RoomCount count = frame.room_count();
    const std::string summary = t(frame.presence ? "console.floor.room.summary_live" : "console.floor.room.summary",
                                  {{"present", std::to_string(count.present)},
                                   {"in_session", std::to_string(count.in_session)},
                                   {"hands", std::to_string(frame.state.hand_queue.size())}});
    const float beside = ui::text_size(heading, fonts.heading).x + ImGui::GetStyle().ItemSpacing.x +
                         ui::text_size(summary, fonts.small).x;
    if (beside <= inner) ImGui::SameLine();
    ui::text_wrapped(summary, {fonts.small, theme::palette().muted});
    // Headers and tiles share their columns; a scrollbar (a big room) takes its width from both.
    const bool scrolls = benches_height(room) > ui::px(benches_max_height);
    const float column = floor_ui::share(inner - (scrolls ? ImGui::GetStyle().ScrollbarSize : 0.0f), 3);
    draw_headers(t, room, column);
    draw_console_benches(frame, ui, room, inner, column);
    draw_unseated(frame, ui, room, inner);
    draw_console_notice(frame, out, ConsoleArea::room);
}

}  // namespace lagerhuis::app
