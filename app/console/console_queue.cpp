// The speaker queue: raised hands in the order they went up, the engine's suggestion for
// the next speaker with its reason, and the floor given with one key. Giving it to
// someone the rules say must wait, or who sits on the wrong bench while the other side
// is up, asks for a reason first: it is recorded with the turn, for the review.
#include <algorithm>
#include <optional>
#include <string>
#include <utility>

#include "app/console/console_floor_support.hpp"
#include "app/console/console_panels.hpp"
#include "app/ui/theme.hpp"
#include "app/ui/ui_card.hpp"
#include "app/ui/ui_context.hpp"
#include "app/ui/ui_text.hpp"
#include "app/ui/ui_widgets.hpp"
#include "core/turn_policy.hpp"

namespace lagerhuis::app {

namespace {

constexpr float min_text_room = 150;  // below this, a row's buttons go under its text
constexpr float button_padding = 8;   // a row's buttons are narrower than the cards' own
constexpr float queue_row_padding = 8;
constexpr float queue_list_max_height = 340;

// How giving `who` the floor now bends the turn rules (nothing when it does not).
struct Bend {
    int wait = 0;                          // more turns the wait rule asks for
    std::optional<core::Side> side_is_up;  // set when `who` sits elsewhere while this side is up
    bool any() const { return wait > 0 || side_is_up.has_value(); }
};

Bend bend_for(const core::State& state, const std::optional<core::Suggestion>& suggestion, core::ParticipantId who) {
    Bend bend;
    bend.wait = core::turns_to_wait(state, who);
    const auto wanted = core::side_to_speak(state);
    const core::Participant* suggested = suggestion ? state.participant(suggestion->participant) : nullptr;
    // Alternation only binds while someone of the side that is up has a hand raised;
    // then the suggestion sits there.
    const bool side_rule = wanted && suggested && suggested->seat == wanted;
    const core::Participant* person = state.participant(who);
    if (side_rule && person && person->seat != wanted) bend.side_is_up = wanted;
    return bend;
}

std::string bend_text(const Texts& t, const core::Participant& person, const Bend& bend) {
    std::string text;
    if (bend.wait > 0)
        text = t("console.floor.queue.must_wait", {{"name", person.name}, {"turns", std::to_string(bend.wait)}});
    if (bend.side_is_up) {
        if (!text.empty()) text += ' ';
        text += t(person.seat ? "console.floor.queue.wrong_side" : "console.floor.queue.no_seat",
                  {{"name", person.name},
                   {"side", std::string(core::to_string(*bend.side_is_up))},
                   {"seat", person.seat ? t.side(*person.seat) : std::string()}});
    }
    return text;
}

// Give the floor to `who`, or first ask why when that bends the rules.
void ask_floor(const core::State& state, QueueForm& form, ConsoleActions& out,
               const std::optional<core::Suggestion>& suggestion, core::ParticipantId who) {
    if (bend_for(state, suggestion, who).any()) {
        form.override_for = who;
        form.override_reason.clear();
        form.focus_reason = true;
        return;
    }
    form.override_for = {};
    send(out, ConsoleArea::queue, core::GiveFloor{who, {}});
}

int turns_in_statement(const core::State& state, core::ParticipantId who) {
    const core::Statement* statement = state.statement(state.active_statement);
    if (!statement) return 0;
    return static_cast<int>(std::count_if(statement->turns.begin(), statement->turns.end(),
                                          [&](core::TurnId id) { return state.turn(id)->speaker == who; }));
}

// "heeft nog niet gesproken", "wacht nog 2 beurten", ... and its colour.
std::pair<std::string, ImU32> row_status(const Texts& t, const core::State& state, core::ParticipantId who) {
    if (floor_ui::current_speaker(state) == who) return {t("console.floor.queue.speaking"), theme::palette().accent};
    const int wait = core::turns_to_wait(state, who);
    if (wait > 0)
        return {t("console.floor.queue.waits", {{"turns", std::to_string(wait)}}), theme::palette().warn};
    const int spoken = turns_in_statement(state, who);
    if (spoken == 0) return {t("console.floor.queue.first_time"), theme::palette().ok};
    return {t("console.floor.queue.spoke", {{"count", std::to_string(spoken)}}), theme::palette().muted};
}

void draw_suggestion(const ConsoleFrame& frame, ConsoleUiState& ui, ConsoleActions& out,
                     const core::Suggestion& suggestion, float width) {
    const Texts& t = frame.texts;
    const auto& fonts = ui::context().fonts;
    const core::Participant* person = frame.state.participant(suggestion.participant);
    if (!person) return;
    ui::Card card("queue_suggestion", width, ui::CardLook().fill(theme::palette().accent_soft).outline(theme::palette().accent).inset(12));
    ui::text_wrapped(t("console.floor.queue.suggestion"), {fonts.small, theme::palette().muted});
    floor_ui::name_with_side(t, person->name, person->seat, card.inner_width(), fonts.small);
    ui::text_wrapped(t(suggestion.reason, suggestion.params), {nullptr, theme::palette().ink});
    const bool bends = bend_for(frame.state, suggestion, person->id).any();
    const std::string label =
        t(bends ? "console.floor.queue.give_suggestion_anyway" : "console.floor.queue.give_suggestion") +
        "##give_suggestion";
    ImGui::BeginDisabled(frame.is_busy(ConsoleArea::queue));
    if (ui::button(label, ImVec2(card.inner_width(), 0), theme::primary()))
        ask_floor(frame.state, ui.queue, out, suggestion, person->id);
    ImGui::EndDisabled();
}

void draw_override_form(const ConsoleFrame& frame, ConsoleUiState& ui, ConsoleActions& out,
                        const std::optional<core::Suggestion>& suggestion, float width) {
    const Texts& t = frame.texts;
    const auto& fonts = ui::context().fonts;
    QueueForm& form = ui.queue;
    const core::Participant* person = frame.state.participant(form.override_for);
    if (!person || person->removed) {
        form.override_for = {};
        return;
    }
    ui::Card card("queue_override", width, ui::CardLook().fill(theme::palette().warn_soft).outline(theme::palette().warn).inset(12));
    ui::text_wrapped(t("console.floor.queue.override_title", {{"name", person->name}}), {fonts.bold});
    const std::string why = bend_text(t, *person, bend_for(frame.state, suggestion, person->id));
    if (!why.empty()) ui::text_wrapped(why, {fonts.small, theme::palette().warn});
    if (form.focus_reason) {
        ImGui::SetKeyboardFocusHere();
        form.focus_reason = false;
    }
    ui::input_text("##override_reason", &form.override_reason, t("console.floor.queue.override_hint"),
                   card.inner_width());
    const bool entered = ui::entered();
    const bool empty = form.override_reason.find_first_not_of(' ') == std::string::npos;
    const std::string give_label = t("console.floor.queue.override_give") + "##override_give";
    const std::string cancel_label = t("console.floor.queue.override_cancel") + "##override_cancel";
    const bool row = floor_ui::fit_in_row({give_label, cancel_label}, card.inner_width());
    const float button = row ? floor_ui::share(card.inner_width(), 2) : card.inner_width();
    ImGui::BeginDisabled(empty || frame.is_busy(ConsoleArea::queue));
    const bool give = ui::button(give_label, ImVec2(button, 0), theme::primary());
    ImGui::EndDisabled();
    if (row) ImGui::SameLine();
    const bool cancel = ui::button(cancel_label, ImVec2(button, 0));
    if ((give || entered) && !empty) {
        send(out, ConsoleArea::queue, core::GiveFloor{person->id, form.override_reason});
        form = QueueForm{};
    } else if (cancel) {
        form = QueueForm{};
    }
}

// Where a row's parts go: the buttons right of the name and status, or on a narrow
// column under them, so the status is never cut to "heeft nog n…".
struct RowLayout {
    float width = 0;
    float height = 0;
    float give_width = 0;
    float lower_width = 0;
    bool stacked = false;
    float text_room = 0;  // for the place, the name and the status
};

// `scrollbar`: keep room for one beside the rows.
RowLayout row_layout(const Texts& t, float width, bool scrollbar) {
    const auto& fonts = ui::context().fonts;
    const ImGuiStyle& style = ImGui::GetStyle();
    RowLayout layout;
    layout.width = width - (scrollbar ? style.ScrollbarSize : 0.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(ui::px(button_padding), style.FramePadding.y));
    layout.give_width = floor_ui::button_width(t("console.floor.queue.give"), fonts.small);
    layout.lower_width = floor_ui::button_width(t("console.floor.queue.lower"), fonts.small);
    ImGui::PopStyleVar();
    const float buttons = layout.give_width + style.ItemSpacing.x + layout.lower_width;
    const float pad = ui::px(queue_row_padding);
    const float beside = layout.width - buttons - 3 * pad;
    layout.stacked = beside < ui::px(min_text_room);
    layout.text_room = layout.stacked ? layout.width - 2 * pad : beside;
    const float lines = fonts.bold->FontSize + ui::px(4) + fonts.small->FontSize;
    layout.height = layout.stacked ? 3 * pad + lines + ui::px(theme::touch) : std::max(ui::px(theme::touch), lines) + 2 * pad;
    return layout;
}

// The rows' layout, with room for a scrollbar only when the rows will scroll.
RowLayout row_layout(const Texts& t, float width, std::size_t rows) {
    const RowLayout without = row_layout(t, width, false);
    const float total = static_cast<float>(rows) * (without.height + ImGui::GetStyle().ItemSpacing.y);
    return total > ui::px(queue_list_max_height) ? row_layout(t, width, true) : without;
}

void draw_row(const ConsoleFrame& frame, ConsoleUiState& ui, ConsoleActions& out, const RowLayout& layout,
              const std::optional<core::Suggestion>& suggestion, const core::Participant& person, int place) {
    const Texts& t = frame.texts;
    const auto& fonts = ui::context().fonts;
    const core::State& state = frame.state;
    const bool suggested = suggestion && suggestion->participant == person.id;
    const ImVec2 size(layout.width, layout.height);
    // Rows scrolled out of sight take their place but draw nothing: a long queue stays cheap.
    if (!ImGui::IsRectVisible(size)) {
        ImGui::Dummy(size);
        return;
    }
    const float pad = ui::px(queue_row_padding);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    if (suggested) {
        draw->AddRectFilled(at, ImVec2(at.x + size.x, at.y + size.y), theme::palette().accent_soft, ui::px(8));
        draw->AddRectFilled(at, ImVec2(at.x + ui::px(4), at.y + size.y), theme::palette().accent);
    }

    // The buttons, in the small font: right of the text, or under it on a narrow column.
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float buttons = layout.give_width + spacing + layout.lower_width;
    const float buttons_y = layout.stacked ? at.y + size.y - pad - ui::px(theme::touch)
                                           : at.y + (size.y - ui::px(theme::touch)) / 2;
    const bool busy = frame.is_busy(ConsoleArea::queue);
    const std::string id = std::to_string(person.id.value);
    ImGui::SetCursorScreenPos(ImVec2(at.x + size.x - buttons - pad, buttons_y));
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(ui::px(button_padding), ImGui::GetStyle().FramePadding.y));
    ImGui::BeginDisabled(busy || floor_ui::current_speaker(state) == person.id);
    if (ui::button(t("console.floor.queue.give") + "##give_" + id, ImVec2(layout.give_width, 0),
                   suggested ? theme::primary() : theme::secondary(), fonts.small))
        ask_floor(state, ui.queue, out, suggestion, person.id);
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(busy);
    if (ui::button(t("console.floor.queue.lower") + "##lower_" + id, ImVec2(layout.lower_width, 0), theme::secondary(),
                   fonts.small))
        send(out, ConsoleArea::queue, core::LowerHand{person.id});
    ImGui::EndDisabled();
    ImGui::PopStyleVar();
    if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) {
        ImGui::BeginTooltip();
        ui::text(t("console.floor.queue.lower_tip"));
        ImGui::EndTooltip();
    }

    // The place and the name with the bench beside it; under them where they stand in the rules.
    const float number_width = ui::text_size("00", fonts.bold).x;
    const float text_x = at.x + pad + ui::px(4);
    const float text_end = text_x + layout.text_room - ui::px(4);
    float y = at.y + pad;
    ui::text_at(ImVec2(text_x, y), std::to_string(place), {fonts.bold, theme::palette().muted});
    float x = text_x + number_width;
    const std::string side = person.seat ? t.side(*person.seat) : std::string();
    const float side_width = side.empty() ? 0.0f : ui::text_size(side, fonts.small).x + ui::px(10);
    const std::string name = ui::fit_text(person.name, fonts.bold, std::max(0.0f, text_end - x - side_width));
    ui::text_at(ImVec2(x, y), name, {fonts.bold, theme::palette().ink});
    if (person.seat)
        ui::text_at(ImVec2(x + ui::text_size(name, fonts.bold).x + ui::px(10), y + fonts.bold->FontSize - fonts.small->FontSize),
                    side, {fonts.small, theme::side_colour(*person.seat)});
    y += fonts.bold->FontSize + ui::px(4);
    const auto [status, colour] = row_status(t, state, person.id);
    ui::text_at(ImVec2(x, y), ui::fit_text(status, fonts.small, std::max(0.0f, text_end - x)), {fonts.small, colour});

    ImGui::SetCursorScreenPos(at);
    ImGui::Dummy(size);
}

}  // namespace

std::optional<core::CommandBody> give_floor_to_suggestion(const core::State& state) {
    const auto suggestion = core::suggest_next_speaker(state);
    if (!suggestion) return std::nullopt;
    return core::CommandBody{core::GiveFloor{suggestion->participant, {}}};
}

void draw_console_queue(const ConsoleFrame& frame, ConsoleUiState& ui, ConsoleActions& out, float width) {
    const Texts& t = frame.texts;
    const auto& fonts = ui::context().fonts;
    const core::State& state = frame.state;
    const auto suggestion = core::suggest_next_speaker(state);

    ui::Card card("console_queue", width);
    const float inner = card.inner_width();
    ui::text(t("console.floor.queue.heading", {{"count", std::to_string(state.hand_queue.size())}}), {fonts.heading});
    if (const auto up = core::side_to_speak(state)) {
        ui::text(t("console.floor.queue.side_up"), {fonts.small, theme::palette().muted});
        ImGui::SameLine();
        floor_ui::side_badge(t, *up, fonts.small);
    }
    if (suggestion) draw_suggestion(frame, ui, out, *suggestion, inner);
    if (!ui.queue.override_for.is_none()) draw_override_form(frame, ui, out, suggestion, inner);
    draw_console_notice(frame, out, ConsoleArea::queue);

    if (state.hand_queue.empty()) {
        ui::text_wrapped(t("console.floor.queue.empty"), {nullptr, theme::palette().muted});
        return;
    }
    const RowLayout layout = row_layout(t, inner, state.hand_queue.size());
    const float rows = static_cast<float>(state.hand_queue.size()) * (layout.height + ImGui::GetStyle().ItemSpacing.y);
    floor_ui::ScrollList list("queue_rows", inner, rows, queue_list_max_height);
    int place = 0;
    for (const core::ParticipantId id : state.hand_queue) {
        ++place;
        const core::Participant* person = state.participant(id);
        if (!person || person->removed) continue;
        draw_row(frame, ui, out, layout, suggestion, *person, place);
    }
}

}  // namespace lagerhuis::app
