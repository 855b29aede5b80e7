#pragma once
// The session code as people type it: read off a projector as "482 913" or "482-913",
// on a phone that may turn a dash into an en dash or a space into a no-break space. The
// host compares codes with these separators taken out, wherever the code came from.
#include <string>
#include <string_view>

namespace lagerhuis::host {

// `typed` without spaces (also tabs and no-break spaces) and dashes (also en and em dashes).
std::string without_code_separators(std::string_view typed);

// Whether `typed` is `code`, separators aside.
bool session_code_matches(std::string_view typed, std::string_view code);

}  // namespace lagerhuis::host
