// Every reason code the engine can refuse with, each produced by a real scenario: the
// command is refused with exactly that code, with the parameters the message catalog
// expects, and nothing changes (state field by field, log). The switch below has no
// default, so a new ReasonCode does not compile cleanly (-Wswitch) until it has a
// scenario here, and the test fails for any code that has none.
#include <catch2/catch.hpp>

#include <fstream>
#include <functional>
#include <optional>
#include <set>
#include <sstream>
#include <string>

#include "core/message_catalog.hpp"
#include "tests/core/reason_params.hpp"
#include "tests/core/session_fixture.hpp"

using namespace lagerhuis::core;
using lagerhuis::tests::expect_refused;
using lagerhuis::tests::test_config;
using lagerhuis::tests::TestSession;

namespace {

using lagerhuis::tests::lead_id;

// A session brought to the point where `command`, sent by `actor`, must be refused.
struct Attempt {
    TestSession session;
    ParticipantId actor;
    CommandBody command;
};

struct Scenario {
    const char* story;
    std::function<Attempt()> build;
};

// Two participants seated voor and tegen after the opening position, the first of them
// speaking.
struct Floor {
    TestSession session;
    ParticipantId voor;
    ParticipantId tegen;
    TurnId turn;
};
Floor floor_with_speaker() {
    Floor floor;
    const auto people = floor.session.seated_room({Side::voor, Side::tegen});
    floor.voor = people[0];
    floor.tegen = people[1];
    floor.turn = floor.session.give_floor(floor.voor);
    return floor;
}

TagArgument tag(ArgumentKind kind, ArgumentId target = {}, TurnId turn = {}) {
    return TagArgument{turn, kind, target, EvidenceKind::none, "Het kost te veel"};
}

std::optional<Scenario> scenario_for(ReasonCode code) {
    using enum ReasonCode;
    switch (code) {
        case session_not_created:
            return Scenario{"a statement added before the session exists", [] {
                return Attempt{TestSession(TestSession::Uncreated{}), lead_id, AddStatement{"Stelling"}};
            }};
        case session_already_created:
            return Scenario{"a second CreateSession", [] {
                return Attempt{TestSession(), {}, CreateSession{test_config(), "Tweede leider"}};
            }};
        case not_permitted:
            return Scenario{"a participant adds a statement", [] {
                TestSession s;
                const auto anna = s.join("Anna");
                return Attempt{std::move(s), anna, AddStatement{"Stelling"}};
            }};
        case unknown_participant:
            return Scenario{"an actor id nobody has", [] {
                return Attempt{TestSession(), ParticipantId{42}, AddStatement{"Stelling"}};
            }};
        case participant_removed:
            return Scenario{"a removed participant takes a seat", [] {
                TestSession s;
                s.open_statement();
                const auto anna = s.join("Anna");
                s.lead(RemoveParticipant{anna});
                return Attempt{std::move(s), anna, TakeSeat{{}, Side::voor}};
            }};
        case room_locked:
            return Scenario{"joining a locked room", [] {
                TestSession s;
                s.lead(LockRoom{true});
                return Attempt{std::move(s), {}, Join{"Laatkomer", Role::participant}};
            }};
        case name_empty:
            return Scenario{"joining with a blank name", [] {
                return Attempt{TestSession(), {}, Join{" \t ", Role::participant}};
            }};
        case name_too_long:
            return Scenario{"joining with a 41-character name", [] {
                return Attempt{TestSession(), {}, Join{std::string(max_name_length + 1, 'a'), Role::participant}};
            }};
        case name_taken:
            return Scenario{"joining as someone present, spelled differently", [] {
                TestSession s;
                s.join("Anna de Vries");
                return Attempt{std::move(s), {}, Join{" anna de vries", Role::participant}};
            }};
        case text_empty:
            return Scenario{"a blank statement", [] { return Attempt{TestSession(), lead_id, AddStatement{"  "}}; }};
        case text_too_long:
            return Scenario{"a statement of 281 characters", [] {
                return Attempt{TestSession(), lead_id, AddStatement{std::string(max_text_length + 1, 'x')}};
            }};
        case invalid_role:
            return Scenario{"joining as facilitator", [] {
                return Attempt{TestSession(), {}, Join{"Tweede leider", Role::facilitator}};
            }};
        case invalid_config:
            return Scenario{"a configuration with a turn limit of 0", [] {
                auto config = test_config();
                config.rules.turns.turn_limit_ms = 0;
                return Attempt{TestSession(), lead_id, ChangeConfig{config}};
            }};
        case unknown_statement:
            return Scenario{"opening a statement that does not exist", [] {
                return Attempt{TestSession(), lead_id, OpenStatement{StatementId{9}}};
            }};
        case statement_closed:
            return Scenario{"reopening a closed statement", [] {
                TestSession s;
                const auto first = s.open_statement();
                s.lead(CloseStatement{});
                return Attempt{std::move(s), lead_id, OpenStatement{first}};
            }};
        case statement_already_active:
            return Scenario{"opening a second statement while one is open", [] {
                TestSession s;
                s.open_statement();
                const auto second = s.add_statement("Iedereen moet op de fiets");
                return Attempt{std::move(s), lead_id, OpenStatement{second}};
            }};
        case no_active_statement:
            return Scenario{"taking a seat with no statement open", [] {
                TestSession s;
                const auto anna = s.join("Anna");
                return Attempt{std::move(s), anna, TakeSeat{{}, Side::voor}};
            }};
        case position_already_fixed:
            return Scenario{"fixing the closing position twice", [] {
                TestSession s;
                s.seated_room({Side::voor});
                s.fix(PositionKind::closing);
                return Attempt{std::move(s), lead_id, FixPosition{PositionKind::closing}};
            }};
        case opening_in_use:
            return Scenario{"fixing the opening position again after someone spoke", [] {
                auto f = floor_with_speaker();
                return Attempt{std::move(f.session), lead_id, FixPosition{PositionKind::opening}};
            }};
        case opening_not_fixed:
            return Scenario{"fixing the closing position before the opening", [] {
                TestSession s;
                s.open_statement();
                return Attempt{std::move(s), lead_id, FixPosition{PositionKind::closing}};
            }};
        case already_seated:
            // Taking the seat one has is accepted and changes nothing; the engine names
            // this code only as the reason an undo is blocked (see produce()).
            return Scenario{"undoing a move of someone who sat down there again since", [] {
                TestSession s;
                s.open_statement();
                const auto opa = s.add_person("Opa");
                s.lead(TakeSeat{opa, Side::voor});
                s.lead(TakeSeat{opa, Side::tegen});   // the gespreksleider's move: undoable
                s.accept(opa, TakeSeat{{}, Side::voor});  // Opa's own move back
                return Attempt{std::move(s), lead_id, Undo{}};
            }};
        case hand_already_raised:
            return Scenario{"raising a raised hand", [] {
                TestSession s;
                const auto anna = s.seated_room({Side::voor})[0];
                s.accept(anna, RaiseHand{});
                return Attempt{std::move(s), anna, RaiseHand{}};
            }};
        case hand_not_raised:
            return Scenario{"lowering a hand that is down", [] {
                TestSession s;
                const auto anna = s.seated_room({Side::voor})[0];
                return Attempt{std::move(s), anna, LowerHand{}};
            }};
        case already_speaking:
            return Scenario{"giving the floor to the speaker", [] {
                auto f = floor_with_speaker();
                return Attempt{std::move(f.session), lead_id, GiveFloor{f.voor, {}}};
            }};
        case must_wait:
            return Scenario{"giving the floor back after one other spoke (K = 2), without a reason", [] {
                auto f = floor_with_speaker();
                f.session.give_floor(f.tegen);
                return Attempt{std::move(f.session), lead_id, GiveFloor{f.voor, {}}};
            }};
        case no_running_turn:
            return Scenario{"pausing when nobody speaks", [] {
                TestSession s;
                s.open_statement();
                return Attempt{std::move(s), lead_id, PauseTurn{}};
            }};
        case turn_already_paused:
            return Scenario{"pausing a paused turn", [] {
                auto f = floor_with_speaker();
                f.session.lead(PauseTurn{});
                return Attempt{std::move(f.session), lead_id, PauseTurn{}};
            }};
        case turn_not_paused:
            return Scenario{"resuming a running turn", [] {
                auto f = floor_with_speaker();
                return Attempt{std::move(f.session), lead_id, ResumeTurn{}};
            }};
        case unknown_turn:
            return Scenario{"tagging an argument in a turn that does not exist", [] {
                auto f = floor_with_speaker();
                return Attempt{std::move(f.session), lead_id, tag(ArgumentKind::pro, {}, TurnId{7})};
            }};
        case no_turn_yet:
            return Scenario{"tagging an argument before anyone spoke", [] {
                TestSession s;
                s.open_statement();
                return Attempt{std::move(s), lead_id, tag(ArgumentKind::pro)};
            }};
        case unknown_argument:
            return Scenario{"retracting an argument that does not exist", [] {
                auto f = floor_with_speaker();
                return Attempt{std::move(f.session), lead_id, RetractArgument{ArgumentId{9}}};
            }};
        case argument_retracted:
            return Scenario{"marking a retracted argument irrelevant", [] {
                auto f = floor_with_speaker();
                const auto a = f.session.tag_argument(ArgumentKind::pro);
                f.session.lead(RetractArgument{a});
                return Attempt{std::move(f.session), lead_id, SetRelevance{a, true}};
            }};
        case invalid_target:
            return Scenario{"a rebuttal of a question", [] {
                auto f = floor_with_speaker();
                const auto question = f.session.tag_argument(ArgumentKind::question);
                return Attempt{std::move(f.session), lead_id, tag(ArgumentKind::rebuttal, question)};
            }};
        case argument_has_replies:
            return Scenario{"retracting an argument that has a live reply", [] {
                auto f = floor_with_speaker();
                const auto a = f.session.tag_argument(ArgumentKind::pro);
                f.session.tag_argument(ArgumentKind::support, a);
                return Attempt{std::move(f.session), lead_id, RetractArgument{a}};
            }};
        case argument_not_in_turn:
            return Scenario{"a drogreden tagged on an argument of another turn", [] {
                auto f = floor_with_speaker();
                const auto a = f.session.tag_argument(ArgumentKind::pro);
                const auto second = f.session.give_floor(f.tegen);
                return Attempt{std::move(f.session), lead_id, TagFallacy{second, a, "ad_hominem", {}}};
            }};
        case not_an_argument:
            return Scenario{"appreciating a question", [] {
                auto f = floor_with_speaker();
                const auto question = f.session.tag_argument(ArgumentKind::question);
                return Attempt{std::move(f.session), f.tegen, Appreciate{{}, question}};
            }};
        case unknown_fallacy:
            return Scenario{"flagging a drogreden the catalog does not have", [] {
                auto f = floor_with_speaker();
                return Attempt{std::move(f.session), f.tegen, FlagFallacy{{}, {}, {}, "red_herring"}};
            }};
        case cannot_flag_own_turn:
            return Scenario{"the speaker flags their own turn", [] {
                auto f = floor_with_speaker();
                return Attempt{std::move(f.session), f.voor, FlagFallacy{{}, {}, {}, "ad_hominem"}};
            }};
        case already_flagged:
            return Scenario{"the same flag twice", [] {
                auto f = floor_with_speaker();
                f.session.flag(f.tegen, "ad_hominem");
                return Attempt{std::move(f.session), f.tegen, FlagFallacy{{}, {}, {}, "ad_hominem"}};
            }};
        case flag_rate_limited:
            return Scenario{"a fifth flag within a minute (limit 4)", [] {
                auto f = floor_with_speaker();
                for (const char* fallacy : {"ad_hominem", "tu_quoque", "straw_man", "slippery_slope"}) {
                    f.session.wait(1'000);
                    f.session.flag(f.tegen, fallacy);
                }
                return Attempt{std::move(f.session), f.tegen, FlagFallacy{{}, {}, {}, "vagueness"}};
            }};
        case unknown_flag:
            return Scenario{"deciding a flag that does not exist", [] {
                auto f = floor_with_speaker();
                return Attempt{std::move(f.session), lead_id, DecideFlag{FlagId{9}, FlagOutcome::confirmed}};
            }};
        case flag_already_decided:
            return Scenario{"deciding a flag twice", [] {
                auto f = floor_with_speaker();
                const auto flag = f.session.flag(f.tegen, "ad_hominem");
                f.session.decide_flag(flag, FlagOutcome::confirmed);
                return Attempt{std::move(f.session), lead_id, DecideFlag{flag, FlagOutcome::dismissed}};
            }};
        case invalid_outcome:
            return Scenario{"deciding a flag as pending", [] {
                auto f = floor_with_speaker();
                const auto flag = f.session.flag(f.tegen, "ad_hominem");
                return Attempt{std::move(f.session), lead_id, DecideFlag{flag, FlagOutcome::pending}};
            }};
        case unknown_fallacy_tag:
            return Scenario{"retracting a drogreden tag that does not exist", [] {
                auto f = floor_with_speaker();
                return Attempt{std::move(f.session), lead_id, RetractFallacyTag{FallacyTagId{3}}};
            }};
        case already_retracted:
            return Scenario{"retracting an argument twice", [] {
                auto f = floor_with_speaker();
                const auto a = f.session.tag_argument(ArgumentKind::pro);
                f.session.lead(RetractArgument{a});
                return Attempt{std::move(f.session), lead_id, RetractArgument{a}};
            }};
        case cannot_appreciate_own_argument:
            return Scenario{"the speaker appreciates their own argument", [] {
                auto f = floor_with_speaker();
                const auto a = f.session.tag_argument(ArgumentKind::pro);
                return Attempt{std::move(f.session), f.voor, Appreciate{{}, a}};
            }};
        case already_appreciated:
            return Scenario{"appreciating an argument twice", [] {
                auto f = floor_with_speaker();
                const auto a = f.session.tag_argument(ArgumentKind::pro);
                f.session.appreciate(f.tegen, a);
                return Attempt{std::move(f.session), f.tegen, Appreciate{{}, a}};
            }};
        case not_appreciated:
            return Scenario{"withdrawing a mark one never gave", [] {
                auto f = floor_with_speaker();
                const auto a = f.session.tag_argument(ArgumentKind::pro);
                return Attempt{std::move(f.session), f.tegen, WithdrawAppreciation{{}, a}};
            }};
        case poll_already_open:
            return Scenario{"opening a second poll", [] {
                TestSession s;
                s.open_statement();
                s.open_poll();
                return Attempt{std::move(s), lead_id, OpenPoll{}};
            }};
        case no_open_poll:
            return Scenario{"closing a poll when none is open", [] {
                TestSession s;
                s.open_statement();
                return Attempt{std::move(s), lead_id, ClosePoll{}};
            }};
        case poll_closed:
            return Scenario{"a ballot for a poll that has closed", [] {
                TestSession s;
                const auto anna = s.seated_room({Side::voor})[0];
                const auto poll = s.open_poll();
                s.lead(ClosePoll{});
                return Attempt{std::move(s), anna, CastBallot{{}, poll, Side::tegen}};
            }};
        case already_voted:
            return Scenario{"a second ballot when ballots are not changeable", [] {
                auto config = test_config();
                config.rules.ballots_changeable = false;
                TestSession s(config);
                const auto anna = s.seated_room({Side::voor})[0];
                s.open_poll();
                s.cast_ballot(anna, Side::voor);
                return Attempt{std::move(s), anna, CastBallot{{}, {}, Side::tegen}};
            }};
        case nothing_changed:
            return Scenario{"unlocking a room that is not locked", [] {
                return Attempt{TestSession(), lead_id, LockRoom{false}};
            }};
        case nothing_to_undo:
            return Scenario{"undo with nothing done", [] { return Attempt{TestSession(), lead_id, Undo{}}; }};
        case undo_blocked:
            return Scenario{"undoing a rename after someone else took the old name", [] {
                TestSession s;
                const auto anna = s.join("Anna");
                s.lead(RenameParticipant{anna, "Anneke"});
                s.join("Anna");
                return Attempt{std::move(s), lead_id, Undo{}};
            }};
    }
    return std::nullopt;
}

std::set<std::string> param_names(const std::vector<std::pair<std::string, std::string>>& params) {
    std::set<std::string> names;
    for (const auto& [name, value] : params) names.insert(name);
    return names;
}

// The refusal each code's scenario produces (REQUIREs that it has one).
Refusal produce(ReasonCode code) {
    const auto scenario = scenario_for(code);
    INFO("no scenario produces reason code " << to_string(code) << ": add one to scenario_for()");
    REQUIRE(scenario.has_value());
    INFO("scenario: " << scenario->story);
    Attempt attempt = scenario->build();
    if (code == ReasonCode::already_seated) {
        // Only ever the cause of a blocked undo: that refusal names it, without the
        // parameters a text of its own would take, so the example's stand in for them.
        const Refusal blocked =
            expect_refused(attempt.session.driver(), attempt.actor, std::move(attempt.command), ReasonCode::undo_blocked);
        CHECK(blocked.param("because") == to_string(code));
        Refusal cause{code};
        cause.params = lagerhuis::tests::example_params(code);
        return cause;
    }
    return expect_refused(attempt.session.driver(), attempt.actor, std::move(attempt.command), code);
}

const MessageCatalog& shipped_messages() {
    static const MessageCatalog catalog = [] {
        const std::string path = LAGERHUIS_TEST_DATA_DIR "/../../assets/messages.ini";
        std::ifstream file(path, std::ios::binary);
        INFO("reading " << path);
        REQUIRE(file.good());
        std::ostringstream text;
        text << file.rdbuf();
        auto parsed = parse_message_catalog(text.str(), "messages.ini");
        INFO((parsed ? std::string() : parsed.error().message()));
        REQUIRE(parsed.ok());
        return std::move(parsed).value();
    }();
    return catalog;
}

}  // namespace

TEST_CASE("every reason code is produced by a scenario that changes nothing", "[rules][refusal]") {
    const auto index = GENERATE(range(std::size_t{0}, reason_code_count));
    const auto code = static_cast<ReasonCode>(index);
    INFO("reason code " << to_string(code));
    const Refusal refusal = produce(code);
    CHECK(refusal.code == code);
    // The engine fills exactly the parameters the message texts are written for.
    CHECK(param_names(refusal.params) == param_names(lagerhuis::tests::example_params(code)));
    for (const auto& [name, value] : refusal.params) CHECK_FALSE(value.empty());
}

TEST_CASE("every produced refusal reads as a sentence in Dutch and English", "[rules][refusal]") {
    const auto index = GENERATE(range(std::size_t{0}, reason_code_count));
    const auto code = static_cast<ReasonCode>(index);
    const Refusal refusal = produce(code);
    for (const auto language : {Language::nl, Language::en}) {
        const std::string text = shipped_messages().render(refusal, language);
        INFO(to_string(code) << " in " << to_string(language) << ": " << text);
        CHECK_FALSE(text.empty());
        CHECK(text != to_string(code));
        CHECK(text.find('{') == std::string::npos);
    }
}
