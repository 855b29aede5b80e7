#include "report/report_context.hpp"

#include "report/number_format.hpp"

namespace lagerhuis::report {

namespace {
// σ and τ are kept as doubles; a difference below this is rounding, not an attack.
constexpr double same_score = 1e-9;
}  // namespace

ArgumentFate fate_of(const core::ArgumentReport& argument) {
    if (argument.strength > argument.base.value + same_score) return ArgumentFate::stood;
    if (argument.strength < argument.base.value - same_score) return ArgumentFate::fell;
    return ArgumentFate::held;
}

std::string explain_terms(const ReportContext& context, const std::vector<core::ScoreTerm>& terms) {
    std::string text;
    for (const auto& term : terms) {
        core::MessageCatalog::Params params = term.params;
        for (auto& [key, value] : params)
            if (key == "fallacy") value = context.fallacy_name(value);
        text += (text.empty() ? "" : "; ") + context.text("score." + term.rule, params) + " " + (term.delta >= 0 ? "+" : "") +
                context.decimal(term.delta, 2);
    }
    return text;
}

std::string strength_words(const ReportContext& context, const core::ArgumentReport& argument) {
    return context.text("report.strength.words",
                        {{"base", context.decimal(argument.base.value, 2)}, {"strength", context.decimal(argument.strength, 2)}});
}

std::string strength_formula(const ReportContext& context, const core::ArgumentReport& argument) {
    return context.text("report.formula.argument_body", {{"base", context.decimal(argument.base.value, 2)},
                                                          {"strength", context.decimal(argument.strength, 2)},
                                                          {"attack", context.decimal(argument.attack, 2)},
                                                          {"support", context.decimal(argument.support, 2)},
                                                          {"terms", explain_terms(context, argument.base.terms)}});
}

const char* fate_key(ArgumentFate fate) {
    switch (fate) {
        case ArgumentFate::stood: return "stood";
        case ArgumentFate::fell: return "fell";
        case ArgumentFate::held: return "held";
    }
    return "held";
}

ReportContext::ReportContext(const core::State& state, const core::Scoreboard& board,
                             const core::MessageCatalog& messages, core::Language language)
    : state_(state), board_(board), messages_(messages), language_(language) {}

std::string ReportContext::text(std::string_view key, const core::MessageCatalog::Params& params) const {
    return messages_.render(key, params, language_);
}

std::string ReportContext::name_of(core::ParticipantId id) const {
    const auto* who = state_.participant(id);
    return who ? who->name : "?";
}

std::string ReportContext::side_name(core::Side side) const { return text("side." + std::string(to_string(side))); }
std::string ReportContext::kind_name(core::ArgumentKind kind) const { return text("kind." + std::string(to_string(kind))); }
std::string ReportContext::fallacy_name(const std::string& id) const {
    const auto* fallacy = state_.config.catalog.find(id);
    return fallacy ? fallacy->name.in(language_) : id;
}

std::string ReportContext::rule_name(int number) const {
    const auto* rule = state_.config.catalog.find_rule(number);
    return rule ? rule->name.in(language_) : "?";
}

std::string ReportContext::fate_name(ArgumentFate fate) const { return text(std::string("report.fate.") + fate_key(fate)); }

std::string ReportContext::status_name(core::FlagOutcome status, bool missed) const {
    return text(missed ? std::string("report.status.missed") : "report.status." + std::string(to_string(status)));
}

std::string ReportContext::decimal(double value, int decimals) const { return report::decimal(value, decimals, language_); }

const core::ArgumentReport* ReportContext::argument(core::ArgumentId id) const {
    // build_scoreboard lists every argument, in id order.
    return id.is_none() || id.value > board_.arguments.size() ? nullptr : &board_.arguments[id.value - 1];
}

const core::PersonReport* ReportContext::person(core::ParticipantId id) const {
    return id.is_none() || id.value > board_.participants.size() ? nullptr : &board_.participants[id.value - 1];
}

}  // namespace lagerhuis::report
