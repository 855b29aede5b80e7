#pragma once
// One or two things a person takes home from the debate, drawn from their own events:
// what went well, and what to work on next time. The feedback card ends with them, in
// the HTML report and in the replay viewer, in the same words.
//
// Each rule looks at one kind of event (turns and their time, replies to the previous
// speaker, arguments and how they stood, flags and how often they were right, crossings,
// appreciation, drogredenen committed) and holds or not. The rules of each kind are
// ranked by how much they give to talk about in a review; a person gets the first
// strength and the first thing to work on that hold, in that order. When no rule of one
// kind holds, the first two of the other kind. Someone who spoke always gets at least
// one (the last strength only says how often), someone who did not speak as well.
//
//   for (const auto& pointer : feedback_pointers(context, person))
//       html += pointer_text(context, pointer);   // "Twee van je drie meldingen waren raak…"
//
// A text is chosen by its counts here ("Je melding was raak" for one flag, "2 van je 3
// meldingen…" for more), so every text reads right for every count it is given.
#include <string>
#include <vector>

#include "core/message_catalog.hpp"
#include "core/scoreboard.hpp"
#include "report/report_context.hpp"

namespace lagerhuis::report {

enum class PointerKind { strength, work_on };

struct FeedbackPointer {
    PointerKind kind{};
    std::string key;  // in the message catalog: "feedback.flags_right_most"
    core::MessageCatalog::Params params;
};

// At most two, the strength first.
std::vector<FeedbackPointer> feedback_pointers(const ReportContext& context, const core::PersonReport& person);

// Every pointer that holds for the person, each kind in rank order (what the choice
// above picks from; for tests and for a trainer who wants the whole list).
std::vector<FeedbackPointer> all_feedback_pointers(const ReportContext& context, const core::PersonReport& person);

std::string pointer_text(const ReportContext& context, const FeedbackPointer& pointer);
// "Goed" or "Tip": the label before a pointer.
std::string pointer_label(const ReportContext& context, PointerKind kind);

}  // namespace lagerhuis::report
