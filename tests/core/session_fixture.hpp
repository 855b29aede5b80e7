#pragma once
// A small debate to test the rules on: a core::SessionDriver with a clock, a built-in
// catalog (no files needed), and one helper per command the tests use often. Helpers
// that set a scene REQUIRE the command to be accepted, so a scene that goes wrong stops
// the test at the step that failed, not at a confusing later check.
#include <string>
#include <variant>
#include <vector>

#include <catch2/catch.hpp>

#include "core/session_driver.hpp"

namespace lagerhuis::tests {

// The ten rules (short names) and six drogredenen: two on rule 1, one each on 3, 4, 7
// and 10, enough to flag several distinct ones in a row.
core::FallacyCatalog test_catalog();
// A session with that catalog, the default rules (K = 2, alternating sides, four flags
// per minute, changeable ballots) and the default weights.
core::SessionConfig test_config();

class TestSession {
public:
    static constexpr core::ParticipantId facilitator{1};

    // Created at time 0 by facilitator "Gespreksleider".
    explicit TestSession(core::SessionConfig config = test_config());
    // No CreateSession yet.
    struct Uncreated {};
    explicit TestSession(Uncreated);

    core::SessionDriver& driver() { return driver_; }
    const core::State& state() const { return driver_.state(); }
    const std::vector<core::Event>& log() const { return driver_.log(); }
    core::Millis now() const { return now_; }
    void wait(core::Millis ms) { now_ += ms; }

    // Submits at now(); REQUIREs acceptance and returns the events.
    std::vector<core::Event> accept(core::ParticipantId actor, core::CommandBody body);
    std::vector<core::Event> lead(core::CommandBody body) { return accept(facilitator, std::move(body)); }
    // Submits at now(); REQUIREs a refusal (use expect_refused to also check the code).
    core::Refusal refusal(core::ParticipantId actor, core::CommandBody body);

    core::ParticipantId join(const std::string& name, core::Role role = core::Role::participant);
    core::ParticipantId add_person(const std::string& name);
    core::StatementId add_statement(const std::string& text = "Het zwembad in Vriezenveen moet dicht");
    core::StatementId open_statement(const std::string& text = "Het zwembad in Vriezenveen moet dicht");
    void take_seat(core::ParticipantId who, core::Side side);  // by themself
    void fix(core::PositionKind kind);
    // Opens a statement with one participant per side given, each seated there by
    // themself, and fixes the opening position.
    std::vector<core::ParticipantId> seated_room(const std::vector<core::Side>& sides);

    core::TurnId give_floor(core::ParticipantId who, const std::string& override_reason = {});
    void end_turn();
    core::ArgumentId tag_argument(core::ArgumentKind kind, core::ArgumentId target = {},
                                  core::EvidenceKind evidence = core::EvidenceKind::none, core::TurnId turn = {});
    core::FallacyTagId tag_fallacy(const std::string& fallacy, core::ArgumentId argument = {}, core::TurnId turn = {});
    core::FlagId flag(core::ParticipantId flagger, const std::string& fallacy, core::ArgumentId argument = {},
                      core::TurnId turn = {});
    void decide_flag(core::FlagId flag, core::FlagOutcome outcome);
    void appreciate(core::ParticipantId who, core::ArgumentId argument);
    core::PollId open_poll();
    void cast_ballot(core::ParticipantId who, core::Side choice, core::PollId poll = {});

private:
    core::SessionDriver driver_;
    core::Millis now_ = 0;
    int joined_ = 0;
};

// The gespreksleider of every TestSession, as the rules tests name them.
inline constexpr core::ParticipantId lead_id = TestSession::facilitator;

// Submits `body` as `actor` at `now` (default: the time of the last event) and checks
// that it is refused with `code`, and that the state (field by field) and the log did
// not change. Returns the refusal, for checks of its parameters.
core::Refusal expect_refused(core::SessionDriver& driver, core::ParticipantId actor, core::CommandBody body,
                             core::ReasonCode code);
core::Refusal expect_refused(core::SessionDriver& driver, core::ParticipantId actor, core::CommandBody body,
                             core::ReasonCode code, core::Millis now);

// The only event of a decision, of the expected type (REQUIREs both).
template <class Body>
Body only_event(const std::vector<core::Event>& events) {
    REQUIRE(events.size() == 1);
    REQUIRE(std::holds_alternative<Body>(events.front().body));
    return std::get<Body>(events.front().body);
}

// The last event in the log with this body type, or nullptr.
template <class Body>
const core::Event* last_event(const std::vector<core::Event>& log) {
    for (auto it = log.rbegin(); it != log.rend(); ++it)
        if (std::holds_alternative<Body>(it->body)) return &*it;
    return nullptr;
}

}  // namespace lagerhuis::tests

