#pragma once
// What the report tests share: the demo debate with the shipped assets, folded and
// scored, the real names the demo uses, and a whole-word search for them.
#include <string>
#include <string_view>
#include <vector>

#include "core/event.hpp"
#include "proto/asset_files.hpp"
#include "report/scored_session.hpp"

namespace lagerhuis::tests {

const proto::SessionAssets& shipped_session_assets();
// The demo debate (demo_debate with the shipped catalog and weights), in Dutch.
const std::vector<core::Event>& demo_log();
const report::ScoredSession& scored_demo();

// Every real name in the demo: the people of demo_script.cpp, the gespreksleider and the
// trainer who observes (demo_debate.cpp), as written...
std::vector<std::string> demo_full_names();
// ...and each capitalised part of three letters or more: "Eva", "Yılmaz", "Temmink".
std::vector<std::string> demo_name_words();

// `word` in `text` with no letter or digit right before or after it (bytes from 0x80 count
// as letters, so "Evaluatie" does not contain "Eva").
bool contains_word(std::string_view text, std::string_view word);

// The first real name found in `text` (full names, then name words), or "".
std::string first_real_name_in(std::string_view text);

}  // namespace lagerhuis::tests
