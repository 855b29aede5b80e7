#pragma once
// Changes a session file behind the program's back, as an older program or the passing of
// time would have left it (schema version 1, a retention date gone by).
#include <filesystem>
#include <string>

namespace lagerhuis::tests {

void change_by_sql(const std::filesystem::path& path, const std::string& sql);

}  // namespace lagerhuis::tests
