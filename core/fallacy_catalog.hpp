#pragma once
// The drogredenen a session can tag or flag, each tied to the pragma-dialectical rule it
// breaks. Loaded from assets/fallacies.ini (parse_fallacy_catalog) and recorded in the
// session's configuration, so a session file keeps the catalog it was scored with.
#include <string>
#include <string_view>
#include <vector>

#include "localized_text.hpp"

namespace lagerhuis::core {

// One of the ten rules for a critical discussion (van Eemeren & Grootendorst).
struct DiscussionRule {
    int number = 0;
    LocalizedText name;
    LocalizedText summary;

    friend bool operator==(const DiscussionRule&, const DiscussionRule&) = default;
    template <class S, class F>
    static void fields(S& s, F&& f) {
        f("number", s.number);
        f("name", s.name);
        f("summary", s.summary);
    }
};

struct Fallacy {
    std::string id;  // stable key, e.g. "ad_hominem"; never shown to users
    int rule = 0;    // DiscussionRule::number it violates
    LocalizedText name;
    LocalizedText explanation;  // one sentence a participant understands on a phone

    friend bool operator==(const Fallacy&, const Fallacy&) = default;
    template <class S, class F>
    static void fields(S& s, F&& f) {
        f("id", s.id);
        f("rule", s.rule);
        f("name", s.name);
        f("explanation", s.explanation);
    }
};

struct FallacyCatalog {
    std::vector<DiscussionRule> rules;
    std::vector<Fallacy> fallacies;

    const Fallacy* find(std::string_view id) const {
        for (const auto& fallacy : fallacies)
            if (fallacy.id == id) return &fallacy;
        return nullptr;
    }
    const DiscussionRule* find_rule(int number) const {
        for (const auto& rule : rules)
            if (rule.number == number) return &rule;
        return nullptr;
    }

    friend bool operator==(const FallacyCatalog&, const FallacyCatalog&) = default;
    template <class S, class F>
    static void fields(S& s, F&& f) {
        f("rules", s.rules);
        f("fallacies", s.fallacies);
    }
};

}  // namespace lagerhuis::core
