// The timeline across the bottom of the replay viewer. A row of controls (previous and
// next moment, play/pause, speed, the time), then the session as a bar: each turn a
// block in the colour of the speaker's bench, marks below it where someone crossed the
// floor, flagged, a drogreden was confirmed, a poll opened or a trainer left a note.
// Click or drag anywhere on the bar to go there; hover a mark to read what it was.
#include <algorithm>
#include <array>
#include <cmath>
#include <string>

#include "app/replay/replay_panels.hpp"
#include "app/ui/theme.hpp"
#include "app/ui/ui_context.hpp"
#include "app/ui/ui_text.hpp"
#include "app/ui/ui_widgets.hpp"

namespace lagerhuis::app {

namespace {

constexpr float controls_height = 48;
constexpr float timeline_bar_height = 30;
constexpr float marks_height = 20;
constexpr float ticks_height = 22;
constexpr float side_inset = 16;
constexpr std::size_t mark_kinds = 5;

ImU32 mark_colour(MarkKind kind) {
    switch (kind) {
    case MarkKind::crossing: return theme::palette().accent;
    case MarkKind::flag: return theme::palette().connecting;
    case MarkKind::fallacy: return theme::palette().over;
    case MarkKind::poll: return theme::palette().ok;
    case MarkKind::note: return theme::palette().ink;
    }
    return theme::palette().muted;
}

const char* mark_key(MarkKind kind) {
    switch (kind) {
    case MarkKind::crossing: return "replay.legend.crossing";
    case MarkKind::flag: return "replay.legend.flag";
    case MarkKind::fallacy: return "replay.legend.fallacy";
    case MarkKind::poll: return "replay.legend.poll";
    case MarkKind::note: return "replay.legend.note";
    }
    return "";
}

// Each kind its own shape, so the marks read apart without colour too.
void draw_mark(ImDrawList* draw, MarkKind kind, ImVec2 centre, float size) {
    const ImU32 colour = mark_colour(kind);
    const float r = size / 2;
    switch (kind) {
    case MarkKind::crossing:
        draw->AddTriangleFilled(ImVec2(centre.x, centre.y - r), ImVec2(centre.x - r, centre.y + r),
                                ImVec2(centre.x + r, centre.y + r), colour);
        break;
    case MarkKind::flag:
        draw->AddRectFilled(ImVec2(centre.x - 1.5f, centre.y - r), ImVec2(centre.x + 1.5f, centre.y + r), colour);
        break;
    case MarkKind::fallacy:
        draw->AddQuadFilled(ImVec2(centre.x, centre.y - r), ImVec2(centre.x + r, centre.y), ImVec2(centre.x, centre.y + r),
                            ImVec2(centre.x - r, centre.y), colour);
        break;
    case MarkKind::poll: draw->AddCircleFilled(centre, r * 0.8f, colour); break;
    case MarkKind::note:
        draw->AddRectFilled(ImVec2(centre.x - r * 0.7f, centre.y - r * 0.7f), ImVec2(centre.x + r * 0.7f, centre.y + r * 0.7f),
                            colour);
        break;
    }
}

std::string describe_mark(const ReplayView& view, const TimelineMark& mark) {
    const Texts& t = view.texts;
    const report::ReportContext& whole = view.whole;
    const core::State& state = view.session.final_state();
    const std::string at = session_clock(view, mark.at_ms);
    switch (mark.kind) {
    case MarkKind::crossing: {
        const auto& crossing = view.session.final_board().crossings[mark.index];
        return t("replay.mark.crossing", {{"time", at}, {"name", whole.name_of(crossing.participant)},
                                          {"from", t.side(crossing.from)}, {"to", t.side(crossing.to)}});
    }
    case MarkKind::flag: {
        const core::Flag* flag = state.flag(core::FlagId{static_cast<std::uint32_t>(mark.index)});
        if (!flag) return at;
        return t("replay.mark.flag", {{"time", at}, {"name", whole.name_of(flag->flagger)},
                                      {"fallacy", whole.fallacy_name(flag->fallacy)},
                                      {"outcome", t("outcome." + std::string(core::to_string(flag->outcome)))}});
    }
    case MarkKind::fallacy: {
        const auto& fallacy = view.session.final_board().fallacies[mark.index];
        return t("replay.mark.fallacy", {{"time", at}, {"fallacy", whole.fallacy_name(fallacy.fallacy)},
                                         {"name", whole.name_of(fallacy.committed_by)}});
    }
    case MarkKind::poll: return t("replay.mark.poll", {{"time", at}, {"number", std::to_string(mark.index)}});
    case MarkKind::note: return t("replay.mark.note", {{"time", at}, {"text", view.session.notes()[mark.index].text}});
    }
    return at;
}

void draw_transport(const ReplayView& view, ReplayUiState& ui, ReplayActions& out, float left, float width) {
    const Texts& t = view.texts;
    const auto& fonts = ui::context().fonts;
    const core::Millis now = view.session.at_ms();
    ImGui::SetCursorPosX(left);
    const auto previous = previous_moment(view.timeline, now);
    ImGui::BeginDisabled(!previous);
    if (ui::button(t("replay.previous") + "##previous_moment", ImVec2(0, 0), theme::secondary(), fonts.small) && previous)
        out.push_back(SeekTo{*previous});
    ImGui::EndDisabled();
    ImGui::SameLine();
    const bool at_end = now >= view.session.end_ms();
    const std::string play = t(ui.playing ? "replay.pause" : "replay.play") + "##play_pause";
    if (ui::button(play, ImVec2(ui::px(130), 0), theme::primary(), fonts.small)) {
        if (!ui.playing && at_end) out.push_back(SeekTo{view.session.start_ms()});  // play again from the start
        ui.playing = !ui.playing;
    }
    ImGui::SameLine();
    const auto next = next_moment(view.timeline, now);
    ImGui::BeginDisabled(!next);
    if (ui::button(t("replay.next") + "##next_moment", ImVec2(0, 0), theme::secondary(), fonts.small) && next)
        out.push_back(SeekTo{*next});
    ImGui::EndDisabled();
    ImGui::SameLine(0, ui::px(18));
    for (const int speed : replay_speeds) {
        const std::string label = std::to_string(speed) + "×##speed" + std::to_string(speed);
        // As wide as "16×" needs at this scale, the same for every speed.
        const float width = std::max(ui::px(52), ui::text_size("16\u00d7", fonts.small).x + 2 * ImGui::GetStyle().FramePadding.x + ui::px(2));
        if (ui::button(label, ImVec2(width, 0), speed == ui.speed ? theme::primary() : theme::secondary(), fonts.small))
            ui.speed = speed;
        ImGui::SameLine(0, ui::px(4));
    }
    ImGui::SameLine(0, ui::px(18));
    const std::string clock = session_clock(view, now) + " / " + session_clock(view, view.session.end_ms());
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + ui::px(8));
    ui::text(clock, {fonts.bold, theme::palette().ink});

    // The legend, right-aligned on the same row.
    ImGui::SameLine();
    float legend = 0;
    for (const MarkKind kind : {MarkKind::crossing, MarkKind::flag, MarkKind::fallacy, MarkKind::poll, MarkKind::note})
        legend += ui::px(22) + ui::text_size(t(mark_key(kind)), fonts.small).x + ui::px(10);
    const float legend_x = left + width - legend;
    if (legend_x > ImGui::GetCursorPosX()) {
        ImDrawList* draw = ImGui::GetWindowDrawList();
        ImVec2 at(ImGui::GetWindowPos().x + legend_x, ImGui::GetCursorScreenPos().y);
        for (const MarkKind kind : {MarkKind::crossing, MarkKind::flag, MarkKind::fallacy, MarkKind::poll, MarkKind::note}) {
            draw_mark(draw, kind, ImVec2(at.x + ui::px(8), at.y + fonts.small->FontSize / 2 + ui::px(2)), ui::px(12));
            const std::string name = t(mark_key(kind));
            ui::text_at(ImVec2(at.x + ui::px(20), at.y + ui::px(2)), name, {fonts.small, theme::palette().muted});
            at.x += ui::px(22) + ui::text_size(name, fonts.small).x + ui::px(10);
        }
    }
    ImGui::NewLine();
}

// A tick every so many minutes, so a 3-hour session gets a dozen, a short one a handful.
core::Millis tick_step(core::Millis span) {
    for (const core::Millis minutes : {1, 2, 5, 10, 15, 30, 60})
        if (span / (minutes * 60'000) <= 12) return minutes * 60'000;
    return 120 * 60'000;
}

}  // namespace

float replay_timeline_height() {
    return ui::px(controls_height + timeline_bar_height + marks_height + ticks_height + 44);
}

void draw_replay_timeline(const ReplayView& view, ReplayUiState& ui, ReplayActions& out, float width) {
    const auto& fonts = ui::context().fonts;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    draw->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + replay_timeline_height()), theme::palette().card);
    draw->AddLine(origin, ImVec2(origin.x + width, origin.y), theme::palette().line, ui::px(1));
    const float left = ui::px(side_inset);
    const float inner = width - 2 * left;
    ui::space(8);
    draw_transport(view, ui, out, left, inner);

    const core::Millis start = view.session.start_ms();
    const core::Millis span = std::max<core::Millis>(view.session.end_ms() - start, 1);
    ImGui::SetCursorPosX(left);
    const ImVec2 bar_at = ImGui::GetCursorScreenPos();
    const float bar_width = inner;
    const float total_height = ui::px(timeline_bar_height + marks_height);
    const auto x_of = [&](core::Millis at) {
        return bar_at.x + bar_width * static_cast<float>(at - start) / static_cast<float>(span);
    };

    ui::area_button("replay_timeline_bar", ImVec2(bar_width, total_height), view.texts("replay.timeline"));
    const bool hovered = ImGui::IsItemHovered();
    ui.scrubbing = ImGui::IsItemActive();
    if (ui.scrubbing) {
        const float fraction = std::clamp((ImGui::GetIO().MousePos.x - bar_at.x) / bar_width, 0.0f, 1.0f);
        const core::Millis at = start + static_cast<core::Millis>(std::llround(fraction * static_cast<double>(span)));
        if (at != view.session.at_ms()) out.push_back(SeekTo{at});
    }

    const float bar_bottom = bar_at.y + ui::px(timeline_bar_height);
    draw->AddRectFilled(bar_at, ImVec2(bar_at.x + bar_width, bar_bottom), theme::palette().track, ui::px(4));
    for (const auto& turn : view.timeline.turns) {
        const float x0 = x_of(turn.from_ms);
        const float x1 = std::max(x_of(turn.to_ms), x0 + 1.0f);
        draw->AddRectFilled(ImVec2(x0, bar_at.y + ui::px(3)), ImVec2(x1, bar_bottom - ui::px(3)), theme::side_colour(turn.side));
    }
    // Marks: the one under the mouse explains itself.
    const float mark_y = bar_bottom + ui::px(marks_height) / 2;
    const TimelineMark* under_mouse = nullptr;
    float nearest = ui::px(6);
    // A long session has thousands of flags: one shape per kind per couple of pixels is
    // all the eye can tell apart, and keeps the window's vertices few.
    std::array<float, mark_kinds> last_drawn_x;
    last_drawn_x.fill(-1e9f);
    for (const auto& mark : view.timeline.marks) {
        const float x = x_of(mark.at_ms);
        float& last = last_drawn_x[static_cast<std::size_t>(mark.kind)];
        if (x - last >= ui::px(2)) {
            draw_mark(draw, mark.kind, ImVec2(x, mark_y), ui::px(10));
            last = x;
        }
        const float distance = std::abs(ImGui::GetIO().MousePos.x - x);
        if (hovered && distance < nearest && ImGui::GetIO().MousePos.y > bar_bottom) {
            nearest = distance;
            under_mouse = &mark;
        }
    }
    // The moment shown.
    const float now_x = x_of(view.session.at_ms());
    draw->AddLine(ImVec2(now_x, bar_at.y - ui::px(4)), ImVec2(now_x, bar_bottom + ui::px(marks_height)), theme::palette().ink, ui::px(2.5f));
    draw->AddCircleFilled(ImVec2(now_x, bar_at.y - ui::px(4)), ui::px(6), theme::palette().ink);
    if (under_mouse) {
        ImGui::SetTooltip("%s", describe_mark(view, *under_mouse).c_str());
    } else if (hovered && !ui.scrubbing) {
        const float fraction = std::clamp((ImGui::GetIO().MousePos.x - bar_at.x) / bar_width, 0.0f, 1.0f);
        ImGui::SetTooltip("%s", session_clock(view, start + static_cast<core::Millis>(fraction * static_cast<float>(span))).c_str());
    }

    // Time ticks under the marks.
    const float tick_y = bar_bottom + ui::px(marks_height) + ui::px(2);
    const core::Millis step = tick_step(span);
    for (core::Millis at = 0; at <= span; at += step) {
        const float x = x_of(start + at);
        draw->AddLine(ImVec2(x, tick_y), ImVec2(x, tick_y + ui::px(4)), theme::palette().muted);
        const std::string label = session_clock(view, start + at);
        const float label_x = std::min(x - ui::text_size(label, fonts.small).x / 2, bar_at.x + bar_width - ui::text_size(label, fonts.small).x);
        ui::text_at(ImVec2(std::max(label_x, bar_at.x), tick_y + ui::px(4)), label, {fonts.small, theme::palette().muted});
    }
}

}  // namespace lagerhuis::app
