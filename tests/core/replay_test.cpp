// The replay engine: any seek, forwards or backwards, gives exactly the state a straight
// fold of the log up to that point gives (property test over random seeks).
#include <catch2/catch.hpp>

#include <random>

#include "core/apply.hpp"
#include "core/replay.hpp"
#include "demo/synthetic_session.hpp"
#include "state_dump.hpp"

namespace {

using namespace lagerhuis;

std::vector<core::Event> session_of(std::size_t events) {
    demo::SyntheticSessionSpec spec;
    spec.events = events;
    spec.participants = 20;
    spec.arguments = 120;
    return demo::synthetic_session(spec);
}

core::State straight_fold(const std::vector<core::Event>& events, std::size_t count) {
    return core::fold(std::span(events).first(count));
}

TEST_CASE("every random seek equals a straight fold up to that point", "[replay]") {
    const auto events = session_of(3'000);
    core::Replay replay(events, 250);
    std::mt19937_64 random(7);
    for (int i = 0; i < 60; ++i) {
        const std::size_t count = random() % (events.size() + 1);
        INFO("seek to " << count << " from " << replay.position());
        const core::State& seeked = replay.seek(count);
        CHECK(tests::dump_state(seeked) == tests::dump_state(straight_fold(events, count)));
    }
}

TEST_CASE("seeking by time lands after the last event at or before that moment", "[replay]") {
    const auto events = session_of(1'500);
    core::Replay replay(events, 100);
    const core::Millis middle = events[events.size() / 2].at_ms;
    const std::size_t count = replay.count_at(middle);
    REQUIRE(count >= 1);
    CHECK(events[count - 1].at_ms <= middle);
    if (count < events.size()) CHECK(events[count].at_ms > middle);
    CHECK(tests::dump_state(replay.seek_time(middle)) == tests::dump_state(straight_fold(events, count)));
    CHECK(replay.count_at(-1) == 0);
    CHECK(replay.seek_time(events.back().at_ms).last_seq == events.back().seq);
}

TEST_CASE("a replay extended with new events equals one built from all of them", "[replay]") {
    const auto events = session_of(1'200);
    const std::vector<core::Event> first(events.begin(), events.begin() + 700);
    const std::vector<core::Event> rest(events.begin() + 700, events.end());
    core::Replay growing(first, 100);
    growing.seek(300);
    growing.extend(rest);
    core::Replay whole(events, 100);
    CHECK(tests::dump_state(growing.final_state()) == tests::dump_state(whole.final_state()));
    CHECK(tests::dump_state(growing.seek(1'000)) == tests::dump_state(straight_fold(events, 1'000)));
}

TEST_CASE("with the default snapshot spacing, seeks onto and around snapshots equal a straight fold", "[replay]") {
    const std::size_t every = core::Replay::default_snapshot_every;
    const auto events = session_of(2 * every + 500);
    core::Replay replay(events);
    // Backwards, forwards a little, forwards past a snapshot, to the end and back to 0.
    for (std::size_t count : {every + 1, every, every - 1, every + 2, 2 * every + 1, 2 * every, events.size(),
                              std::size_t{1}, std::size_t{0}, 2 * every + 499}) {
        INFO("seek to " << count << " from " << replay.position());
        const core::State& seeked = replay.seek(count);
        CHECK(replay.position() == count);
        CHECK(tests::dump_state(seeked) == tests::dump_state(straight_fold(events, count)));
    }
}

TEST_CASE("a replay fed in chunks of every size (as a file is read) seeks like one built at once", "[replay]") {
    const auto events = session_of(5'000);
    core::Replay whole(events, 300);
    core::Replay chunked(300);
    std::mt19937_64 random(11);
    std::size_t at = 0;
    while (at < events.size()) {
        // Large chunks stay apart, small ones are joined onto the last: both kinds here.
        const std::size_t size = std::min<std::size_t>(events.size() - at, random() % 2 ? 1 + random() % 40 : 1'500 + random() % 1'000);
        chunked.extend(std::vector<core::Event>(events.begin() + static_cast<std::ptrdiff_t>(at),
                                                events.begin() + static_cast<std::ptrdiff_t>(at + size)));
        at += size;
    }
    REQUIRE(chunked.size() == events.size());
    for (std::size_t i = 0; i < events.size(); i += 97) CHECK(chunked.events()[i].seq == events[i].seq);
    CHECK(chunked.events().back().seq == events.back().seq);
    CHECK(chunked.events().to_vector().size() == events.size());
    for (const core::Millis moment : {events.front().at_ms - 1, events[1'234].at_ms, events[4'000].at_ms, events.back().at_ms})
        CHECK(chunked.count_at(moment) == whole.count_at(moment));
    for (int i = 0; i < 40; ++i) {
        const std::size_t count = random() % (events.size() + 1);
        INFO("seek to " << count << " from " << chunked.position());
        CHECK(tests::dump_state(chunked.seek(count)) == tests::dump_state(whole.seek(count)));
    }
}

}  // namespace
