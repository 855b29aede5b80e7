#pragma once
// The annotations table, with its statements prepared once per open file.
#include <optional>
#include <string>
#include <vector>

#include "core/result.hpp"
#include "store/annotation.hpp"
#include "store/sqlite_database.hpp"

namespace lagerhuis::store {

class AnnotationTable {
public:
    static core::Result<AnnotationTable, std::string> prepare(Database& db);

    // The new note's id.
    core::Result<std::int64_t, std::string> insert(const Annotation& note);
    core::Result<std::vector<Annotation>, std::string> all();
    // An error when there is no note with this id.
    std::optional<std::string> remove(std::int64_t id);

private:
    AnnotationTable(Database& db, Statement insert, Statement select, Statement remove)
        : db_(&db), insert_(std::move(insert)), select_(std::move(select)), remove_(std::move(remove)) {}

    Database* db_;
    Statement insert_;
    Statement select_;
    Statement remove_;
};

}  // namespace lagerhuis::store
