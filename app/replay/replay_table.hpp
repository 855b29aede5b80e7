#pragma once
// The tables of the replay viewer's tabs: a header row of muted labels, then rows of
// recorded text cells that wrap in their column, striped, scrolling with the tab.
#include <initializer_list>
#include <string_view>

#include "app/ui/texts.hpp"

namespace lagerhuis::app::replay_table {

// Begins a table with these column headings (message keys) and relative widths;
// false when it is clipped away (then draw no rows and do not call end).
bool begin(const char* id, const Texts& texts, std::initializer_list<std::pair<const char*, float>> columns, float width);
void end();
// Starts the next row; cells follow with next_cell().
void row();
void next_cell();

}  // namespace lagerhuis::app::replay_table
