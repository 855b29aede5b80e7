#pragma once
// The argument graph of the statement in view (the open one, else the last closed),
// drawn with the ImDrawList: the statement at the top, each argument a node below what
// it answers, coloured by the side it helps and as large as it is strong, edges red
// where it attacks and green where it supports. Hovering a node explains its scores;
// clicking it pins them below the graph.
#include "app/console/console_frame.hpp"
#include "app/console/console_ui_state.hpp"

namespace lagerhuis::app {

// `width` × `height` pixels at the cursor; a graph larger than that scrolls.
void draw_argument_graph(const ConsoleFrame& frame, ConsoleUiState& ui, float width, float height);

}  // namespace lagerhuis::app
