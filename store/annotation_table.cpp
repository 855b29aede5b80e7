#include "store/annotation_table.hpp"

#include <chrono>
#include <cstdio>

namespace lagerhuis::store {

namespace {

// From the calendar of <chrono>: gmtime_r is POSIX, and gmtime() shares a buffer between threads.
std::string utc_now() {
    using namespace std::chrono;
    const auto now = floor<seconds>(system_clock::now());
    const auto day = floor<days>(now);
    const year_month_day date{day};
    const hh_mm_ss time{now - day};
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02u-%02uT%02d:%02d:%02dZ", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()), static_cast<int>(time.hours().count()),
                  static_cast<int>(time.minutes().count()), static_cast<int>(time.seconds().count()));
    return text;
}

template <class T>
void bind_optional(Statement& statement, int index, const std::optional<T>& value) {
    if (value) statement.bind(index, static_cast<std::int64_t>(*value));
    else statement.bind_null(index);
}

}  // namespace

core::Result<AnnotationTable, std::string> AnnotationTable::prepare(Database& db) {
    auto insert = db.prepare(
        "INSERT INTO annotations(at_ms, seq, argument, author, text, created_at) VALUES(?, ?, ?, ?, ?, ?)");
    if (!insert) return core::Failure{insert.error()};
    auto select = db.prepare("SELECT id, at_ms, seq, argument, author, text, created_at FROM annotations ORDER BY id");
    if (!select) return core::Failure{select.error()};
    auto remove = db.prepare("DELETE FROM annotations WHERE id = ?");
    if (!remove) return core::Failure{remove.error()};
    return AnnotationTable(db, std::move(insert).value(), std::move(select).value(), std::move(remove).value());
}

core::Result<std::int64_t, std::string> AnnotationTable::insert(const Annotation& note) {
    bind_optional(insert_, 1, note.at_ms);
    bind_optional(insert_, 2, note.seq);
    if (note.argument.is_none()) insert_.bind_null(3);
    else insert_.bind(3, static_cast<std::int64_t>(note.argument.value));
    insert_.bind(4, note.author).bind(5, note.text).bind(6, note.created_at.empty() ? utc_now() : note.created_at);
    const int rc = insert_.step();
    insert_.reset();
    if (rc != SQLITE_DONE) return core::Failure{"cannot store the annotation: " + db_->error_text()};
    return db_->last_insert_id();
}

core::Result<std::vector<Annotation>, std::string> AnnotationTable::all() {
    std::vector<Annotation> notes;
    int rc = SQLITE_OK;
    while ((rc = select_.step()) == SQLITE_ROW) {
        Annotation note;
        note.id = select_.column_int64(0);
        if (!select_.column_is_null(1)) note.at_ms = select_.column_int64(1);
        if (!select_.column_is_null(2)) note.seq = static_cast<core::Seq>(select_.column_int64(2));
        note.argument.value = static_cast<std::uint32_t>(select_.column_int64(3));
        note.author = select_.column_text(4);
        note.text = select_.column_text(5);
        note.created_at = select_.column_text(6);
        notes.push_back(std::move(note));
    }
    select_.reset();
    if (rc != SQLITE_DONE) return core::Failure{"cannot read the annotations: " + db_->error_text()};
    return notes;
}

std::optional<std::string> AnnotationTable::remove(std::int64_t id) {
    remove_.bind(1, id);
    const int rc = remove_.step();
    remove_.reset();
    if (rc != SQLITE_DONE) return "cannot remove annotation " + std::to_string(id) + ": " + db_->error_text();
    if (db_->changes() == 0) return "there is no annotation " + std::to_string(id);
    return std::nullopt;
}

}  // namespace lagerhuis::store
