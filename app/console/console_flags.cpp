// The participants' drogreden flags as a live feed: grouped per turn, fallacy and
// argument with counts ("2× Op de man spelen — Daan, beurt 2"), undecided groups on top
// with one click (or J / N) deciding every flag in the group, decided ones below. Who
// flagged is shown here only: the facilitator's eyes.
#include <algorithm>
#include <map>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "app/console/console_floor_support.hpp"
#include "app/console/console_judgement_support.hpp"
#include "app/console/console_panels.hpp"
#include "app/ui/theme.hpp"
#include "app/ui/ui_card.hpp"
#include "app/ui/ui_context.hpp"
#include "app/ui/ui_text.hpp"
#include "app/ui/ui_widgets.hpp"

namespace lagerhuis::app {

namespace {

// A long session's decided flags are history: the newest this many groups are listed.
constexpr std::size_t decided_shown = 60;

// Flags naming the same drogreden in the same turn (and argument), decided alike.
struct FlagGroup {
    core::TurnId turn;
    std::string fallacy;
    core::ArgumentId argument;
    core::FlagOutcome outcome = core::FlagOutcome::pending;
    std::vector<core::FlagId> flags;  // oldest first
    core::Seq first = 0;              // the first flag's seq: how long the group has waited
    core::Seq latest = 0;             // the last flag, or the last decision: the feed's order

    bool pending() const { return outcome == core::FlagOutcome::pending; }
};

// Pending groups first, then the decided ones; newest first within each.
std::vector<FlagGroup> group_flags(const core::State& state) {
    std::vector<FlagGroup> groups;
    std::map<std::tuple<std::uint32_t, std::string, std::uint32_t, core::FlagOutcome>, std::size_t> index;
    for (const auto& flag : state.flags) {
        const auto key = std::make_tuple(flag.turn.value, flag.fallacy, flag.argument.value, flag.outcome);
        const auto [at, fresh] = index.try_emplace(key, groups.size());
        if (fresh) groups.push_back(FlagGroup{flag.turn, flag.fallacy, flag.argument, flag.outcome, {}, flag.seq, 0});
        FlagGroup& group = groups[at->second];
        group.flags.push_back(flag.id);
        group.latest = std::max({group.latest, flag.seq, flag.decided_seq});
    }
    std::sort(groups.begin(), groups.end(), [](const FlagGroup& a, const FlagGroup& b) {
        if (a.pending() != b.pending()) return a.pending();
        return a.latest > b.latest;
    });
    return groups;
}

// The groups of the state drawn last: a long session has thousands of flags, and the
// feed is drawn every frame while the state changes a few times a second at most.
const std::vector<FlagGroup>& flag_groups(const core::State& state) {
    struct Cache {
        const core::State* state = nullptr;
        core::Seq seq = 0;
        std::size_t flags = 0;
        std::vector<FlagGroup> groups;
    };
    thread_local Cache cache;
    if (cache.state != &state || cache.seq != state.last_seq || cache.flags != state.flags.size())
        cache = Cache{&state, state.last_seq, state.flags.size(), group_flags(state)};
    return cache.groups;
}

// The group J and N decide: the one waiting longest (its first flag is the oldest).
const FlagGroup* oldest_pending(const std::vector<FlagGroup>& groups) {
    const FlagGroup* oldest = nullptr;
    for (const auto& group : groups)
        if (group.pending() && (!oldest || group.first < oldest->first)) oldest = &group;
    return oldest;
}

std::vector<core::CommandBody> decisions(const FlagGroup& group, core::FlagOutcome outcome) {
    std::vector<core::CommandBody> bodies;
    for (const core::FlagId flag : group.flags) bodies.push_back(core::DecideFlag{flag, outcome});
    return bodies;
}

std::string flaggers(const core::State& state, const FlagGroup& group) {
    std::string names;
    for (const core::FlagId id : group.flags)
        if (const core::Flag* flag = state.flag(id)) names += (names.empty() ? "" : ", ") + person_name(state, flag->flagger);
    return names;
}

void draw_decision_buttons(const ConsoleFrame& frame, ConsoleActions& out, const FlagGroup& group, bool keyed,
                           float width) {
    const Texts& t = frame.texts;
    const std::string id = std::to_string(group.flags.front().value);
    ImGui::BeginDisabled(frame.is_busy(ConsoleArea::flags));
    const auto decide = [&](core::FlagOutcome outcome) {
        for (auto& body : decisions(group, outcome)) send(out, ConsoleArea::flags, std::move(body));
    };
    const std::string confirm = t(keyed ? "console.flags.confirm_key" : "console.flags.confirm") + "##confirm_" + id;
    const std::string dismiss = t(keyed ? "console.flags.dismiss_key" : "console.flags.dismiss") + "##dismiss_" + id;
    const auto pressed =
        floor_ui::button_row({confirm, dismiss}, width, {theme::primary(), theme::secondary()}, ui::px(44));
    if (pressed == 0) decide(core::FlagOutcome::confirmed);
    if (pressed == 1) decide(core::FlagOutcome::dismissed);
    ImGui::EndDisabled();
}

void draw_group(const ConsoleFrame& frame, ConsoleActions& out, const FlagGroup& group, bool keyed, float width) {
    const Texts& t = frame.texts;
    const auto& fonts = ui::context().fonts;
    const core::State& state = frame.state;
    const core::Turn* turn = state.turn(group.turn);
    const ImU32 ink = group.pending() ? theme::palette().ink : theme::palette().muted;
    StripedRow row(group.pending() ? theme::palette().connecting : theme::palette().line);
    const float inner = width - ui::px(12);
    ui::text_wrapped(t("console.flags.group", {{"count", std::to_string(group.flags.size())},
                                                {"fallacy", fallacy_name(frame, group.fallacy)},
                                                {"name", turn ? person_name(state, turn->speaker) : "?"},
                                                {"turn", std::to_string(group.turn.value)}}),
                     {fonts.bold, ink});
    if (const core::Fallacy* fallacy = state.config.catalog.find(group.fallacy)) tooltip_on_hover(t.pick(fallacy->explanation));
    if (const core::Argument* argument = state.argument(group.argument))
        ui::text(ui::fit_text(t("console.flags.about", {{"argument", argument_label(state, *argument)}}), fonts.small, inner),
                 {fonts.small, theme::palette().muted});
    ui::text_wrapped(t("console.flags.by", {{"names", flaggers(state, group)}}), {fonts.small, ink});
    if (group.pending() && !frame.review) {
        draw_decision_buttons(frame, out, group, keyed, inner);
    } else {
        const bool confirmed = group.outcome == core::FlagOutcome::confirmed;
        ui::badge(t("outcome." + std::string(core::to_string(group.outcome))), confirmed ? theme::palette().ok_soft : theme::palette().track,
                  confirmed ? theme::palette().ok : theme::palette().muted, fonts.small);
    }
}

void draw_heading(const Texts& t, int pending, float width) {
    const auto& fonts = ui::context().fonts;
    const float x = ImGui::GetCursorPosX();
    const float y = ImGui::GetCursorPosY();
    ui::text(t("console.flags.heading"), {fonts.heading});
    if (pending == 0) return;
    const std::string count = t("console.flags.pending", {{"count", std::to_string(pending)}});
    const ImVec2 size = ui::badge_size(count);
    ImGui::SetCursorPos(ImVec2(x + width - size.x, y + (fonts.heading->FontSize - size.y) / 2));
    ui::badge(count, theme::palette().warn_soft, theme::palette().warn);
}

}  // namespace

std::vector<core::CommandBody> decide_oldest_flags(const core::State& state, core::FlagOutcome outcome) {
    const auto& groups = flag_groups(state);
    const FlagGroup* oldest = oldest_pending(groups);
    return oldest ? decisions(*oldest, outcome) : std::vector<core::CommandBody>{};
}

void draw_console_flags(const ConsoleFrame& frame, ConsoleUiState&, ConsoleActions& out, float width) {
    const Texts& t = frame.texts;
    const auto& fonts = ui::context().fonts;
    const auto& groups = flag_groups(frame.state);
    const FlagGroup* keyed = oldest_pending(groups);
    const int pending = static_cast<int>(std::count_if(groups.begin(), groups.end(), [](auto& g) { return g.pending(); }));

    ui::Card card("flags", width);
    draw_heading(t, pending, card.inner_width());
    draw_console_notice(frame, out, ConsoleArea::flags, card.inner_width());
    if (groups.empty()) {
        ui::text_wrapped(t("console.flags.none"), {nullptr, theme::palette().muted});
        return;
    }
    BoundedList list("flags_feed", card.inner_width(), ui::px(520));
    const float row_width = card.inner_width() - ImGui::GetStyle().ScrollbarSize;
    // A long session has hundreds of groups: those scrolled out of sight take the height
    // they had when last drawn, without being drawn (ImGuiListClipper, for rows of
    // different heights).
    thread_local std::unordered_map<std::uint32_t, float> heights;
    std::size_t decided = 0;
    for (std::size_t i = 0; i < groups.size(); ++i) {
        const FlagGroup& group = groups[i];
        if (!group.pending() && ++decided > decided_shown) {
            ui::text(t("console.flags.more", {{"count", std::to_string(groups.size() - i)}}), {fonts.small, theme::palette().muted});
            break;
        }
        if (i > 0 && !group.pending() && groups[i - 1].pending()) {
            ui::space(6);
            ui::text(t("console.flags.decided"), {fonts.bold, theme::palette().muted});
        } else if (i > 0) {
            ui::rule();
        }
        const std::uint32_t key = group.flags.front().value;
        const auto known = heights.find(key);
        if (known != heights.end() && !ImGui::IsRectVisible(ImVec2(row_width, known->second))) {
            ImGui::Dummy(ImVec2(row_width, known->second - ImGui::GetStyle().ItemSpacing.y));
            continue;
        }
        const float top = ImGui::GetCursorPosY();
        draw_group(frame, out, group, &group == keyed, row_width);
        heights[key] = ImGui::GetCursorPosY() - top;
    }
}

}  // namespace lagerhuis::app
