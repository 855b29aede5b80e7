#include "tests/store/sql_change.hpp"

#include <catch2/catch.hpp>

#include "store/sqlite_database.hpp"

namespace lagerhuis::tests {

void change_by_sql(const std::filesystem::path& path, const std::string& sql) {
    auto db = store::Database::open(path.string(), SQLITE_OPEN_READWRITE);
    REQUIRE(db.ok());
    const auto error = db->exec(sql);
    INFO(error.value_or(""));
    REQUIRE_FALSE(error.has_value());
}

}  // namespace lagerhuis::tests
