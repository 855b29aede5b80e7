// Scoring the argumentation: the base score τ and its terms, DF-QuAD strength σ and the
// statement's verdict, the measures per side and participant (flags, missed
// drogredenen, violations per rule). Expected numbers are worked out here from the
// weights and the formulas in domain.md, not taken from the engine.
#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "core/scoreboard.hpp"
#include "tests/core/dfquad_oracle.hpp"
#include "tests/core/session_fixture.hpp"
#include "tests/core/state_dump.hpp"

using namespace lagerhuis::core;
using lagerhuis::tests::kept_vs_recomputed;
using lagerhuis::tests::probabilistic_sum;
using lagerhuis::tests::sigma;
using lagerhuis::tests::test_config;
using lagerhuis::tests::TestSession;

namespace {

const ScoringWeights w{};  // the defaults test_config() uses

struct Debate {
    TestSession session;
    std::vector<ParticipantId> people;  // voor, tegen, twijfel, tegen
    TurnId turn;                        // the voor speaker's
    double base(ArgumentId id) const { return session.state().argument(id)->base; }
};
Debate debate(SessionConfig config = test_config()) {
    Debate d{TestSession(std::move(config)), {}, {}};
    d.people = d.session.seated_room({Side::voor, Side::tegen, Side::twijfel, Side::tegen});
    d.turn = d.session.give_floor(d.people[0]);
    return d;
}


std::vector<std::string> rules_of(const Explained& number) {
    std::vector<std::string> rules;
    for (const auto& term : number.terms) rules.push_back(term.rule);
    return rules;
}
const ScoreTerm* term(const Explained& number, const std::string& rule) {
    for (const auto& t : number.terms)
        if (t.rule == rule) return &t;
    return nullptr;
}
int per_rule(const std::vector<RuleCount>& counts, int rule) {
    for (const auto& count : counts)
        if (count.rule == rule) return count.count;
    return -1;
}
const SideReport& side_report(const Scoreboard& board, Side side) {
    return *std::find_if(board.sides.begin(), board.sides.end(), [&](auto& s) { return s.side == side; });
}

}  // namespace

TEST_CASE("evidence raises the base score; an appeal to values counts with a smaller weight", "[rules][scoring]") {
    auto d = debate();
    for (const auto evidence : {EvidenceKind::none, EvidenceKind::example, EvidenceKind::fact, EvidenceKind::expert,
                                EvidenceKind::experience, EvidenceKind::value}) {
        INFO(to_string(evidence));
        const auto a = d.session.tag_argument(ArgumentKind::pro, {}, evidence);
        CHECK(d.base(a) == Approx(w.neutral + w.evidence(evidence)));
        const auto report = build_scoreboard(d.session.state()).arguments[a.value - 1];
        if (evidence == EvidenceKind::none) {
            CHECK(rules_of(report.base) == std::vector<std::string>{"neutral"});
        } else {
            REQUIRE(term(report.base, "evidence"));
            CHECK(term(report.base, "evidence")->params.front().second == to_string(evidence));
        }
    }
    CHECK(w.evidence(EvidenceKind::value) > 0.0);
    CHECK(w.evidence(EvidenceKind::value) < w.evidence(EvidenceKind::fact));
}

TEST_CASE("a confirmed drogreden counts once per distinct drogreden, even if tagged and flagged", "[rules][scoring]") {
    auto d = debate();
    auto& s = d.session;
    const auto a = s.tag_argument(ArgumentKind::pro);
    const auto tag_on_argument = s.tag_fallacy("ad_hominem", a);
    CHECK(d.base(a) == Approx(w.neutral + w.confirmed_fallacy));
    const auto flag = s.flag(d.people[1], "ad_hominem", a);
    CHECK(d.base(a) == Approx(w.neutral + w.confirmed_fallacy + w.pending_flag));
    s.decide_flag(flag, FlagOutcome::confirmed);
    CHECK(d.base(a) == Approx(w.neutral + w.confirmed_fallacy));
    const auto tag_on_turn = s.tag_fallacy("ad_hominem");
    CHECK(d.base(a) == Approx(w.neutral + w.confirmed_fallacy));
    s.tag_fallacy("straw_man");
    CHECK(d.base(a) == Approx(w.neutral + 2 * w.confirmed_fallacy));

    // The report lists one term per drogreden, with every tag and flag that made it.
    const auto report = build_scoreboard(s.state()).arguments[a.value - 1];
    const auto* ad_hominem = term(report.base, "confirmed_fallacy");
    REQUIRE(ad_hominem);
    CHECK(ad_hominem->params == std::vector<std::pair<std::string, std::string>>{{"fallacy", "ad_hominem"}});
    CHECK(ad_hominem->events.size() == 3);
    const auto rules = rules_of(report.base);
    CHECK(std::count(rules.begin(), rules.end(), "confirmed_fallacy") == 2);

    // Retracting the tags leaves the confirmed flag; a dismissed flag costs nothing.
    s.lead(RetractFallacyTag{tag_on_argument});
    s.lead(RetractFallacyTag{tag_on_turn});
    CHECK(d.base(a) == Approx(w.neutral + 2 * w.confirmed_fallacy));
    const auto dismissed = s.flag(d.people[3], "tu_quoque", a);
    s.decide_flag(dismissed, FlagOutcome::dismissed);
    CHECK(d.base(a) == Approx(w.neutral + 2 * w.confirmed_fallacy));
    CHECK(kept_vs_recomputed(s.state()) == "");
}

TEST_CASE("pending flags lower the score a little, up to a cap", "[rules][scoring]") {
    auto d = debate();
    auto& s = d.session;
    const auto a = s.tag_argument(ArgumentKind::pro);
    const auto b = s.tag_argument(ArgumentKind::pro);
    const std::vector<ParticipantId> flaggers{d.people[1], d.people[2], d.people[3]};
    std::vector<FlagId> flags;
    int count = 0;
    for (const char* fallacy : {"vagueness", "straw_man"}) {
        for (const auto who : flaggers) {
            flags.push_back(s.flag(who, fallacy, a));
            ++count;
            INFO(count << " pending flag(s)");
            CHECK(d.base(a) == Approx(w.neutral + std::max(count * w.pending_flag, w.pending_flag_cap)));
        }
    }
    CHECK(w.neutral + 6 * w.pending_flag < w.neutral + w.pending_flag_cap);  // the cap did bite
    CHECK(d.base(b) == w.neutral);
    const auto report = build_scoreboard(s.state()).arguments[a.value - 1];
    const auto* pending = term(report.base, "pending_flags");
    REQUIRE(pending);
    CHECK(pending->events.size() == 6);

    // Deciding takes flags out of the pending count.
    s.decide_flag(flags[0], FlagOutcome::dismissed);
    s.decide_flag(flags[1], FlagOutcome::dismissed);
    CHECK(d.base(a) == Approx(w.neutral + 4 * w.pending_flag));
    // A flag on the whole turn weighs on every argument of the turn.
    s.flag(d.people[1], "ad_hominem");
    CHECK(d.base(b) == Approx(w.neutral + w.pending_flag));
    const auto later = s.tag_argument(ArgumentKind::contra);
    CHECK(d.base(later) == Approx(w.neutral + w.pending_flag));
    CHECK(kept_vs_recomputed(s.state()) == "");
}

TEST_CASE("appreciation raises the score a little, up to a cap", "[rules][scoring]") {
    auto config = test_config();
    config.weights.appreciation = 0.1;
    config.weights.appreciation_cap = 0.25;
    auto d = debate(config);
    const auto a = d.session.tag_argument(ArgumentKind::pro);
    d.session.appreciate(d.people[1], a);
    CHECK(d.base(a) == Approx(0.6));
    d.session.appreciate(d.people[2], a);
    CHECK(d.base(a) == Approx(0.7));
    d.session.appreciate(d.people[3], a);
    CHECK(d.base(a) == Approx(0.75));
    CHECK(build_scoreboard(d.session.state()).participants[d.people[0].value - 1].appreciations_received == 3);
}

TEST_CASE("an argument marked irrelevant loses clearly", "[rules][scoring]") {
    auto d = debate();
    const auto a = d.session.tag_argument(ArgumentKind::pro, {}, EvidenceKind::fact);
    d.session.lead(SetRelevance{a, true});
    CHECK(d.base(a) == Approx(w.neutral + w.evidence_fact + w.irrelevant));
    const auto report = build_scoreboard(d.session.state()).arguments[a.value - 1];
    const auto* irrelevant = term(report.base, "irrelevant");
    REQUIRE(irrelevant);
    CHECK(irrelevant->events == std::vector<Seq>{d.session.log().back().seq});
}

TEST_CASE("running far over time costs a little, once the turn has ended", "[rules][scoring]") {
    const Millis limit = test_config().rules.turns.turn_limit_ms;
    const auto far = static_cast<Millis>(w.far_overtime_ratio * static_cast<double>(limit));
    auto d = debate();
    auto& s = d.session;
    const auto a = s.tag_argument(ArgumentKind::pro);
    s.wait(far);
    s.end_turn();
    CHECK(d.base(a) == w.neutral);  // exactly at the threshold: not yet "far"

    s.give_floor(d.people[1]);
    const auto b = s.tag_argument(ArgumentKind::contra);
    s.wait(far + 1);
    CHECK(d.base(b) == w.neutral);  // still speaking
    s.end_turn();
    CHECK(d.base(b) == Approx(w.neutral + w.far_overtime));

    // Paused time is not speaking time.
    s.give_floor(d.people[2]);
    const auto c = s.tag_argument(ArgumentKind::pro);
    s.wait(limit);
    s.lead(PauseTurn{});
    s.wait(far);
    s.lead(ResumeTurn{});
    s.end_turn();
    CHECK(d.base(c) == w.neutral);
    CHECK(kept_vs_recomputed(s.state()) == "");
}

TEST_CASE("the base score stays between 0 and 1", "[rules][scoring]") {
    SECTION("below") {
        auto d = debate();
        const auto a = d.session.tag_argument(ArgumentKind::pro);
        d.session.lead(SetRelevance{a, true});
        d.session.tag_fallacy("ad_hominem", a);
        d.session.tag_fallacy("vagueness", a);
        CHECK(d.base(a) == 0.0);
        const auto report = build_scoreboard(d.session.state()).arguments[a.value - 1];
        REQUIRE(term(report.base, "clamped"));
        CHECK(term(report.base, "clamped")->delta > 0.0);
    }
    SECTION("above") {
        auto config = test_config();
        config.weights.neutral = 0.95;
        auto d = debate(config);
        const auto a = d.session.tag_argument(ArgumentKind::pro, {}, EvidenceKind::expert);
        CHECK(d.base(a) == 1.0);
    }
}

TEST_CASE("the statement's verdict is above 0.5 with only pro arguments and below with only contra",
          "[rules][scoring]") {
    const auto kind = GENERATE(ArgumentKind::pro, ArgumentKind::contra);
    auto d = debate();
    d.session.tag_argument(kind, {}, EvidenceKind::fact);
    d.session.tag_argument(kind);
    const double strong = w.neutral + w.evidence_fact;
    const std::vector<double> roots{strong, w.neutral};
    const double expected = kind == ArgumentKind::pro ? sigma(0.5, {}, roots) : sigma(0.5, roots, {});
    const auto& statement = d.session.state().statements.front();
    CHECK(statement.strength == Approx(expected));
    const auto report = build_scoreboard(d.session.state()).statements.front();
    if (kind == ArgumentKind::pro) {
        CHECK(statement.strength > 0.5);
        CHECK(report.verdict == Side::voor);
    } else {
        CHECK(statement.strength < 0.5);
        CHECK(report.verdict == Side::tegen);
    }
    CHECK(report.strength.value == statement.strength);
}

TEST_CASE("equal pro and contra leave the verdict level", "[rules][scoring]") {
    auto d = debate();
    d.session.tag_argument(ArgumentKind::pro, {}, EvidenceKind::example);
    d.session.tag_argument(ArgumentKind::contra, {}, EvidenceKind::example);
    CHECK(d.session.state().statements.front().strength == 0.5);
    CHECK(build_scoreboard(d.session.state()).statements.front().verdict == Side::twijfel);
}

TEST_CASE("strength follows DF-QuAD down the graph", "[rules][scoring]") {
    auto d = debate();
    auto& s = d.session;
    const auto pro = s.tag_argument(ArgumentKind::pro, {}, EvidenceKind::fact);          // τ .65
    const auto rebuttal = s.tag_argument(ArgumentKind::rebuttal, pro, EvidenceKind::example);  // τ .6
    const auto support = s.tag_argument(ArgumentKind::support, pro);                     // τ .5
    const auto counter = s.tag_argument(ArgumentKind::rebuttal, rebuttal, EvidenceKind::value);  // τ .55
    const auto question = s.tag_argument(ArgumentKind::question, pro);                   // not in the graph
    const State& state = s.state();
    const double counter_sigma = 0.55;
    const double rebuttal_sigma = sigma(0.6, {counter_sigma}, {});
    const double pro_sigma = sigma(0.65, {rebuttal_sigma}, {0.5});
    CHECK(state.argument(counter)->strength == Approx(counter_sigma));
    CHECK(state.argument(rebuttal)->strength == Approx(rebuttal_sigma));
    CHECK(state.argument(support)->strength == Approx(0.5));
    CHECK(state.argument(pro)->strength == Approx(pro_sigma));
    CHECK(state.statements.front().strength == Approx(sigma(0.5, {}, {pro_sigma})));
    const auto report = build_scoreboard(state).arguments[pro.value - 1];
    CHECK(report.attackers == std::vector<ArgumentId>{rebuttal});
    CHECK(report.supporters == std::vector<ArgumentId>{support});
    CHECK(report.attack == Approx(rebuttal_sigma));
    CHECK(std::find(report.supporters.begin(), report.supporters.end(), question) == report.supporters.end());
    // Retracting the counter-rebuttal strengthens the rebuttal and so weakens pro.
    s.lead(RetractArgument{counter});
    CHECK(s.state().argument(rebuttal)->strength == Approx(0.6));
    CHECK(s.state().argument(pro)->strength == Approx(sigma(0.65, {0.6}, {0.5})));
    CHECK(kept_vs_recomputed(s.state()) == "");
}

TEST_CASE("a devil's advocate on the voor bench who argues contra counts for tegen's arguments", "[rules][scoring]") {
    auto d = debate();  // people[0] sits voor and has the floor
    const auto contra = d.session.tag_argument(ArgumentKind::contra, {}, EvidenceKind::fact);
    const State& state = d.session.state();
    CHECK(state.argument(contra)->direction == Side::tegen);
    CHECK(state.tally.sides[static_cast<int>(Side::tegen)].arguments == 1);
    CHECK(state.tally.sides[static_cast<int>(Side::voor)].arguments == 0);
    d.session.wait(30'000);
    d.session.end_turn();
    const auto board = build_scoreboard(d.session.state());
    const auto& tegen = side_report(board, Side::tegen).measures;
    const auto& voor = side_report(board, Side::voor).measures;
    CHECK(tegen.arguments.value == 1);
    CHECK(voor.arguments.value == 0);
    CHECK(tegen.mean_strength == Approx(state.argument(contra)->strength));
    // Speaking time and turns follow the bench; personal scores follow the speaker.
    CHECK(voor.turns.value == 1);
    CHECK(voor.speaking_ms.value == 30'000);
    CHECK(tegen.turns.value == 0);
    const auto& speaker = board.participants[d.people[0].value - 1].measures;
    CHECK(speaker.arguments.value == 1);
    CHECK(speaker.turns.value == 1);
    CHECK(board.statements.front().verdict == Side::tegen);
}

TEST_CASE("flag precision is confirmed over decided, with pending flags reported apart", "[rules][scoring]") {
    auto d = debate();
    auto& s = d.session;
    const auto flagger = d.people[1];
    std::vector<FlagId> flags;
    for (const char* fallacy : {"ad_hominem", "straw_man", "vagueness", "slippery_slope"})
        flags.push_back(s.flag(flagger, fallacy));
    auto measures = [&] { return build_scoreboard(s.state()).participants[flagger.value - 1].measures; };
    CHECK_FALSE(measures().flag_precision.has_value());
    CHECK(measures().flags_pending.value == 4);
    s.decide_flag(flags[0], FlagOutcome::confirmed);
    s.decide_flag(flags[1], FlagOutcome::confirmed);
    s.decide_flag(flags[2], FlagOutcome::dismissed);
    const auto m = measures();
    REQUIRE(m.flag_precision.has_value());
    CHECK(*m.flag_precision == Approx(2.0 / 3.0));
    CHECK(m.flags_confirmed.value == 2);
    CHECK(m.flags_dismissed.value == 1);
    CHECK(m.flags_pending.value == 1);
    // The flagger's bench gets the same account.
    const Scoreboard board = build_scoreboard(s.state());
    const auto& tegen = side_report(board, Side::tegen).measures;
    REQUIRE(tegen.flag_precision.has_value());
    CHECK(*tegen.flag_precision == Approx(2.0 / 3.0));
}

TEST_CASE("a tagged drogreden nobody flagged is missed", "[rules][scoring]") {
    auto d = debate();
    auto& s = d.session;
    s.tag_fallacy("vagueness");            // tagged, nobody flagged: missed
    s.tag_fallacy("straw_man");            // tagged and flagged: spotted
    s.flag(d.people[1], "straw_man");
    s.flag(d.people[3], "ad_hominem");     // only flagged, still pending
    const auto board = build_scoreboard(s.state());
    auto report = [&](const std::string& fallacy) {
        return *std::find_if(board.fallacies.begin(), board.fallacies.end(), [&](auto& f) { return f.fallacy == fallacy; });
    };
    CHECK(report("vagueness").missed);
    CHECK(report("vagueness").status == FlagOutcome::confirmed);
    CHECK(report("vagueness").committed_by == d.people[0]);
    CHECK_FALSE(report("straw_man").missed);
    CHECK(report("straw_man").flagged_by == std::vector<ParticipantId>{d.people[1]});
    CHECK_FALSE(report("ad_hominem").missed);
    CHECK(report("ad_hominem").status == FlagOutcome::pending);
    CHECK(board.participants[d.people[0].value - 1].measures.missed_fallacies == 1);
    CHECK(side_report(board, Side::voor).measures.missed_fallacies == 1);
}

TEST_CASE("violations are counted per pragma-dialectical rule, once per drogreden and turn", "[rules][scoring]") {
    auto d = debate();
    auto& s = d.session;
    const auto a = s.tag_argument(ArgumentKind::pro);
    s.tag_fallacy("ad_hominem", a);      // rule 1
    s.tag_fallacy("ad_hominem");         // the same drogreden in the same turn
    s.tag_fallacy("tu_quoque");          // rule 1 again, another drogreden
    s.decide_flag(s.flag(d.people[1], "slippery_slope"), FlagOutcome::confirmed);  // rule 7
    s.decide_flag(s.flag(d.people[1], "vagueness"), FlagOutcome::dismissed);       // rule 10: not committed
    s.flag(d.people[3], "irrelevant_argument");                                    // rule 4: pending
    s.give_floor(d.people[1]);
    s.tag_fallacy("straw_man");          // rule 3, by the tegen speaker
    const auto board = build_scoreboard(s.state());
    CHECK(per_rule(board.violations_per_rule, 1) == 2);
    CHECK(per_rule(board.violations_per_rule, 3) == 1);
    CHECK(per_rule(board.violations_per_rule, 4) == 0);
    CHECK(per_rule(board.violations_per_rule, 7) == 1);
    CHECK(per_rule(board.violations_per_rule, 10) == 0);
    const auto& voor_speaker = board.participants[d.people[0].value - 1].measures;
    CHECK(per_rule(voor_speaker.fallacies_per_rule, 1) == 2);
    CHECK(per_rule(voor_speaker.fallacies_per_rule, 3) == 0);
    CHECK(per_rule(board.participants[d.people[1].value - 1].measures.fallacies_per_rule, 3) == 1);
}

TEST_CASE("every score's explanation adds up and points at real events", "[rules][scoring]") {
    auto d = debate();
    auto& s = d.session;
    const auto a = s.tag_argument(ArgumentKind::pro, {}, EvidenceKind::fact);
    const auto b = s.tag_argument(ArgumentKind::rebuttal, a, EvidenceKind::value);
    s.tag_fallacy("ad_hominem", a);
    s.flag(d.people[1], "vagueness", b);
    s.appreciate(d.people[1], a);
    s.lead(SetRelevance{b, true});
    s.wait(100'000);
    s.end_turn();
    const auto board = build_scoreboard(s.state());
    for (const auto& argument : board.arguments) {
        double sum = 0.0;
        for (const auto& t : argument.base.terms) {
            sum += t.delta;
            for (Seq seq : t.events) {
                CHECK(seq >= 1);
                CHECK(seq <= s.state().last_seq);
            }
        }
        CHECK(sum == Approx(argument.base.value));
        CHECK(argument.base.value == s.state().argument(argument.id)->base);
    }
    CHECK(kept_vs_recomputed(s.state()) == "");
}

TEST_CASE("new weights rescore every argument", "[rules][scoring]") {
    auto d = debate();
    const auto a = d.session.tag_argument(ArgumentKind::pro, {}, EvidenceKind::fact);
    auto config = test_config();
    config.weights.evidence_fact = 0.3;
    d.session.lead(ChangeConfig{config});
    CHECK(d.base(a) == Approx(0.8));
    CHECK(d.session.state().statements.front().strength == Approx(sigma(0.5, {}, {0.8})));
    CHECK(kept_vs_recomputed(d.session.state()) == "");
}
