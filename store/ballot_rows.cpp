#include "store/ballot_rows.hpp"

#include <variant>
#include <vector>

#include "core/ballot_seal.hpp"
#include "proto/json_codec.hpp"
#include "store/sqlite_database.hpp"

namespace lagerhuis::store {

namespace {

// The seq and time of the poll's opening, read from its row.
core::Result<std::optional<core::Event>, std::string> opening_of(Database& db, core::PollId poll) {
    auto select = db.prepare("SELECT json FROM events WHERE type = 'poll_opened' ORDER BY seq DESC");
    if (!select) return core::Failure{select.error()};
    int rc = SQLITE_ROW;
    while ((rc = select->step()) == SQLITE_ROW) {
        auto event = proto::decode_event_line(select->column_text(0));
        if (!event) return core::Failure{"a poll_opened row does not decode: " + event.error().message()};
        const auto* opened = std::get_if<core::PollOpened>(&event->body);
        if (opened && opened->poll == poll) return std::optional{std::move(event).value()};
    }
    if (rc != SQLITE_DONE) return core::Failure{db.error_text()};
    return std::optional<core::Event>{};
}

}  // namespace

std::optional<std::string> seal_ballot_rows(Database& db, core::PollId poll) {
    auto opening = opening_of(db, poll);
    if (!opening) return "cannot seal the ballots of poll " + std::to_string(poll.value) + ": " + opening.error();
    if (!*opening) return "cannot seal the ballots of poll " + std::to_string(poll.value) + ": it was never opened";
    const core::Seq opened_seq = (*opening)->seq;
    const core::Millis opened_at = (*opening)->at_ms;

    auto select = db.prepare("SELECT seq, json FROM events WHERE type = 'ballot_cast' AND seq > ? ORDER BY seq");
    if (!select) return select.error();
    select->bind(1, static_cast<std::int64_t>(opened_seq));
    std::vector<core::Seq> ballots;
    int rc = SQLITE_ROW;
    while ((rc = select->step()) == SQLITE_ROW) {
        auto event = proto::decode_event_line(select->column_text(1));
        if (!event) return "a ballot_cast row does not decode: " + event.error().message();
        const auto* ballot = std::get_if<core::BallotCast>(&event->body);
        if (ballot && ballot->poll == poll) ballots.push_back(static_cast<core::Seq>(select->column_int64(0)));
    }
    if (rc != SQLITE_DONE) return db.error_text();

    auto update = db.prepare("UPDATE events SET at_ms = ?, type = ?, json = ? WHERE seq = ?");
    if (!update) return update.error();
    for (core::Seq seq : ballots) {
        const core::Event sealed = core::sealed_ballot(seq, poll, opened_at);
        update->bind(1, static_cast<std::int64_t>(opened_at))
            .bind(2, core::BallotSealed::type_name)
            .bind(3, proto::encode_event_line(sealed))
            .bind(4, static_cast<std::int64_t>(seq));
        const int step = update->step();
        update->reset();
        if (step != SQLITE_DONE) return "cannot seal the ballot at seq " + std::to_string(seq) + ": " + db.error_text();
    }
    return std::nullopt;
}

bool fold_wal_away(Database& db) {
    // Without waiting: TRUNCATE would wait out the busy timeout (seconds) for a reader still
    // on an older snapshot, and the host thread must not stall; the next fold catches up.
    const auto waited = db.query_int("PRAGMA busy_timeout");
    (void)db.exec("PRAGMA busy_timeout = 0");
    auto statement = db.prepare("PRAGMA wal_checkpoint(TRUNCATE)");
    const bool folded = statement && statement->step() == SQLITE_ROW && statement->column_int64(0) == 0;
    if (waited) (void)db.exec("PRAGMA busy_timeout = " + std::to_string(*waited));
    return folded;
}

}  // namespace lagerhuis::store
