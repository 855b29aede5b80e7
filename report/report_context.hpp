#pragma once
// What every part of a report reads: the folded state, its scoreboard, the texts in the
// chosen language, and the lookups they all need (names, sides, drogredenen, rules,
// numbers spelled for that language). Texts come back as plain text: the HTML parts
// escape them, the CSV quotes them.
#include <string>
#include <string_view>
#include <vector>

#include "core/message_catalog.hpp"
#include "core/scoreboard.hpp"
#include "core/state.hpp"

namespace lagerhuis::report {

// What became of an argument under attack and support: it stood (σ above τ), fell (σ
// below τ), or held its base score (unchallenged, or attack and support in balance).
enum class ArgumentFate { stood, fell, held };
ArgumentFate fate_of(const core::ArgumentReport& argument);
// "stood", "fell", "held": the CSS class and the CSV value.
const char* fate_key(ArgumentFate fate);

class ReportContext;

// "Startwaarde +0,50; Onderbouwing: feit +0,15; Bevestigde drogreden: Stropop -0,20": the
// rules behind a base score, as the terminal table spells them.
std::string explain_terms(const ReportContext& context, const std::vector<core::ScoreTerm>& terms);

// "begon op 0,50, na alle reacties 0,62": an argument's scores in plain words, shown first.
std::string strength_words(const ReportContext& context, const core::ArgumentReport& argument);
// "τ (startwaarde) 0,50 → σ (sterkte) 0,62; aanval 0,30, steun 0,00. Startwaarde +0,50; …":
// the calculation behind those words, for whoever opens it.
std::string strength_formula(const ReportContext& context, const core::ArgumentReport& argument);

class ReportContext {
public:
    ReportContext(const core::State& state, const core::Scoreboard& board, const core::MessageCatalog& messages,
                  core::Language language);

    const core::State& state() const { return state_; }
    const core::Scoreboard& board() const { return board_; }
    core::Language language() const { return language_; }

    std::string text(std::string_view key, const core::MessageCatalog::Params& params = {}) const;
    std::string name_of(core::ParticipantId id) const;           // "?" for none
    std::string side_name(core::Side side) const;                // "Voor"
    std::string kind_name(core::ArgumentKind kind) const;        // "weerlegging"
    std::string fallacy_name(const std::string& id) const;       // the catalog's name, or the id
    std::string rule_name(int number) const;                     // "Relevantieregel", or "?"
    std::string fate_name(ArgumentFate fate) const;              // "bleef staan"
    // "Bevestigd", "Gemist", "Afgewezen", "In behandeling": a drogreden's fate in a tag.
    std::string status_name(core::FlagOutcome status, bool missed = false) const;
    std::string decimal(double value, int decimals) const;       // with this language's comma or point

    const core::ArgumentReport* argument(core::ArgumentId id) const;
    const core::PersonReport* person(core::ParticipantId id) const;

private:
    const core::State& state_;
    const core::Scoreboard& board_;
    const core::MessageCatalog& messages_;
    core::Language language_;
};

}  // namespace lagerhuis::report
