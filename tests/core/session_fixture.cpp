#include "tests/core/session_fixture.hpp"

#include "tests/core/state_dump.hpp"

namespace lagerhuis::tests {

using namespace core;

namespace {

Fallacy fallacy(const char* id, int rule, const char* nl, const char* en) {
    return Fallacy{id, rule, {nl, en}, {std::string(nl) + ": uitleg", std::string(en) + ": explanation"}};
}

std::string describe(const Decision& decision) {
    return decision ? std::to_string(decision->size()) + " event(s)"
                    : "refused: " + std::string(to_string(decision.error().code));
}

}  // namespace

FallacyCatalog test_catalog() {
    FallacyCatalog catalog;
    for (int number = 1; number <= 10; ++number)
        catalog.rules.push_back(DiscussionRule{number, {"Regel " + std::to_string(number), "Rule " + std::to_string(number)},
                                               {"samenvatting", "summary"}});
    catalog.fallacies = {
        fallacy("ad_hominem", 1, "Op de man spelen", "Ad hominem"),
        fallacy("tu_quoque", 1, "Jij-bak", "Tu quoque"),
        fallacy("straw_man", 3, "Stropop", "Straw man"),
        fallacy("irrelevant_argument", 4, "Irrelevante argumentatie", "Irrelevant argument"),
        fallacy("slippery_slope", 7, "Hellend vlak", "Slippery slope"),
        fallacy("vagueness", 10, "Vaagheid", "Vagueness"),
    };
    return catalog;
}

SessionConfig test_config() {
    SessionConfig config;
    config.title = "Participatiekamer oefensessie";
    config.language = Language::nl;
    config.catalog = test_catalog();
    return config;
}

TestSession::TestSession(SessionConfig config) {
    accept({}, CreateSession{std::move(config), "Gespreksleider"});
}

TestSession::TestSession(Uncreated) {}

std::vector<Event> TestSession::accept(ParticipantId actor, CommandBody body) {
    const Decision decision = driver_.submit(actor, std::move(body), now_);
    INFO("actor " << actor.value << " at " << now_ << " ms: " << describe(decision));
    REQUIRE(decision.ok());
    return decision.value();
}

Refusal TestSession::refusal(ParticipantId actor, CommandBody body) {
    const Decision decision = driver_.submit(actor, std::move(body), now_);
    INFO("actor " << actor.value << " at " << now_ << " ms: " << describe(decision));
    REQUIRE(!decision.ok());
    return decision.error();
}

ParticipantId TestSession::join(const std::string& name, Role role) {
    return only_event<ParticipantJoined>(accept({}, Join{name, role})).participant;
}

ParticipantId TestSession::add_person(const std::string& name) {
    return only_event<ParticipantJoined>(lead(AddPerson{name, Role::participant})).participant;
}

StatementId TestSession::add_statement(const std::string& text) {
    return only_event<StatementAdded>(lead(AddStatement{text})).statement;
}

StatementId TestSession::open_statement(const std::string& text) {
    const StatementId id = add_statement(text);
    lead(OpenStatement{id});
    return id;
}

void TestSession::take_seat(ParticipantId who, Side side) { accept(who, TakeSeat{{}, side}); }

void TestSession::fix(PositionKind kind) { lead(FixPosition{kind}); }

std::vector<ParticipantId> TestSession::seated_room(const std::vector<Side>& sides) {
    open_statement();
    std::vector<ParticipantId> people;
    for (Side side : sides) {
        const ParticipantId who = join("Deelnemer " + std::to_string(++joined_));
        take_seat(who, side);
        people.push_back(who);
    }
    fix(PositionKind::opening);
    return people;
}

TurnId TestSession::give_floor(ParticipantId who, const std::string& override_reason) {
    const auto events = lead(GiveFloor{who, override_reason});
    REQUIRE(std::holds_alternative<TurnStarted>(events.back().body));
    return std::get<TurnStarted>(events.back().body).turn;
}

void TestSession::end_turn() { lead(EndTurn{}); }

ArgumentId TestSession::tag_argument(ArgumentKind kind, ArgumentId target, EvidenceKind evidence, TurnId turn) {
    const std::string text = std::string(to_string(kind)) + " argument " + std::to_string(state().arguments.size() + 1);
    return only_event<ArgumentTagged>(lead(TagArgument{turn, kind, target, evidence, text})).argument;
}

FallacyTagId TestSession::tag_fallacy(const std::string& fallacy, ArgumentId argument, TurnId turn) {
    return only_event<FallacyTagged>(lead(TagFallacy{turn, argument, fallacy, {}})).tag;
}

FlagId TestSession::flag(ParticipantId flagger, const std::string& fallacy, ArgumentId argument, TurnId turn) {
    return only_event<FallacyFlagged>(accept(flagger, FlagFallacy{{}, turn, argument, fallacy})).flag;
}

void TestSession::decide_flag(FlagId flag, FlagOutcome outcome) { lead(DecideFlag{flag, outcome}); }

void TestSession::appreciate(ParticipantId who, ArgumentId argument) { accept(who, Appreciate{{}, argument}); }

PollId TestSession::open_poll() { return only_event<PollOpened>(lead(OpenPoll{})).poll; }

void TestSession::cast_ballot(ParticipantId who, Side choice, PollId poll) {
    accept(who, CastBallot{{}, poll, choice});
}

Refusal expect_refused(SessionDriver& driver, ParticipantId actor, CommandBody body, ReasonCode code) {
    return expect_refused(driver, actor, std::move(body), code, driver.state().last_at_ms);
}

Refusal expect_refused(SessionDriver& driver, ParticipantId actor, CommandBody body, ReasonCode code, Millis now) {
    const std::string before = dump_state(driver.state());
    const auto log_before = driver.log();
    const Decision decision = driver.submit(actor, std::move(body), now);
    INFO("expected refusal " << to_string(code) << ", got " << describe(decision));
    REQUIRE(!decision.ok());
    CHECK(to_string(decision.error().code) == to_string(code));
    // Nothing changed: not the state, field by field, and not the log.
    CHECK(first_difference(before, dump_state(driver.state())) == "");
    REQUIRE(driver.log().size() == log_before.size());
    for (std::size_t i = 0; i < log_before.size(); ++i) CHECK(dump_event(driver.log()[i]) == dump_event(log_before[i]));
    return decision.error();
}

}  // namespace lagerhuis::tests
