#include "app/console/projector/projector_screen.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>

#include "app/ui/qr_code.hpp"
#include "app/ui/theme.hpp"
#include "app/ui/turn_clock.hpp"
#include "app/ui/ui_context.hpp"
#include "app/ui/ui_text.hpp"
#include "proto/projection.hpp"

namespace lagerhuis::app {

namespace {

constexpr core::Millis teaching_card_ms = 10'000;

// The drogreden confirmed last (tagged by a facilitator, or a participant's flag
// confirmed) and when, while that was less than teaching_card_ms ago.
struct Confirmed {
    const core::Fallacy* fallacy = nullptr;
    core::Millis at_ms = 0;
};
Confirmed just_confirmed(const core::State& state, core::Millis now_ms) {
    Confirmed latest;
    auto consider = [&](std::string_view id, core::Millis at_ms) {
        if (at_ms < latest.at_ms || at_ms > now_ms || now_ms - at_ms >= teaching_card_ms) return;
        if (const core::Fallacy* fallacy = state.config.catalog.find(id)) latest = {fallacy, at_ms};
    };
    for (const auto& tag : state.fallacy_tags)
        if (!tag.retracted) consider(tag.fallacy, tag.at_ms);
    for (const auto& flag : state.flags)
        if (flag.outcome == core::FlagOutcome::confirmed) consider(flag.fallacy, flag.decided_at_ms);
    return latest;
}

// A short teaching card over the statement: the drogreden's name, its rule and the one
// plain sentence that explains it, so the room learns from it while it is fresh.
void draw_teaching_card(const ConsoleFrame& frame, const core::Fallacy& fallacy, ImVec2 at, float width, float height) {
    const auto& fonts = ui::context().fonts;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(at, ImVec2(at.x + width, at.y + height), theme::palette().white, ui::px(18));
    draw->AddRectFilled(at, ImVec2(at.x + ui::px(18), at.y + height), theme::palette().over, ui::px(18), ImDrawFlags_RoundCornersLeft);
    const float pad = ui::px(44);
    const float inner = width - 2 * pad;
    float y = at.y + ui::px(28);
    const std::string heading = frame.texts("console.projector.teaching.heading", {{"name", frame.texts.pick(fallacy.name)}});
    ui::text_at(ImVec2(at.x + pad, y), heading, {fonts.title, theme::palette().ink}, inner);
    y += ui::text_size(heading, fonts.title, inner).y + ui::px(12);
    const core::DiscussionRule* rule = frame.state.config.catalog.find_rule(fallacy.rule);
    if (rule) {
        const std::string line = frame.texts("console.projector.teaching.rule",
                                             {{"number", std::to_string(rule->number)}, {"rule", frame.texts.pick(rule->name)}});
        ui::text_at(ImVec2(at.x + pad, y), line, {fonts.heading, theme::palette().over}, inner);
        y += ui::text_size(line, fonts.heading, inner).y + ui::px(12);
    }
    ui::text_at(ImVec2(at.x + pad, y), frame.texts.pick(fallacy.explanation), {fonts.body, theme::palette().ink}, inner);
}

// The statement: its number, then the text as large as the room needs.
float draw_statement(const ConsoleFrame& frame, ImVec2 at, float width) {
    const auto& fonts = ui::context().fonts;
    const core::Statement* statement = proto::shown_statement(frame.state);
    if (!statement) {
        ui::text_at(at, frame.texts("console.projector.no_statement"), {fonts.title, theme::palette().projector_text}, width);
        return at.y + ui::text_size(frame.texts("console.projector.no_statement"), fonts.title, width).y;
    }
    const std::string label = frame.texts("console.projector.statement",
                                          {{"number", std::to_string(statement->id.value)},
                                           {"count", std::to_string(frame.state.statements.size())}});
    ui::text_at(at, label, {fonts.small, theme::palette().projector_dim});
    at.y += fonts.small->FontSize + ui::px(8);
    ui::text_at(at, statement->text, {fonts.title, theme::palette().projector_text}, width);
    return at.y + ui::text_size(statement->text, fonts.title, width).y;
}

// The speaker in their side's colour, and the clock beside them.
float draw_speaker(const ConsoleFrame& frame, ImVec2 at, float width) {
    const auto& fonts = ui::context().fonts;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const core::Turn* turn = frame.state.turn(frame.state.latest_turn());
    const float height = fonts.clock->FontSize + ui::px(40);
    if (!turn) {
        draw->AddRectFilled(at, ImVec2(at.x + width, at.y + height), theme::palette().projector_panel, ui::px(18));
        const core::Statement* statement = proto::shown_statement(frame.state);
        const bool closed = statement && statement->status == core::StatementStatus::closed;
        const std::string nobody = frame.texts(closed ? "console.projector.closed" : "console.projector.nobody");
        ui::text_at(ImVec2(at.x + ui::px(28), at.y + (height - fonts.heading->FontSize) / 2), nobody,
                    {fonts.heading, theme::palette().projector_dim});
        return at.y + height;
    }
    const proto::TurnSection section = proto::turn_section(frame.state, *turn);
    const core::Millis left = time_left(section, static_cast<double>(frame.now_ms));
    const TurnPhase phase = turn_phase(section, left);
    draw->AddRectFilled(at, ImVec2(at.x + width, at.y + height), theme::palette().projector_panel, ui::px(18));
    draw->AddRectFilled(at, ImVec2(at.x + ui::px(18), at.y + height), theme::side_on_dark(turn->side), ui::px(18),
                        ImDrawFlags_RoundCornersLeft);

    const float inset = ui::px(40);
    const std::string clock = phase == TurnPhase::ended ? format_duration(turn->spoken_ms(frame.now_ms))
                                                        : format_time_left(left);
    const ImVec2 clock_size = ui::text_size(clock, fonts.clock);
    const ImU32 clock_ink = phase == TurnPhase::overtime  ? theme::palette().projector_overtime
                            : phase == TurnPhase::warning ? theme::palette().projector_warning
                            : phase == TurnPhase::ended   ? theme::palette().projector_dim
                                                          : theme::palette().projector_text;
    ui::text_at(ImVec2(at.x + width - inset - clock_size.x, at.y + (height - clock_size.y) / 2), clock,
                {fonts.clock, clock_ink});

    const float name_width = width - 2 * inset - clock_size.x - ui::px(20);
    // The side says enough while the clock runs; a clock that stands still says why.
    std::string side = frame.texts.side(turn->side);
    if (phase == TurnPhase::ended)
        side += " \u00b7 " + frame.texts("console.projector.ended");
    else if (turn->paused())
        side += " \u00b7 " + frame.texts("console.projector.paused");
    // The whole name, in a smaller font where the title font has no room for it: the back
    // row must read who speaks.
    const std::string& name = section.name;
    ImFont* name_font = fonts.title;
    for (ImFont* smaller : {fonts.heading, fonts.bold})
        if (ui::text_size(name, name_font).x > name_width) name_font = smaller;
    const float block = name_font->FontSize + ui::px(10) + fonts.heading->FontSize;
    const float top = at.y + (height - block) / 2;
    ui::text_at(ImVec2(at.x + inset, top), ui::fit_text(name, name_font, name_width), {name_font, theme::palette().projector_text});
    ui::text_at(ImVec2(at.x + inset, top + name_font->FontSize + ui::px(10)), ui::fit_text(side, fonts.heading, name_width),
                {fonts.heading, theme::palette().projector_dim});
    return at.y + height;
}

// Each bench's part of the bar: its share of the room, but never too narrow for its label,
// so a bench of one still says what it is.
std::array<float, 3> bench_widths(const std::array<int, 3>& counts, const std::array<float, 3>& label_widths, float width) {
    const int total = counts[0] + counts[1] + counts[2];
    std::array<float, 3> widths{};
    float needed = 0;
    float spare_share = 0;
    for (std::size_t i = 0; i < 3; ++i) {
        const float share = total == 0 ? 1.0f / 3.0f : static_cast<float>(counts[i]) / static_cast<float>(total);
        widths[i] = width * share;
        if (total > 0 && counts[i] == 0) continue;
        if (widths[i] < label_widths[i])
            needed += label_widths[i] - widths[i];
        else
            spare_share += widths[i] - label_widths[i];
    }
    // What the narrow ones need comes from what the wide ones have beyond their labels.
    for (std::size_t i = 0; i < 3; ++i) {
        if (total > 0 && counts[i] == 0) continue;
        if (widths[i] < label_widths[i])
            widths[i] = label_widths[i];
        else if (spare_share > 0)
            widths[i] -= needed * (widths[i] - label_widths[i]) / spare_share;
    }
    for (float& piece : widths) piece = std::round(piece);
    return widths;
}

// The benches in the title's size: the back row reads how the room stands.
float bench_bar_height() { return ui::context().fonts.title->FontSize * 1.7f; }

// The benches as one bar: voor | twijfel | tegen, each as wide as its share.
void draw_projector_benches(const ConsoleFrame& frame, ImVec2 at, float width) {
    const auto& fonts = ui::context().fonts;
    std::array<int, 3> counts{};
    for (const auto& person : frame.state.participants)
        if (!person.removed && person.seat) counts[static_cast<std::size_t>(*person.seat)] += 1;
    const std::array<core::Side, 3> order{core::Side::voor, core::Side::twijfel, core::Side::tegen};
    const float height = bench_bar_height();
    std::array<std::string, 3> labels;
    std::array<int, 3> ordered_counts{};
    std::array<float, 3> label_widths{};
    for (std::size_t i = 0; i < order.size(); ++i) {
        ordered_counts[i] = counts[static_cast<std::size_t>(order[i])];
        labels[i] = frame.texts.side(order[i]) + " " + std::to_string(ordered_counts[i]);
        label_widths[i] = ui::text_size(labels[i], fonts.title).x + ui::px(24);
    }
    const auto widths = bench_widths(ordered_counts, label_widths, width);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    float x = at.x;
    for (std::size_t i = 0; i < order.size(); ++i) {
        const float piece = widths[i];
        if (piece < 1) continue;
        draw->AddRectFilled(ImVec2(x, at.y), ImVec2(x + piece, at.y + height), theme::side_on_dark(order[i]));
        const ImVec2 size = ui::text_size(labels[i], fonts.title);
        if (size.x <= piece)
            ui::text_at(ImVec2(x + (piece - size.x) / 2, at.y + (height - size.y) / 2), labels[i],
                        {fonts.title, theme::palette().ink});
        x += piece;
    }
}

// While the room is open: the QR code, the code and the address, on white.
void draw_join(const ConsoleFrame& frame, ImVec2 at, float width, float height) {
    const auto& fonts = ui::context().fonts;
    if (frame.join.urls.empty()) return;
    ImGui::GetWindowDrawList()->AddRectFilled(at, ImVec2(at.x + width, at.y + height), theme::palette().white, ui::px(18));
    const float pad = ui::px(24);
    float y = at.y + pad;
    const std::string heading = frame.texts("console.projector.join");
    ui::text_at(ImVec2(at.x + pad, y), heading, {fonts.heading, theme::palette().ink}, width - 2 * pad);
    y += ui::text_size(heading, fonts.heading, width - 2 * pad).y + ui::px(12);
    const std::string code_line = frame.texts("console.projector.code");
    ui::text_at(ImVec2(at.x + pad, y), code_line, {fonts.small, theme::palette().muted});
    y += fonts.small->FontSize + ui::px(4);
    // The code in the largest font the card has room for (a narrow card at a large text size).
    ImFont* code_font = fonts.heading;
    for (ImFont* font : {fonts.count, fonts.title})
        if (ui::text_size(frame.join.code, font).x <= width - 2 * pad) {
            code_font = font;
            break;
        }
    ui::text_at(ImVec2(at.x + pad, y), frame.join.code, {code_font, theme::palette().accent});
    y += code_font->FontSize + ui::px(16);
    const float url_height = ui::text_size(frame.join.urls.front(), fonts.small, width - 2 * pad).y;
    const float side = std::min(width - 2 * pad, at.y + height - pad - url_height - ui::px(12) - y);
    if (side > ui::px(120)) {
        ImGui::SetCursorScreenPos(ImVec2(at.x + (width - side) / 2, y));
        draw_qr_code(cached_qr_code(frame.join.urls.front()), side);
        y += side + ui::px(12);
    }
    ui::text_at(ImVec2(at.x + pad, y), frame.join.urls.front(), {fonts.small, theme::palette().ink}, width - 2 * pad);
}

// The poll of the statement on screen: the open one, or else its last.
const core::Poll* shown_poll(const core::State& state) {
    const core::Statement* statement = proto::shown_statement(state);
    return statement && !statement->polls.empty() ? state.poll(statement->polls.back()) : nullptr;
}

// The poll's progress (how many voted) or its result; returns where it ends.
float draw_projector_poll(const ConsoleFrame& frame, const core::Poll& poll_shown, ImVec2 at, float width) {
    const auto& fonts = ui::context().fonts;
    const core::Poll* poll = &poll_shown;
    const int ballots = poll->ballot_count();
    const std::string heading = frame.texts(poll->open ? "console.projector.poll_open" : "console.projector.poll_result");
    ui::text_at(at, heading, {fonts.heading, theme::palette().projector_text}, width);
    at.y += ui::text_size(heading, fonts.heading, width).y + ui::px(12);
    if (poll->open) {
        // A secret poll shows how many have voted, not how: that would sway the rest.
        ui::text_at(at, frame.texts("console.projector.ballots", {{"count", std::to_string(ballots)}}), {fonts.title, theme::palette().projector_text});
        return at.y + fonts.title->FontSize;
    }
    for (const core::Side side : {core::Side::voor, core::Side::twijfel, core::Side::tegen}) {
        const int count = poll->count(side);
        const float share = ballots == 0 ? 0.0f : static_cast<float>(count) / static_cast<float>(ballots);
        const float bar_height = fonts.heading->FontSize + ui::px(12);
        ImDrawList* draw = ImGui::GetWindowDrawList();
        draw->AddRectFilled(at, ImVec2(at.x + width, at.y + bar_height), theme::palette().projector_panel, ui::px(8));
        const float filled = std::max(ui::px(8), width * share);
        draw->AddRectFilled(at, ImVec2(at.x + filled, at.y + bar_height), theme::side_on_dark(side), ui::px(8));
        // Ink on the bar where the label fits in it, light on the theme::palette().projector_panel beside a short bar.
        const std::string label = frame.texts.side(side) + " " + std::to_string(count);
        const bool inside = ui::text_size(label, fonts.heading).x + ui::px(24) <= filled;
        ui::text_at(ImVec2(at.x + (inside ? 0 : filled) + ui::px(12), at.y + ui::px(6)), label,
                    {fonts.heading, inside ? theme::palette().ink : theme::palette().projector_text});
        at.y += bar_height + ui::px(10);
    }
    return at.y;
}

}  // namespace

void draw_projector_screen(const ConsoleFrame& frame) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    ImGui::PushStyleColor(ImGuiCol_WindowBg, theme::palette().ink);
    ImGui::Begin("Projector", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoInputs);
    ImGui::PopStyleColor();
    const ImVec2 origin = viewport->WorkPos;
    const ImVec2 size = viewport->WorkSize;
    const float margin = std::round(std::min(size.x, size.y) * 0.04f);
    const bool joining = !frame.state.room_locked && !frame.join.remote && !frame.join.urls.empty();
    const core::Poll* poll = shown_poll(frame.state);
    // Nothing for the side column: the statement and the speaker take the whole width.
    const float side_width = joining || poll ? std::round(size.x * 0.3f) : 0.0f;
    const float main_width = size.x - 2 * margin - (side_width > 0 ? side_width + margin : 0.0f);
    ImVec2 at(origin.x + margin, origin.y + margin);

    const float statement_bottom = draw_statement(frame, at, main_width);
    const float bench_height = bench_bar_height();
    const float bench_top = origin.y + size.y - margin - bench_height;
    const float speaker_height = ui::context().fonts.clock->FontSize + ui::px(40);
    const float speaker_top = std::max(statement_bottom + margin, bench_top - margin - speaker_height);
    draw_speaker(frame, ImVec2(at.x, speaker_top), main_width);
    if (const Confirmed confirmed = just_confirmed(frame.state, frame.now_ms); confirmed.fallacy)
        draw_teaching_card(frame, *confirmed.fallacy, at, main_width, speaker_top - margin - at.y);
    draw_projector_benches(frame, ImVec2(at.x, bench_top), size.x - 2 * margin);

    // The poll first, open or with its result, so the room sees it even while people still
    // join; the join card takes what is left (its QR code shrinks, or gives way to the address).
    ImVec2 side_at(origin.x + size.x - margin - side_width, origin.y + margin);
    if (poll) side_at.y = draw_projector_poll(frame, *poll, side_at, side_width) + margin;
    if (joining) draw_join(frame, side_at, side_width, bench_top - margin - side_at.y);
    ImGui::End();
}

float projector_fitted_scale(float wanted, float window_width, float window_height) {
    const float holds = std::min(window_width / 1280.0f, window_height / 720.0f);
    return std::max(1.0f, std::min(wanted, holds));
}

}  // namespace lagerhuis::app
