// Everyone in the session, and what the gespreksleider does for or about one of them:
// seat or move them and raise their hand (people without a device), rename, remove
// (after a second click, it cannot be undone), add someone without a device, and lock
// the room once everybody is in.
#include <algorithm>
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

constexpr float row_height = 46;
constexpr float people_list_max_height = 360;

bool listed(const ConsoleFrame& frame, const core::Participant& person) {
    return person.id != frame.facilitator() && person.role != core::Role::facilitator;
}

void draw_list(const ConsoleFrame& frame, ConsoleUiState& ui, float width) {
    const auto& fonts = ui::context().fonts;
    const core::State& state = frame.state;
    const auto count = std::count_if(state.participants.begin(), state.participants.end(),
                                     [&](const core::Participant& person) { return listed(frame, person); });
    if (count == 0) {
        ui::text_wrapped(frame.texts("console.floor.people.nobody"), {nullptr, theme::palette().muted});
        return;
    }
    const float height = ui::px(row_height);
    floor_ui::ScrollList list("people_rows", width, static_cast<float>(count) * height, people_list_max_height);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ImGui::GetStyle().ItemSpacing.x, 0));
    const float row_width = ImGui::GetContentRegionAvail().x;
    for (const auto& person : state.participants) {
        if (!listed(frame, person)) continue;
        if (!ImGui::IsRectVisible(ImVec2(row_width, height))) {
            ImGui::Dummy(ImVec2(row_width, height));
            continue;
        }
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const bool selected = ui.people.selected == person.id;
        if (ui::selectable("##person_" + std::to_string(person.id.value), selected, ImVec2(row_width, height), person.name))
            ui.people.selected = person.id;
        const float pad = ui::px(8);
        const std::string status = floor_ui::person_status(frame.texts, state, person);
        const std::string shown_status = ui::fit_text(status, fonts.small, row_width / 2);
        const float status_width = ui::text_size(shown_status, fonts.small).x;
        const ImU32 ink = person.removed ? theme::palette().disabled : theme::palette().ink;
        const ImU32 status_ink =
            person.removed ? theme::palette().disabled : person.seat ? theme::side_colour(*person.seat) : theme::palette().muted;
        ui::text_at(ImVec2(at.x + pad, at.y + (height - fonts.bold->FontSize) / 2),
                    ui::fit_text(person.name, fonts.bold, row_width - status_width - 3 * pad), {fonts.bold, ink});
        ui::text_at(ImVec2(at.x + row_width - pad - status_width, at.y + (height - fonts.small->FontSize) / 2),
                    shown_status, {fonts.small, status_ink});
    }
    ImGui::PopStyleVar();
}

void draw_seat_and_hand(const ConsoleFrame& frame, ConsoleActions& out, const core::Participant& person, float width) {
    const Texts& t = frame.texts;
    ui::text(t("console.floor.people.seat"), {ui::context().fonts.bold});
    const float third = floor_ui::share(width, 3);
    const auto& fonts = ui::context().fonts;
    // The three benches in a row, in the small font when the bold one does not fit.
    ImFont* font = floor_ui::fit_in_row({t.side(core::Side::voor), t.side(core::Side::twijfel),
                                         t.side(core::Side::tegen)},
                                        width)
                       ? fonts.bold
                       : fonts.small;
    bool first = true;
    for (const core::Side side : {core::Side::voor, core::Side::twijfel, core::Side::tegen}) {
        if (!first) ImGui::SameLine();
        first = false;
        const bool chosen = person.seat == side;
        const std::string label = t.side(side) + "##seat_" + std::string(core::to_string(side));
        if (ui::button(label, ImVec2(third, 0), theme::side_button(side, chosen), font) && !chosen)
            send(out, ConsoleArea::people, core::TakeSeat{person.id, side});
    }
    const int place = floor_ui::hand_place(frame.state, person.id);
    const std::string hand_label =
        (place > 0 ? t("console.floor.people.lower_hand", {{"place", std::to_string(place)}})
                   : t("console.floor.people.raise_hand")) +
        "##person_hand";
    if (ui::button(hand_label, ImVec2(width, 0))) {
        if (place > 0)
            send(out, ConsoleArea::people, core::LowerHand{person.id});
        else
            send(out, ConsoleArea::people, core::RaiseHand{person.id});
    }
}

void draw_remove(const ConsoleFrame& frame, ConsoleUiState& ui, ConsoleActions& out, const core::Participant& person,
                 float width) {
    const Texts& t = frame.texts;
    const auto& fonts = ui::context().fonts;
    const theme::ButtonColours danger{theme::palette().white, theme::palette().over_soft, theme::palette().over_soft, theme::palette().over, theme::palette().over};
    if (!ui.people.confirm_remove) {
        if (ui::button(t("console.floor.people.remove") + "##remove", ImVec2(width, 0), danger))
            ui.people.confirm_remove = true;
        return;
    }
    ui::Card card("people_confirm_remove", width, ui::CardLook().fill(theme::palette().over_soft).outline(theme::palette().over).inset(12));
    ui::text_wrapped(t("console.floor.people.remove_confirm", {{"name", person.name}}), {fonts.bold, theme::palette().problem_ink});
    const std::string yes = t("console.floor.people.remove_yes") + "##remove_yes";
    const std::string no = t("console.floor.people.remove_no") + "##remove_no";
    const bool row = floor_ui::fit_in_row({yes, no}, card.inner_width());
    const float button = row ? floor_ui::share(card.inner_width(), 2) : card.inner_width();
    const theme::ButtonColours confirm{theme::palette().over, theme::palette().problem_ink, theme::palette().problem_ink, theme::palette().white, theme::palette().over};
    if (ui::button(yes, ImVec2(button, 0), confirm)) {
        send(out, ConsoleArea::people, core::RemoveParticipant{person.id});
        ui.people.confirm_remove = false;
    }
    if (row) ImGui::SameLine();
    if (ui::button(no, ImVec2(button, 0))) ui.people.confirm_remove = false;
}

void draw_selected(const ConsoleFrame& frame, ConsoleUiState& ui, ConsoleActions& out, float width) {
    const Texts& t = frame.texts;
    const auto& fonts = ui::context().fonts;
    PeopleForm& form = ui.people;
    const core::Participant* person = frame.state.participant(form.selected);
    if (!person || !listed(frame, *person)) return;
    // Another person chosen: the forms start from them.
    if (form.editing != person->id) {
        form.editing = person->id;
        form.rename_to = person->name;
        form.confirm_remove = false;
    }
    ui::rule();
    ui::text(person->name, {fonts.heading, person->removed ? theme::palette().disabled : theme::palette().ink});
    ui::text(floor_ui::person_status(t, frame.state, *person), {fonts.small, theme::palette().muted});
    if (person->removed) return;

    ImGui::BeginDisabled(frame.is_busy(ConsoleArea::people));
    if (person->role == core::Role::participant) draw_seat_and_hand(frame, out, *person, width);
    ui::text(t("console.floor.people.rename"), {fonts.bold});
    if (floor_ui::field_with_button("##rename_to", form.rename_to, t("console.floor.people.name_hint"),
                          t("console.floor.people.rename_button") + "##rename", width))
        send(out, ConsoleArea::people, core::RenameParticipant{person->id, form.rename_to});
    draw_remove(frame, ui, out, *person, width);
    ImGui::EndDisabled();
}

}  // namespace

void draw_console_people(const ConsoleFrame& frame, ConsoleUiState& ui, ConsoleActions& out, float width) {
    const Texts& t = frame.texts;
    const auto& fonts = ui::context().fonts;
    const bool locked = frame.state.room_locked;
    const bool busy = frame.is_busy(ConsoleArea::people);

    ui::Card card("console_people", width);
    const float inner = card.inner_width();
    ui::text(t("console.floor.people.heading"), {fonts.heading});
    ui::text_wrapped(t(locked ? "console.floor.people.locked" : "console.floor.people.open"),
                     {fonts.small, locked ? theme::palette().warn : theme::palette().muted});
    ImGui::BeginDisabled(busy);
    if (ui::button(t(locked ? "console.floor.people.unlock" : "console.floor.people.lock") + "##lock_room",
                   ImVec2(inner, 0)))
        send(out, ConsoleArea::people, core::LockRoom{!locked});
    ImGui::EndDisabled();

    draw_list(frame, ui, inner);
    draw_selected(frame, ui, out, inner);
    draw_console_notice(frame, out, ConsoleArea::people);

    ui::rule();
    ui::text_wrapped(t("console.floor.people.add_heading"), {fonts.bold});
    ImGui::BeginDisabled(busy);
    if (floor_ui::field_with_button("##new_person", ui.people.new_person, t("console.floor.people.name_hint"),
                          t("console.floor.people.add") + "##add_person", inner)) {
        send(out, ConsoleArea::people, core::AddPerson{ui.people.new_person});
        ui.people.new_person.clear();
    }
    ImGui::EndDisabled();
}

}  // namespace lagerhuis::app
