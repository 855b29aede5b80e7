// The pointers at the end of each feedback card, for small debates crafted to hold one
// pattern each: flags mostly right, never answering the previous speaker, running over
// time, a rule broken twice, a turn that moved someone; and the rule that picks one
// strength and one thing to work on.
#include <catch2/catch.hpp>

#include <algorithm>

#include "core/scoreboard.hpp"
#include "report/feedback_pointers.hpp"
#include "tests/core/session_fixture.hpp"
#include "tests/report/report_fixture.hpp"

namespace lagerhuis::tests {
namespace {

using core::ArgumentKind;
using core::EvidenceKind;
using core::ParticipantId;
using core::Side;
using report::PointerKind;

// The session's end as the report reads it, kept alive for the context's references.
struct Reading {
    explicit Reading(const TestSession& session, core::Language language = core::Language::nl)
        : state(session.state()),
          board(core::build_scoreboard(state)),
          context(state, board, shipped_session_assets().messages, language) {}

    const core::PersonReport& person(ParticipantId id) const { return *context.person(id); }
    std::vector<report::FeedbackPointer> chosen(ParticipantId id) const { return report::feedback_pointers(context, person(id)); }
    std::vector<std::string> keys(ParticipantId id) const {
        std::vector<std::string> keys;
        for (const auto& pointer : chosen(id)) keys.push_back(pointer.key);
        return keys;
    }
    std::vector<std::string> texts(ParticipantId id) const {
        std::vector<std::string> texts;
        for (const auto& pointer : chosen(id)) texts.push_back(report::pointer_text(context, pointer));
        return texts;
    }
    bool holds(ParticipantId id, const std::string& key) const {
        const auto all = report::all_feedback_pointers(context, person(id));
        return std::any_of(all.begin(), all.end(), [&](const auto& pointer) { return pointer.key == key; });
    }

    core::State state;
    core::Scoreboard board;
    report::ReportContext context;
};

// A turn with one argument of `kind` on `target`, and the clock run for `spoken_ms`.
core::ArgumentId speak(TestSession& s, ParticipantId who, ArgumentKind kind, core::ArgumentId target = {},
                       core::Millis spoken_ms = 30'000, EvidenceKind evidence = EvidenceKind::fact) {
    s.give_floor(who);
    const auto argument = s.tag_argument(kind, target, evidence);
    s.wait(spoken_ms);
    s.end_turn();
    s.wait(1'000);
    return argument;
}

}  // namespace

TEST_CASE("two of three flags right: the flagger hears it, and that they never spoke", "[report][pointers]") {
    TestSession s;
    const auto room = s.seated_room({Side::voor, Side::tegen, Side::twijfel});
    const ParticipantId speaker = room[0], flagger = room[2];
    s.give_floor(speaker);
    const auto argument = s.tag_argument(ArgumentKind::pro);
    const auto outcomes = {core::FlagOutcome::confirmed, core::FlagOutcome::dismissed, core::FlagOutcome::confirmed};
    const char* fallacies[] = {"ad_hominem", "straw_man", "slippery_slope"};
    int i = 0;
    for (auto outcome : outcomes) {
        s.wait(20'000);  // four flags a minute at most
        s.decide_flag(s.flag(flagger, fallacies[i++], argument), outcome);
    }
    s.end_turn();

    const Reading reading(s);
    CHECK(reading.keys(flagger) == std::vector<std::string>{"feedback.flags_right_most", "feedback.silent"});
    CHECK(reading.texts(flagger).front() == "2 van je 3 meldingen waren raak: je ziet drogredenen goed.");
    const Reading english(s, core::Language::en);
    CHECK(english.texts(flagger).front() == "2 of your 3 flags were right: you spot fallacies well.");
}

TEST_CASE("one flag, right or wrong, is spoken of in the singular", "[report][pointers]") {
    TestSession s;
    const auto room = s.seated_room({Side::voor, Side::tegen});
    s.give_floor(room[0]);
    const auto argument = s.tag_argument(ArgumentKind::pro);
    s.decide_flag(s.flag(room[1], "ad_hominem", argument), core::FlagOutcome::confirmed);
    s.end_turn();
    const Reading reading(s);
    CHECK(reading.texts(room[1]).front() == "Je melding was raak: je zag de drogreden.");
    // The speaker's drogreden was confirmed: they hear about rule 1, once.
    CHECK(reading.holds(room[0], "feedback.rule_once"));
    CHECK_FALSE(reading.holds(room[0], "feedback.rule_times"));
}

TEST_CASE("someone who never answers the previous speaker is told so; who always does hears that", "[report][pointers]") {
    TestSession s;
    const auto room = s.seated_room({Side::voor, Side::tegen, Side::voor, Side::tegen});
    const ParticipantId loner = room[0], answerer = room[1];
    // The loner only ever argues for the statement itself, never on what was just said.
    auto last = speak(s, loner, ArgumentKind::pro);
    last = speak(s, answerer, ArgumentKind::rebuttal, last);
    last = speak(s, room[2], ArgumentKind::rebuttal, last);
    last = speak(s, room[3], ArgumentKind::contra);
    last = speak(s, loner, ArgumentKind::pro);
    speak(s, answerer, ArgumentKind::rebuttal, last);

    const Reading reading(s);
    // The loner's first turn opened the debate: one chance to reply, after room[3].
    CHECK(reading.holds(loner, "feedback.no_reply_single"));
    CHECK(reading.holds(answerer, "feedback.replied_always"));
    CHECK_FALSE(reading.holds(answerer, "feedback.no_reply_single"));
    CHECK_FALSE(reading.holds(answerer, "feedback.no_reply_never"));

    // Two more chances, both passed by: "never".
    speak(s, room[2], ArgumentKind::pro);
    speak(s, loner, ArgumentKind::contra);
    const Reading later(s);
    CHECK(later.holds(loner, "feedback.no_reply_never"));
    const auto all = report::all_feedback_pointers(later.context, later.person(loner));
    const auto never = std::find_if(all.begin(), all.end(), [](const auto& p) { return p.key == "feedback.no_reply_never"; });
    REQUIRE(never != all.end());
    CHECK(report::pointer_text(later.context, *never).starts_with("Je reageerde nooit op de vorige spreker."));
}

TEST_CASE("running over the speaking time in most turns is the tip; keeping to it a strength", "[report][pointers]") {
    TestSession s;
    const auto room = s.seated_room({Side::voor, Side::tegen, Side::voor, Side::tegen});
    const ParticipantId long_winded = room[0], brief = room[1];
    auto last = speak(s, long_winded, ArgumentKind::pro, {}, 95'000);
    last = speak(s, brief, ArgumentKind::rebuttal, last, 40'000);
    speak(s, room[2], ArgumentKind::pro, {}, 40'000);
    last = speak(s, room[3], ArgumentKind::contra, {}, 40'000);
    speak(s, long_winded, ArgumentKind::rebuttal, last, 70'000);

    const Reading reading(s);
    CHECK(reading.holds(long_winded, "feedback.over_all"));
    CHECK(reading.holds(brief, "feedback.on_time_single"));
    const auto all = report::all_feedback_pointers(reading.context, reading.person(long_winded));
    const auto over = std::find_if(all.begin(), all.end(), [](const auto& p) { return p.key == "feedback.over_all"; });
    REQUIRE(over != all.end());
    CHECK(report::pointer_text(reading.context, *over) ==
          "In al je 2 beurten sprak je langer dan je spreektijd van 1:00: kom eerder tot je punt.");
}

TEST_CASE("the rule broken most often is named, with its summary and a drogreden as example", "[report][pointers]") {
    TestSession s;
    const auto room = s.seated_room({Side::voor, Side::tegen, Side::voor, Side::tegen});
    const ParticipantId offender = room[0];
    s.give_floor(offender);
    s.tag_fallacy("ad_hominem", s.tag_argument(ArgumentKind::pro));
    s.end_turn();
    speak(s, room[1], ArgumentKind::contra);
    speak(s, room[2], ArgumentKind::pro);
    s.give_floor(offender);
    s.tag_fallacy("tu_quoque", s.tag_argument(ArgumentKind::pro));
    s.tag_fallacy("vagueness", s.tag_argument(ArgumentKind::support, core::ArgumentId{1}));
    s.end_turn();

    const Reading reading(s);
    const auto chosen = reading.chosen(offender);
    REQUIRE(chosen.size() == 2);
    CHECK(chosen[1].key == "feedback.rule_times");
    CHECK(report::pointer_text(reading.context, chosen[1]) ==
          "Let op de Regel 1 (regel 1): samenvatting Bij jou ging dat 2 keer mis, onder meer met ‘Op de man spelen’.");
}

TEST_CASE("a turn after which someone crossed to the speaker's side is the first strength", "[report][pointers]") {
    TestSession s;
    const auto room = s.seated_room({Side::voor, Side::tegen, Side::twijfel, Side::tegen});
    const ParticipantId persuader = room[0], persuaded = room[2];
    s.give_floor(persuader);
    s.tag_argument(ArgumentKind::pro, {}, EvidenceKind::fact);
    s.end_turn();
    s.take_seat(persuaded, Side::voor);
    // Crossing away from the side a turn argued for is not that turn's doing.
    s.give_floor(room[1]);
    s.tag_argument(ArgumentKind::contra);
    s.end_turn();
    s.take_seat(room[3], Side::voor);

    const Reading reading(s);
    REQUIRE(!reading.chosen(persuader).empty());
    CHECK(reading.chosen(persuader).front().key == "feedback.moved_one");
    CHECK(reading.texts(persuader).front() ==
          "Na je beurt 1 stak " + reading.context.name_of(persuaded) + " over naar jouw kant: je argument bracht iemand in beweging.");
    CHECK_FALSE(reading.holds(room[1], "feedback.moved_one"));
    // The one who crossed is asked what convinced them.
    CHECK(reading.holds(persuaded, "feedback.crossed"));
}

TEST_CASE("a card gets one strength and one thing to work on, or the first two of one kind", "[report][pointers]") {
    TestSession s;
    const auto room = s.seated_room({Side::voor, Side::tegen, Side::twijfel});
    const ParticipantId quiet = room[2];
    speak(s, room[0], ArgumentKind::pro);
    speak(s, room[1], ArgumentKind::contra);

    const Reading reading(s);
    for (const auto& person : reading.board.participants) {
        if (person.role != core::Role::participant) continue;
        INFO(person.name);
        const auto chosen = reading.chosen(person.id);
        const auto all = report::all_feedback_pointers(reading.context, person);
        REQUIRE(!chosen.empty());
        CHECK(chosen.size() <= 2);
        const auto first_of = [&](PointerKind kind) {
            return std::find_if(all.begin(), all.end(), [&](const auto& p) { return p.kind == kind; });
        };
        const auto strength = first_of(PointerKind::strength);
        const auto tip = first_of(PointerKind::work_on);
        if (strength != all.end() && tip != all.end()) {
            REQUIRE(chosen.size() == 2);
            CHECK(chosen[0].key == strength->key);
            CHECK(chosen[1].key == tip->key);
        } else {
            CHECK(chosen[0].key == all[0].key);
            if (all.size() > 1) CHECK(chosen[1].key == all[1].key);
        }
    }
    // Nothing went well for someone who did nothing: two things to work on.
    CHECK(reading.keys(quiet) == std::vector<std::string>{"feedback.silent", "feedback.appreciate_others"});
}

TEST_CASE("every pointer the demo debate gives has a text in both languages", "[report][pointers]") {
    const auto& demo = scored_demo();
    const auto& messages = shipped_session_assets().messages;
    for (const auto language : {core::Language::nl, core::Language::en}) {
        const report::ReportContext context(demo.state, demo.board, messages, language);
        for (const auto& person : demo.board.participants)
            for (const auto& pointer : report::all_feedback_pointers(context, person)) {
                INFO(pointer.key);
                CHECK(messages.find(pointer.key, language) != nullptr);
                const std::string text = report::pointer_text(context, pointer);
                CHECK(text.find('{') == std::string::npos);
            }
    }
}

}  // namespace lagerhuis::tests
