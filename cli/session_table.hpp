#pragma once
// A readable summary of a scored session for the terminal, in the chosen language:
// per statement the verdict beside the positions and polls, per side and per person
// the measures, every drogreden with who committed and who spotted it.
#include <string>

#include "core/message_catalog.hpp"
#include "core/scoreboard.hpp"
#include "core/state.hpp"

namespace lagerhuis::cli {

std::string session_table(const core::State& state, const core::Scoreboard& board, const core::MessageCatalog& messages,
                          core::Language language);

}  // namespace lagerhuis::cli
