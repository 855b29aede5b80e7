// The replay viewer's model: a moment on the timeline is exactly the live state then,
// a live file is followed as it grows, and notes never touch the events.
#include <catch2/catch.hpp>

#include <random>

#include "app/replay/replay_moment_source.hpp"
#include "app/replay/replay_session.hpp"
#include "app/replay/replay_timeline.hpp"
#include "core/apply.hpp"
#include "core/ballot_seal.hpp"
#include "store/session_file.hpp"
#include "tests/core/state_dump.hpp"
#include "tests/store/store_fixture.hpp"

using namespace lagerhuis;

namespace {

// The state after each prefix of the log, as live play folded it: live[n] after n events.
std::vector<std::string> live_states(const std::vector<core::Event>& events) {
    std::vector<std::string> dumps;
    core::State state;
    dumps.push_back(tests::dump_state(state));
    for (const auto& event : events) {
        core::apply(state, event);
        dumps.push_back(tests::dump_state(state));
    }
    return dumps;
}

// The moments the timeline can show: after the last event stamped at each time.
std::vector<std::pair<core::Millis, std::size_t>> moments(const std::vector<core::Event>& events) {
    std::vector<std::pair<core::Millis, std::size_t>> found;
    for (std::size_t i = 0; i < events.size(); ++i)
        if (i + 1 == events.size() || events[i + 1].at_ms != events[i].at_ms) found.emplace_back(events[i].at_ms, i + 1);
    return found;
}

}  // namespace

TEST_CASE("at every moment of the demo debate the replay shows exactly the live state", "[replay_viewer]") {
    const auto events = tests::shipped_demo_events();
    const auto live = live_states(events);
    auto session = app::ReplaySession::from_events(events);
    const auto all = moments(events);
    REQUIRE(all.size() > 100);
    // Forwards through every moment, as playing does...
    for (const auto& [at, count] : all) {
        session.seek(at);
        REQUIRE(tests::dump_state(session.state()) == live[count]);
    }
    // ...and in a random order, as dragging the timeline does.
    std::mt19937 random(20261129);
    std::uniform_int_distribution<std::size_t> pick(0, all.size() - 1);
    for (int i = 0; i < 300; ++i) {
        const auto& [at, count] = all[pick(random)];
        session.seek(at);
        REQUIRE(tests::dump_state(session.state()) == live[count]);
    }
    // The moment's scoreboard is the scoreboard of that state.
    const auto& [middle, count] = all[all.size() / 2];
    session.seek(middle);
    core::State folded;
    for (std::size_t i = 0; i < count; ++i) core::apply(folded, events[i]);
    app::MomentSource moments;
    const app::Moment moment = moments.update(session, true);
    CHECK(moment.board->statements.size() == core::build_scoreboard(folded).statements.size());
    CHECK(moment.board->up_to_seq == core::build_scoreboard(folded).up_to_seq);
    // Seeks outside the session stop at its ends.
    session.seek(-5'000);
    CHECK(session.at_ms() == session.start_ms());
    session.seek(session.end_ms() + 60'000);
    CHECK(session.at_ms() == session.end_ms());
    CHECK(tests::dump_state(session.state()) == live.back());
}

TEST_CASE("the timeline marks every crossing, flag, confirmed drogreden and poll, in time order", "[replay_viewer]") {
    const auto session = app::ReplaySession::from_events(tests::shipped_demo_events());
    const auto timeline = app::build_timeline(session);
    const auto& state = session.final_state();
    const auto& board = session.final_board();
    CHECK(timeline.turns.size() == state.turns.size());
    const auto count = [&](app::MarkKind kind) {
        return static_cast<std::size_t>(std::count_if(timeline.marks.begin(), timeline.marks.end(),
                                                      [&](const auto& mark) { return mark.kind == kind; }));
    };
    CHECK(count(app::MarkKind::crossing) == board.crossings.size());
    CHECK(count(app::MarkKind::flag) == state.flags.size());
    CHECK(count(app::MarkKind::poll) == state.polls.size());
    const auto confirmed = std::count_if(board.fallacies.begin(), board.fallacies.end(),
                                         [](const auto& f) { return f.status == core::FlagOutcome::confirmed; });
    CHECK(count(app::MarkKind::fallacy) == static_cast<std::size_t>(confirmed));
    CHECK(std::is_sorted(timeline.marks.begin(), timeline.marks.end(),
                         [](const auto& a, const auto& b) { return a.at_ms < b.at_ms; }));
    for (const auto& span : timeline.turns) CHECK(span.from_ms <= span.to_ms);

    // Next and previous walk the flagged moments and crossings, never polls.
    std::vector<core::Millis> stops;
    for (auto at = app::next_moment(timeline, session.start_ms() - 1); at; at = app::next_moment(timeline, *at))
        stops.push_back(*at);
    REQUIRE(stops.size() > 10);
    CHECK(std::is_sorted(stops.begin(), stops.end()));
    CHECK(app::previous_moment(timeline, stops.back()) == stops[stops.size() - 2]);
    CHECK_FALSE(app::previous_moment(timeline, stops.front()).has_value());
    CHECK_FALSE(app::next_moment(timeline, stops.back()).has_value());
}

TEST_CASE("the viewer follows a session file while its host writes, and keeps notes only once the host has closed it",
          "[replay_viewer][store]") {
    tests::TempDir dir;
    const auto path = dir / "live.lagerhuis";
    const auto events = tests::shipped_demo_events();
    const std::size_t half = events.size() / 2;
    auto host = store::SessionFile::open(path, {.program = "lagerhuis serve"});
    REQUIRE(host.ok());
    REQUIRE(host->append(std::span(events).first(half)).ok());

    auto opened = app::ReplaySession::open(path);
    REQUIRE(opened.ok());
    auto& session = *opened;
    CHECK(session.events().size() == half);
    CHECK(session.at_ms() == events[half - 1].at_ms);  // opens at "now"
    REQUIRE(session.host_holder().has_value());
    CHECK_THAT(*session.host_holder(), Catch::Contains("lagerhuis serve"));

    // Notes wait for the host: the refusal names it, and nothing is written.
    store::Annotation note = tests::note("Hier kantelde het debat");
    note.at_ms = events[half / 2].at_ms;
    const auto refused = session.add_note(note);
    REQUIRE(refused.has_value());
    CHECK_THAT(*refused, Catch::Contains("lagerhuis serve"));
    CHECK(session.notes().empty());

    // The host goes on; the viewer, watching the end, follows it.
    REQUIRE(host->append(std::span(events).subspan(half)).ok());
    CHECK(session.refresh());
    CHECK(session.events().size() == events.size());
    CHECK(session.at_ms() == events.back().at_ms);
    CHECK(tests::dump_state(session.final_state()) == live_states(events).back());
    CHECK_FALSE(session.refresh());  // nothing new

    REQUIRE_FALSE(host->close().has_value());
    CHECK_FALSE(session.host_holder().has_value());
    REQUIRE_FALSE(session.add_note(note).has_value());
    REQUIRE(session.notes().size() == 1);
    CHECK(session.notes()[0].text == "Hier kantelde het debat");

    // The events are exactly what the host wrote (its closed secret polls sealed); the note
    // is beside them, and stays.
    auto reopened = app::ReplaySession::open(path);
    REQUIRE(reopened.ok());
    auto stored = events;
    for (const auto& event : events)
        if (auto poll = core::sealed_by(event)) core::seal_ballots(stored, *poll);
    CHECK(tests::encoded(reopened->events().to_vector()) == tests::encoded(stored));
    REQUIRE(reopened->notes().size() == 1);
    CHECK(reopened->notes()[0].at_ms == note.at_ms);
    const auto timeline = app::build_timeline(*reopened);
    CHECK(std::count_if(timeline.marks.begin(), timeline.marks.end(),
                        [](const auto& mark) { return mark.kind == app::MarkKind::note; }) == 1);
    REQUIRE_FALSE(reopened->remove_note(reopened->notes()[0].id).has_value());
    CHECK(reopened->notes().empty());
}

TEST_CASE("a file the viewer cannot read gets a clear error, and a JSONL log keeps no notes", "[replay_viewer]") {
    tests::TempDir dir;
    const auto missing = app::ReplaySession::open(dir / "weg.lagerhuis");
    REQUIRE_FALSE(missing.ok());
    CHECK_THAT(missing.error(), Catch::Contains("weg.lagerhuis"));
    auto session = app::ReplaySession::from_events(tests::shipped_demo_events());
    CHECK_FALSE(session.keeps_notes());
    const auto refused = session.add_note(tests::note("x"));
    REQUIRE(refused.has_value());
    CHECK_THAT(*refused, Catch::Contains(".lagerhuis"));
}

TEST_CASE("the moment drawn is always a state with its own scoreboard, and the current one once built",
          "[replay_viewer]") {
    auto session = app::ReplaySession::from_events(tests::shipped_demo_events());
    app::MomentSource source;
    // At the end: the session's own pair, no building.
    auto moment = source.update(session);
    CHECK(moment.current);
    CHECK(moment.state == &session.final_state());
    CHECK(moment.board == &session.final_board());

    std::mt19937 random(7);
    std::uniform_int_distribution<core::Millis> anywhere(session.start_ms(), session.end_ms() - 1);
    for (int i = 0; i < 40; ++i) {
        session.seek(anywhere(random));
        // Without waiting: some pair, but always one whose scoreboard is of its own state.
        moment = source.update(session);
        CHECK(moment.board->up_to_seq == moment.state->last_seq);
        CHECK(moment.board->statements.size() == moment.state->statements.size());
        CHECK(moment.board->arguments.size() == moment.state->arguments.size());
        // Waiting (a screenshot): exactly the moment on the timeline.
        moment = source.update(session, true);
        CHECK(moment.current);
        CHECK(moment.at_ms == session.at_ms());
        CHECK(tests::dump_state(*moment.state) == tests::dump_state(session.state()));
        CHECK(moment.board->up_to_seq == session.state().last_seq);
    }
}
