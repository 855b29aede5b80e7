#include "cli/privacy_summary.hpp"

#include "store/retention.hpp"

namespace lagerhuis::cli {

namespace {

void count_free_texts(PrivacyFacts& facts, const core::Event& event) {
    std::visit(
        [&](const auto& body) {
            using Body = std::decay_t<decltype(body)>;
            if constexpr (std::is_same_v<Body, core::ArgumentTagged> || std::is_same_v<Body, core::ArgumentCorrected>)
                facts.argument_texts += body.text.empty() ? 0 : 1;
            else if constexpr (std::is_same_v<Body, core::FallacyTagged>)
                facts.fallacy_notes += body.note.empty() ? 0 : 1;
            else if constexpr (std::is_same_v<Body, core::TurnStarted>)
                facts.override_reasons += body.override_reason.empty() ? 0 : 1;
        },
        event.body);
}

}  // namespace

PrivacyFacts privacy_facts(const std::string& file, const core::State& state, const std::vector<core::Event>& events,
                           int trainer_notes, std::optional<std::string> keep_until, std::string today,
                           std::vector<store::ErasureRecord> erasures) {
    PrivacyFacts facts;
    facts.file = file;
    facts.title = state.config.title;
    facts.trainer_notes = trainer_notes;
    facts.keep_until = std::move(keep_until);
    facts.today = std::move(today);
    facts.erasures = std::move(erasures);
    for (const auto& person : state.participants) {
        facts.people += 1;
        facts.removed += person.removed ? 1 : 0;
    }
    for (const auto& event : events) count_free_texts(facts, event);
    for (const auto& poll : state.polls) {
        if (poll.open) facts.poll_running = true;
        else if (!poll.secret) facts.polls_open_rule += 1;
        else if (poll.sealed) facts.polls_sealed += 1;
        else facts.polls_linkable += 1;
    }
    return facts;
}

std::string privacy_summary(const PrivacyFacts& facts, const core::MessageCatalog& messages, core::Language language) {
    std::string text;
    const auto line = [&](std::string_view key, const core::MessageCatalog::Params& params = {}) {
        text += messages.render(key, params, language) + "\n";
    };
    const auto number = [](int n) { return std::to_string(n); };
    line("privacy.heading", {{"file", facts.file}});
    line("privacy.title", {{"title", facts.title}});
    int days_left = 0;
    if (!facts.keep_until)
        line("privacy.keep_none", {{"file", facts.file}});
    else if (facts.overdue())
        line("privacy.keep_overdue", {{"date", *facts.keep_until}, {"file", facts.file}});
    else if (store::days_between(facts.today, *facts.keep_until, days_left))
        line("privacy.keep", {{"date", *facts.keep_until}, {"days", number(days_left)}});
    line("privacy.people", {{"n_people", number(facts.people)}});
    if (facts.removed > 0) line("privacy.removed", {{"n_removed", number(facts.removed)}});
    line("privacy.texts", {{"n_arguments", number(facts.argument_texts)},
                           {"n_notes", number(facts.fallacy_notes)},
                           {"n_reasons", number(facts.override_reasons)},
                           {"n_annotations", number(facts.trainer_notes)}});
    if (facts.polls_sealed + facts.polls_linkable + facts.polls_open_rule == 0 && !facts.poll_running) line("privacy.polls_none");
    if (facts.polls_sealed > 0) line("privacy.polls_sealed", {{"n_polls", number(facts.polls_sealed)}});
    if (facts.polls_linkable > 0) line("privacy.polls_linkable", {{"n_polls", number(facts.polls_linkable)}});
    if (facts.polls_open_rule > 0) line("privacy.polls_open_rule", {{"n_polls", number(facts.polls_open_rule)}});
    if (facts.poll_running) line("privacy.poll_running");
    if (!facts.erasures.empty()) line("privacy.erasures", {{"n_erasures", number(static_cast<int>(facts.erasures.size()))}});
    for (const auto& erasure : facts.erasures)
        line("privacy.erasure", {{"date", erasure.date}, {"pseudonym", erasure.pseudonym}});
    line("privacy.tokens");
    line("privacy.pseudonyms");
    return text;
}

}  // namespace lagerhuis::cli
