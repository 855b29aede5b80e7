#pragma once
// What the console's judgement panels (tagging, flags, polls, scores, the argument
// graph) share: names as the gespreksleider reads them, numbers spelled for the
// language, and the tooltip that explains a number by the terms that made it.
#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>

#include "app/console/console_frame.hpp"
#include "app/ui/ui_context.hpp"
#include "app/ui/ui_widgets.hpp"
#include "core/score_term.hpp"
#include "core/scoreboard.hpp"
#include "report/number_format.hpp"

namespace lagerhuis::app {

// "0,62" in Dutch, "0.62" in English: as the report and the terminal table spell it.
using report::decimal;

std::string person_name(const core::State& state, core::ParticipantId id);  // "?" when unknown
// The fallacy's name in the console's language; its id when the catalog lacks it.
std::string fallacy_name(const ConsoleFrame& frame, const std::string& id);
// "#4 Daan: Het zwembad kost …": an argument in a list or a drop-down.
std::string argument_label(const core::State& state, const core::Argument& argument);

// How a number and its terms read: a count ("+1"), a duration ("+0:40"), a score ("+0,15"),
// or terms listed without their deltas (the arguments behind a mean).
enum class TermUnit : unsigned char { count, duration, score, listed };
std::string format_number(const ConsoleFrame& frame, double value, TermUnit unit);
// One line of an explanation: "Onderbouwing: feit  +0,15" (texts "score.<rule>").
std::string term_line(const ConsoleFrame& frame, const core::ScoreTerm& term, TermUnit unit);
// Terms under a title of their own ("bevestigd", "afgewezen") in one tooltip.
struct TermSection {
    std::string title;  // empty: no title line
    const std::vector<core::ScoreTerm>* terms = nullptr;
};
// When the item just drawn is hovered: a tooltip with `heading` above the terms.
void explain_on_hover(const ConsoleFrame& frame, std::string_view heading, const std::vector<TermSection>& sections,
                      TermUnit unit);
void explain_on_hover(const ConsoleFrame& frame, std::string_view heading, const std::vector<core::ScoreTerm>& terms,
                      TermUnit unit);
// A tooltip with the argument's text, its base score τ with the rules behind it, and its
// strength σ after attacks and support; explain_argument_on_hover shows it while the
// item just drawn is hovered.
void argument_tooltip(const ConsoleFrame& frame, const core::ArgumentReport& argument);
void explain_argument_on_hover(const ConsoleFrame& frame, const core::ArgumentReport& argument);


// When the item just drawn is hovered: `text` in a tooltip (recorded, as every text).
void tooltip_on_hover(std::string_view text);

// A quiet button in the small font, 36 pixels high, for corrections beside a row.
bool small_button(std::string_view label, float width = 0.0f);

// A row of a list with a coloured stripe along its left edge (an argument's side, a
// flag group's state), its content indented past the stripe.
//   { StripedRow row(theme::side_colour(side)); ...content... }
class StripedRow {
public:
    explicit StripedRow(ImU32 colour);
    ~StripedRow();
    StripedRow(const StripedRow&) = delete;
    StripedRow& operator=(const StripedRow&) = delete;

private:
    ImVec2 top_;
    ImU32 colour_;
};

// Drogredenen to choose from, one row each: the name, and the rule it breaks beneath.
void draw_fallacy_choices(const ConsoleFrame& frame, const std::vector<const core::Fallacy*>& shown, std::string& choice,
                          float width);

// One choice of a drop-down: a row with `text`, highlighted when `chosen`.
bool combo_option(std::string_view id, bool chosen, const std::string& text);

// A drop-down of rows drawn by `row(i)`, clipped to what is visible: a target list can
// hold hundreds of arguments. `count()` is asked only while the list is open.
template <class Count, class Row>
void combo_rows(std::string_view id, std::string_view preview, float width, const Count& count, const Row& row) {
    if (!ui::begin_combo(id, ui::fit_text(preview, ImGui::GetFont(), width - ui::px(48)), width)) return;
    ImGuiListClipper clipper;
    clipper.Begin(count());
    while (clipper.Step())
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) row(i);
    ui::end_combo();
}

// A list as tall as its content up to `max_height`, then scrolling, so a room of 60 does
// not push the rest of the screen away. Its height is measured at the end of each frame
// and used in the next (as ui::Card does).
//   { BoundedList list("flags_feed", width, ui::px(360)); ...rows... }
class BoundedList {
public:
    BoundedList(std::string_view id, float width, float max_height);
    ~BoundedList();
    BoundedList(const BoundedList&) = delete;
    BoundedList& operator=(const BoundedList&) = delete;

private:
    ImGuiID id_ = 0;
    float content_ = 0;
};

}  // namespace lagerhuis::app
