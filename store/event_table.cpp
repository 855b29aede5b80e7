#include "store/event_table.hpp"

#include <type_traits>

#include "proto/json_codec.hpp"

namespace lagerhuis::store {

std::string_view event_type_name(const core::Event& event) {
    return std::visit([](const auto& body) { return std::remove_cvref_t<decltype(body)>::type_name; }, event.body);
}

core::Result<EventTable, std::string> EventTable::prepare(Database& db) {
    auto insert = db.prepare("INSERT INTO events(seq, at_ms, type, json) VALUES(?, ?, ?, ?)");
    if (!insert) return core::Failure{insert.error()};
    auto select = db.prepare("SELECT seq, at_ms, type, json FROM events WHERE seq > ? ORDER BY seq");
    if (!select) return core::Failure{select.error()};
    return EventTable(db, std::move(insert).value(), std::move(select).value());
}

std::optional<std::string> EventTable::insert(const core::Event& event, std::string_view line) {
    insert_.bind(1, static_cast<std::int64_t>(event.seq))
        .bind(2, static_cast<std::int64_t>(event.at_ms))
        .bind(3, event_type_name(event))
        .bind(4, line);
    const int rc = insert_.step();
    insert_.reset();
    if (rc != SQLITE_DONE) return "cannot store event seq " + std::to_string(event.seq) + ": " + db_->error_text();
    return std::nullopt;
}

core::Result<std::vector<core::Event>, std::string> EventTable::load_after(core::Seq after) {
    select_.bind(1, static_cast<std::int64_t>(after));
    std::vector<core::Event> events;
    std::optional<std::string> problem;
    int rc = SQLITE_OK;
    while (!problem && (rc = select_.step()) == SQLITE_ROW) {
        const auto seq = static_cast<core::Seq>(select_.column_int64(0));
        const core::Seq expected = after + events.size() + 1;
        if (seq != expected) {
            problem = "seq " + std::to_string(expected) + " is missing (the next stored event is seq " + std::to_string(seq) + ")";
            break;
        }
        auto event = proto::decode_event_line(select_.column_text(3));
        if (!event) {
            problem = "event seq " + std::to_string(seq) + " does not decode: " + event.error().message();
        } else if (event->seq != seq || event->at_ms != select_.column_int64(1) ||
                   event_type_name(*event) != select_.column_text(2)) {
            problem = "event seq " + std::to_string(seq) + " disagrees with its row (seq, time or type)";
        } else {
            events.push_back(std::move(event).value());
        }
    }
    if (!problem && rc != SQLITE_DONE) problem = db_->error_text();
    select_.reset();
    if (problem) return core::Failure{std::move(*problem)};
    return events;
}

}  // namespace lagerhuis::store
