#include "report/verdict_text.hpp"

#include "report/number_format.hpp"

namespace lagerhuis::report {

using core::Side;

std::string counts_text(const ReportContext& context, const core::SideCounts& counts) {
    return context.text("table.counts", {{"voor", std::to_string(counts.voor)},
                                         {"tegen", std::to_string(counts.tegen)},
                                         {"twijfel", std::to_string(counts.twijfel)}});
}

std::string shift_text(const ReportContext& context, const core::SideCounts& shift) {
    return context.text("table.counts", {{"voor", signed_count(shift.voor)},
                                         {"tegen", signed_count(shift.tegen)},
                                         {"twijfel", signed_count(shift.twijfel)}});
}

VerdictText verdict_text(const ReportContext& context, const core::StatementReport& s) {
    VerdictText text;
    text.answer = better_arguments_won(s);
    text.answer_text = context.text("report.verdict.answer." + std::string(room_answer_key(text.answer)));
    const std::string strength = context.decimal(s.strength.value, 3);
    text.arguments = s.verdict == Side::twijfel
                         ? context.text("report.verdict.tie", {{"strength", strength}})
                         : context.text("report.verdict.better", {{"side", std::string(to_string(s.verdict))}, {"strength", strength}});
    if (s.shift) {
        const Side gained = ahead(*s.shift);
        text.room = gained == Side::twijfel
                        ? context.text("report.verdict.room_even")
                        : context.text("report.verdict.room_gained", {{"side", std::string(to_string(gained))}});
        text.room_figures = {context.text("table.opening") + ": " + counts_text(context, *s.opening),
                             context.text("table.closing") + ": " + counts_text(context, *s.closing),
                             context.text("table.shift") + ": " + shift_text(context, *s.shift) + " · " +
                                 context.text("table.crossings") + ": " + std::to_string(s.crossings)};
    } else {
        text.room = context.text("report.verdict.room_unknown");
    }
    if (!s.polls.empty()) {
        const auto& poll = s.polls.back();
        const Side most = ahead(poll.ballots);
        text.poll = most == Side::twijfel
                        ? context.text("report.verdict.poll_even")
                        : context.text("report.verdict.poll_majority", {{"side", std::string(to_string(most))}});
        text.poll_figures = counts_text(context, poll.ballots);
    }
    return text;
}

}  // namespace lagerhuis::report
