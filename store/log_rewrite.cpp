#include "store/log_rewrite.hpp"

#include "proto/json_codec.hpp"
#include "store/event_table.hpp"
#include "store/retention.hpp"
#include "store/schema.hpp"
#include "store/secret_table.hpp"
#include "store/sqlite_database.hpp"

namespace lagerhuis::store {

namespace {

constexpr std::string_view erasure_prefix = "erasure.";  // meta erasure.<pseudonym> = day

std::optional<std::string> step_done(Database& db, Statement& statement, const std::string& what) {
    const int rc = statement.step();
    statement.reset();
    if (rc != SQLITE_DONE) return "cannot rewrite " + what + ": " + db.error_text();
    return std::nullopt;
}

}  // namespace

std::optional<std::string> apply_log_rewrite(Database& db, const LogRewrite& rewrite) {
    auto event_row = db.prepare("UPDATE events SET json = ? WHERE seq = ? AND type = ?");
    if (!event_row) return event_row.error();
    for (const auto& event : rewrite.events) {
        const std::string what = "event seq " + std::to_string(event.seq);
        event_row->bind(1, proto::encode_event_line(event))
            .bind(2, static_cast<std::int64_t>(event.seq))
            .bind(3, event_type_name(event));
        if (auto failed = step_done(db, *event_row, what)) return failed;
        auto changed = db.query_int("SELECT changes()");
        if (!changed || *changed != 1) return what + ": no stored event of that seq and type";
    }
    auto note_row = db.prepare("UPDATE annotations SET text = ?, author = ? WHERE id = ?");
    if (!note_row) return note_row.error();
    for (const auto& note : rewrite.notes) {
        note_row->bind(1, note.text).bind(2, note.author).bind(3, note.id);
        if (auto failed = step_done(db, *note_row, "note " + std::to_string(note.id))) return failed;
    }
    auto note_gone = db.prepare("DELETE FROM annotations WHERE id = ?");
    if (!note_gone) return note_gone.error();
    for (const auto id : rewrite.notes_removed) {
        note_gone->bind(1, id);
        if (auto failed = step_done(db, *note_gone, "note " + std::to_string(id))) return failed;
    }
    if (rewrite.forget_token_of) {
        auto token = db.prepare("DELETE FROM secrets WHERE kind = ? AND subject = ?");
        if (!token) return token.error();
        token->bind(1, secret_kind_name(SecretKind::participant_token)).bind(2, static_cast<std::int64_t>(*rewrite.forget_token_of));
        if (auto failed = step_done(db, *token, "the device token")) return failed;
    }
    return write_meta(db, std::string(erasure_prefix) + rewrite.pseudonym, today_utc());
}

core::Result<std::vector<ErasureRecord>, std::string> read_erasures(Database& db) {
    auto statement = db.prepare("SELECT substr(key, ?), value FROM meta WHERE substr(key, 1, ?) = ? ORDER BY value, key");
    if (!statement) return core::Failure{statement.error()};
    const auto length = static_cast<std::int64_t>(erasure_prefix.size());
    statement->bind(1, length + 1).bind(2, length).bind(3, erasure_prefix);
    std::vector<ErasureRecord> records;
    int rc = SQLITE_ROW;
    while ((rc = statement->step()) == SQLITE_ROW)
        records.push_back({std::string(statement->column_text(0)), std::string(statement->column_text(1))});
    if (rc != SQLITE_DONE) return core::Failure{db.error_text()};
    return records;
}

}  // namespace lagerhuis::store
