// The turn timer: who speaks for which side, a countdown large enough to read from a
// step back, changing colour near the end and in overtime, pause/resume and end turn;
// below it the speaking time per side and the speaker's own, so the gespreksleider sees
// at a glance whether the floor is shared fairly.
#include <algorithm>
#include <array>
#include <optional>
#include <string>

#include "app/console/console_floor_support.hpp"
#include "app/console/console_panels.hpp"
#include "app/ui/theme.hpp"
#include "app/ui/turn_clock.hpp"
#include "app/ui/ui_card.hpp"
#include "app/ui/ui_context.hpp"
#include "app/ui/ui_text.hpp"
#include "app/ui/ui_widgets.hpp"
#include "proto/projection.hpp"

namespace lagerhuis::app {

namespace {

constexpr float speaker_room = 170;  // below this beside the clock, the clock goes under the name

struct ClockColours {
    ImU32 box;
    ImU32 digits;
    ImU32 bar;
};

ClockColours clock_colours(TurnPhase phase) {
    switch (phase) {
        case TurnPhase::warning: return {theme::palette().warn_soft, theme::palette().warn, theme::palette().warn};
        case TurnPhase::overtime: return {theme::palette().over_soft, theme::palette().over, theme::palette().over};
        case TurnPhase::ended: return {theme::palette().track, theme::palette().muted, theme::palette().disabled};
        case TurnPhase::normal: break;
    }
    return {theme::palette().accent_soft, theme::palette().ink, theme::palette().accent};
}


// Ended turns from the tally, plus the running one as far as it has run now.
core::Millis side_speaking_ms(const core::State& state, core::Side side, core::Millis now) {
    core::Millis total = state.tally.sides[static_cast<std::size_t>(side)].speaking_ms;
    if (const core::Turn* running = state.turn(state.current_turn); running && running->side == side)
        total += running->spoken_ms(now);
    return total;
}

const core::PersonTally* person_tally(const core::State& state, core::ParticipantId who) {
    return who.is_none() || who.value > state.tally.people.size() ? nullptr : &state.tally.people[who.value - 1];
}

core::Millis person_speaking_ms(const core::State& state, core::ParticipantId who, core::Millis now) {
    const core::PersonTally* tally = person_tally(state, who);
    core::Millis total = tally ? tally->speaking_ms : 0;
    if (const core::Turn* running = state.turn(state.current_turn); running && running->speaker == who)
        total += running->spoken_ms(now);
    return total;
}

// A turn's clock as it reads at the frame's time.
struct Reading {
    proto::TurnSection section;
    core::Millis left = 0;
    TurnPhase phase = TurnPhase::normal;
};

Reading read_clock(const ConsoleFrame& frame, const core::Turn& turn) {
    Reading reading{proto::turn_section(frame.state, turn), 0, TurnPhase::normal};
    reading.left = time_left(reading.section, static_cast<double>(frame.now_ms));
    reading.phase = turn_phase(reading.section, reading.left);
    return reading;
}

// The speaker and the clock: side by side while the speaker keeps room for a name, else
// the clock under the speaker, the card's full width.
void draw_clock(const ConsoleFrame& frame, const core::Turn& turn, const Reading& clock, float width) {
    const Texts& t = frame.texts;
    const auto& fonts = ui::context().fonts;
    const proto::TurnSection& section = clock.section;
    const ClockColours colours = clock_colours(clock.phase);
    ui::text(t(turn.ended() ? "web.turn.heading_ended" : "web.turn.heading"), {fonts.small, theme::palette().muted});

    // The box is as wide as the widest reading, so it does not jump.
    const std::string reading = format_time_left(clock.left);
    const ImVec2 pad(ui::px(16), ui::px(4));
    const ImVec2 digits = ui::text_size(reading, fonts.clock);
    const float narrow_box = std::max(digits.x, ui::text_size("+00:00", fonts.clock).x) + 2 * pad.x;
    const float gap = ImGui::GetStyle().ItemSpacing.x * 2;
    const bool beside = width - narrow_box - gap >= ui::px(speaker_room);
    const float box_width = beside ? narrow_box : width;
    const float box_height = digits.y + 2 * pad.y;
    const ImVec2 start = ImGui::GetCursorPos();

    const std::string state = clock_state(t, section, clock.phase);
    const ImU32 state_colour = clock.phase == TurnPhase::warning    ? theme::palette().warn
                               : clock.phase == TurnPhase::overtime ? theme::palette().over
                                                                    : theme::palette().muted;
    const std::string limit = t("console.floor.timer.limit", {{"time", format_duration(section.limit_ms)}});
    const float limit_width = ui::text_size(limit, fonts.small).x;
    floor_ui::name_with_side(t, section.name, turn.side, beside ? width - box_width - gap : width);
    if (beside && !state.empty()) ui::text(state, {fonts.bold, state_colour});
    const float speaker_bottom = ImGui::GetCursorPosY();

    if (beside) ImGui::SetCursorPos(ImVec2(start.x + width - box_width, start.y));
    const ImVec2 box = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddRectFilled(box, ImVec2(box.x + box_width, box.y + box_height), colours.box,
                                              ui::px(10));
    const float digits_x = beside ? box.x + box_width - pad.x - digits.x : box.x + (box_width - digits.x) / 2;
    ui::text_at(ImVec2(digits_x, box.y + pad.y), reading, {fonts.clock, colours.digits});
    ImGui::Dummy(ImVec2(box_width, box_height));
    if (!beside && !state.empty()) {
        ui::text(state, {fonts.bold, state_colour});
        ImGui::SameLine();
    }
    ImGui::SetCursorPosX(start.x + width - limit_width);
    ui::text(limit, {fonts.small, theme::palette().muted});

    ImGui::SetCursorPosY(std::max(speaker_bottom, ImGui::GetCursorPosY()));
    ui::bar(fraction_used(section, clock.left), width, ui::px(10), colours.bar, theme::palette().track);
}

void draw_controls(const ConsoleFrame& frame, ConsoleActions& out, const core::Turn& turn, float width) {
    const Texts& t = frame.texts;
    const bool running = !turn.ended();
    ImGui::BeginDisabled(!running || frame.is_busy(ConsoleArea::timer));
    const std::string pause_label =
        t(turn.paused() ? "console.floor.timer.resume" : "console.floor.timer.pause") + "##pause_resume";
    const std::string end_label = t("console.floor.timer.end") + "##end_turn";
    const auto pressed = floor_ui::button_row({pause_label, end_label}, width);
    if (pressed == 0)
        if (auto command = pause_or_resume(frame.state)) send(out, ConsoleArea::timer, std::move(*command));
    if (pressed == 1) send(out, ConsoleArea::timer, core::EndTurn{});
    ImGui::EndDisabled();
}

void draw_totals(const ConsoleFrame& frame, const core::Turn* turn, float width, bool with_heading) {
    const Texts& t = frame.texts;
    const auto& fonts = ui::context().fonts;
    const core::State& state = frame.state;
    if (with_heading) ui::text(t("console.floor.timer.per_side"), {fonts.bold});

    std::array<core::Millis, 3> spoken{};
    core::Millis all = 0;
    for (std::size_t i = 0; i < theme::bench_order.size(); ++i) {
        spoken[i] = side_speaking_ms(state, theme::bench_order[i], frame.now_ms);
        all += spoken[i];
    }
    const float column = floor_ui::share(width, 3);
    const float start_x = ImGui::GetCursorPosX();
    for (std::size_t i = 0; i < theme::bench_order.size(); ++i) {
        const core::Side side = theme::bench_order[i];
        if (i > 0) ImGui::SameLine(start_x + static_cast<float>(i) * (column + ImGui::GetStyle().ItemSpacing.x));
        ImGui::BeginGroup();
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + column);
        ui::text(t.side(side), {fonts.small, theme::side_colour(side)});
        ui::text(format_duration(spoken[i]), {fonts.heading});
        const int turns = state.tally.sides[static_cast<std::size_t>(side)].turns;
        ui::text(t("console.floor.timer.turns", {{"count", std::to_string(turns)}}), {fonts.small, theme::palette().muted});
        ImGui::PopTextWrapPos();
        ImGui::EndGroup();
    }
    // The shares as one bar, in the benches' colours and order.
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float height = ui::px(8);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(at, ImVec2(at.x + width, at.y + height), theme::palette().track, height / 2);
    float x = at.x;
    for (std::size_t i = 0; all > 0 && i < theme::bench_order.size(); ++i) {
        const float part = width * static_cast<float>(spoken[i]) / static_cast<float>(all);
        if (part >= 1.0f) draw->AddRectFilled(ImVec2(x, at.y), ImVec2(x + part, at.y + height), theme::side_colour(theme::bench_order[i]));
        x += part;
    }
    ImGui::Dummy(ImVec2(width, height));

    if (!turn) return;
    const core::Participant* speaker = state.participant(turn->speaker);
    if (!speaker) return;
    const core::PersonTally* tally = person_tally(state, speaker->id);
    const int turns = tally ? tally->turns : 0;
    ui::text_wrapped(t("console.floor.timer.speaker_total",
                       {{"name", speaker->name},
                        {"time", format_duration(person_speaking_ms(state, speaker->id, frame.now_ms))},
                        {"count", std::to_string(turns)}}),
                     {fonts.small, theme::palette().muted});
}

}  // namespace

std::optional<core::CommandBody> pause_or_resume(const core::State& state) {
    const core::Turn* turn = state.turn(state.current_turn);
    if (!turn) return std::nullopt;
    if (turn->paused()) return core::CommandBody{core::ResumeTurn{}};
    return core::CommandBody{core::PauseTurn{core::PauseReason::facilitator}};
}

void draw_console_timer(const ConsoleFrame& frame, ConsoleUiState& ui, ConsoleActions& out, float width) {
    const Texts& t = frame.texts;
    const auto& fonts = ui::context().fonts;
    // The running turn, or else the last one of the statement: its final time stays readable.
    const core::Turn* turn = frame.state.turn(frame.state.latest_turn());
    const std::optional<Reading> clock = turn ? std::optional<Reading>(read_clock(frame, *turn)) : std::nullopt;
    const bool overtime = clock && clock->phase == TurnPhase::overtime;
    ui::Card card("console_timer", width, ui::CardLook().outline(overtime ? theme::palette().over : 0));
    const float inner = card.inner_width();
    if (!turn) {
        ui::text(t("web.turn.heading"), {fonts.small, theme::palette().muted});
        ui::text_wrapped(t("web.turn.nobody"), {nullptr, theme::palette().muted});
    } else {
        draw_clock(frame, *turn, *clock, inner);
        if (!turn->override_reason.empty())
            ui::text_wrapped(t("console.floor.timer.override", {{"reason", turn->override_reason}}),
                             {fonts.small, theme::palette().warn});
        if (!frame.review) draw_controls(frame, out, *turn, inner);
    }
    draw_console_notice(frame, out, ConsoleArea::timer);
    ui::rule();
    if (ui.fit == ConsoleFit::roomy ||
        ui::disclosure("##totals", t("console.floor.timer.per_side"), ui.totals_open, fonts.bold))
        draw_totals(frame, turn, inner, ui.fit == ConsoleFit::roomy);
}

}  // namespace lagerhuis::app
