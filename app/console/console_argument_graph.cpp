// The argument graph as a tree: every argument hangs below the one it answers (the graph
// is a tree because each argument has one target), leaves side by side and each parent
// centred over its replies, one row per depth. Only what is in view gets a label, so a
// graph of 500 arguments draws as fast as one of five.
#include "app/console/console_argument_graph.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "app/console/console_judgement_support.hpp"
#include "proto/projection.hpp"
#include "app/ui/theme.hpp"
#include "app/ui/ui_context.hpp"
#include "app/ui/ui_text.hpp"

namespace lagerhuis::app {

namespace {

constexpr float slot_width = 92;    // per leaf
constexpr float level_height = 84;  // per depth
constexpr float root_height = 34;

struct GraphNode {
    const core::Argument* argument = nullptr;  // nullptr: the statement
    std::size_t parent = 0;                    // the node it answers (the root answers nothing)
    int depth = 0;
    float x = 0;  // centre, from the graph's left edge
};

class TreeLayout {
public:
    TreeLayout(const core::State& state, const core::Statement& statement) : state_(state) {
        nodes_.push_back(GraphNode{});
        place(0, statement.roots, 0);
    }
    const std::vector<GraphNode>& nodes() const { return nodes_; }
    float width() const { return std::max(1.0f, leaves_) * ui::px(slot_width); }
    float height() const { return ui::px(root_height) + static_cast<float>(depth_) * ui::px(level_height) + ui::px(48); }

private:
    // Places the subtree of node `index`, whose replies are `replies`.
    void place(std::size_t index, const std::vector<core::ArgumentId>& replies, int depth) {
        depth_ = std::max(depth_, depth);
        std::size_t first = 0;
        std::size_t last = 0;
        for (core::ArgumentId id : replies) {
            const core::Argument* argument = state_.argument(id);
            if (!argument || !argument->in_graph()) continue;
            nodes_.push_back(GraphNode{argument, index, depth + 1, 0});
            const std::size_t child = nodes_.size() - 1;
            place(child, argument->replies, depth + 1);
            if (first == 0) first = child;
            last = child;
        }
        if (first == 0) {
            nodes_[index].x = (leaves_ + 0.5f) * ui::px(slot_width);
            leaves_ += 1;
        } else {
            nodes_[index].x = (nodes_[first].x + nodes_[last].x) / 2;
        }
    }

    const core::State& state_;
    std::vector<GraphNode> nodes_;
    float leaves_ = 0;
    int depth_ = 0;
};

float radius(const core::Argument& argument) { return ui::px(7) + ui::px(12) * static_cast<float>(argument.strength); }

ImU32 with_alpha(ImU32 colour, int alpha) { return (colour & ~IM_COL32_A_MASK) | (static_cast<ImU32>(alpha) << IM_COL32_A_SHIFT); }

// A node's centre on screen.
ImVec2 centre_of(const GraphNode& node, ImVec2 origin) {
    const float y = node.argument ? ui::px(root_height) + static_cast<float>(node.depth) * ui::px(level_height) - ui::px(30)
                                  : ui::px(root_height) / 2;
    return ImVec2(origin.x + node.x, origin.y + y);
}

void draw_root(const ConsoleFrame& frame, const GraphNode& root, ImVec2 origin, const core::Statement& statement) {
    const auto& fonts = ui::context().fonts;
    const core::StatementReport& report = frame.scoreboard.statements[statement.id.value - 1];
    const std::string label = frame.texts("console.scores.statement_node",
                                          {{"strength", decimal(statement.strength, 2, frame.texts.language())}});
    const ImVec2 size = ui::text_size(label, fonts.bold);
    const ImVec2 centre = centre_of(root, origin);
    const ImVec2 min(centre.x - size.x / 2 - ui::px(10), centre.y - ui::px(root_height) / 2);
    const ImVec2 max(centre.x + size.x / 2 + ui::px(10), centre.y + ui::px(root_height) / 2);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(min, max, theme::side_soft(report.verdict), ui::px(8));
    draw->AddRect(min, max, theme::side_colour(report.verdict), ui::px(8), 0, ui::px(2));
    ui::text_at(ImVec2(centre.x - size.x / 2, centre.y - size.y / 2), label, {fonts.bold});
}

// Edges first, so nodes are drawn over them.
void draw_edges(const std::vector<GraphNode>& nodes, ImVec2 origin) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    for (const auto& node : nodes) {
        if (!node.argument) continue;
        const ImVec2 from = centre_of(node, origin);
        const GraphNode& target = nodes[node.parent];
        ImVec2 to = centre_of(target, origin);
        to.y += target.argument ? radius(*target.argument) : ui::px(root_height) / 2;
        const bool supports = core::supports_target(node.argument->kind);
        draw->AddLine(ImVec2(from.x, from.y - radius(*node.argument)), to,
                      with_alpha(supports ? theme::palette().ok : theme::palette().over, 170), ui::px(supports ? 2.5f : 2.0f));
    }
}

bool visible(ImVec2 centre, ImVec2 clip_min, ImVec2 clip_max) {
    const float margin = ui::px(slot_width);
    return centre.x > clip_min.x - margin && centre.x < clip_max.x + margin && centre.y > clip_min.y - margin &&
           centre.y < clip_max.y + margin;
}

// The nodes in view; returns the one under the mouse (nullptr: none).
const core::Argument* draw_nodes(const ConsoleUiState& ui, const std::vector<GraphNode>& nodes, ImVec2 origin) {
    const auto& fonts = ui::context().fonts;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 clip_min = draw->GetClipRectMin();
    const ImVec2 clip_max = draw->GetClipRectMax();
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const bool hovering = ImGui::IsWindowHovered();
    const core::Argument* hovered = nullptr;
    for (const auto& node : nodes) {
        const core::Argument* a = node.argument;
        const ImVec2 centre = centre_of(node, origin);
        if (!a || !visible(centre, clip_min, clip_max)) continue;
        const float r = radius(*a);
        const ImU32 fill = a->irrelevant ? theme::palette().disabled : theme::side_colour(a->direction);
        draw->AddCircleFilled(centre, r, fill);
        const bool marked = a->id == ui.scores.argument || (!ui.scores.person.is_none() && a->speaker == ui.scores.person);
        if (marked) draw->AddCircle(centre, r + ui::px(4), theme::palette().accent, 0, ui::px(3));
        const float dx = mouse.x - centre.x;
        const float dy = mouse.y - centre.y;
        if (hovering && dx * dx + dy * dy <= (r + ui::px(3)) * (r + ui::px(3))) hovered = a;
        const std::string id = "#" + std::to_string(a->id.value);
        const float label_width = ui::px(slot_width) - ui::px(8);
        const float y = centre.y + ui::px(19) + ui::px(2);
        ui::text_at(ImVec2(centre.x - ui::text_size(id, fonts.small).x / 2, y), id, {fonts.small, theme::palette().ink});
        const std::string text = ui::fit_text(a->text, fonts.small, label_width);
        ui::text_at(ImVec2(centre.x - ui::text_size(text, fonts.small).x / 2, y + fonts.small->FontSize), text,
                    {fonts.small, theme::palette().muted});
    }
    return hovered;
}

// The clicked argument's scores, readable without hovering.
void draw_pinned(const ConsoleFrame& frame, ConsoleUiState& ui) {
    const core::Argument* pinned = frame.state.argument(ui.scores.argument);
    if (!pinned || !pinned->in_graph()) return;
    const auto& fonts = ui::context().fonts;
    const Texts& t = frame.texts;
    const core::ArgumentReport& report = frame.scoreboard.arguments[pinned->id.value - 1];
    ui::text_wrapped(t("console.scores.node_head", {{"id", std::to_string(pinned->id.value)},
                                                    {"kind", std::string(core::to_string(pinned->kind))},
                                                    {"name", person_name(frame.state, pinned->speaker)}}) +
                         ": " + pinned->text,
                     {fonts.small});
    ui::text(t("console.scores.node_scores", {{"base", decimal(report.base.value, 2, t.language())},
                                              {"strength", decimal(report.strength, 2, t.language())}}),
             {fonts.small, theme::side_colour(pinned->direction)});
    explain_argument_on_hover(frame, report);
}

}  // namespace

void draw_argument_graph(const ConsoleFrame& frame, ConsoleUiState& ui, float width, float height) {
    const Texts& t = frame.texts;
    const auto& fonts = ui::context().fonts;
    const core::Statement* statement = proto::shown_statement(frame.state);
    const bool any = statement && std::any_of(statement->roots.begin(), statement->roots.end(), [&](core::ArgumentId id) {
                         return frame.state.argument(id)->in_graph();
                     });
    if (!any) {
        ui::text_wrapped(t("report.graph.none"), {fonts.small, theme::palette().muted});
        return;
    }
    const TreeLayout layout(frame.state, *statement);
    const float padding = ui::px(6);
    const float inside = 2 * (padding + ImGui::GetStyle().ChildBorderSize);
    // As large as the view unless the graph is larger: then, and only then, it scrolls.
    const ImVec2 content(std::max(width - inside, layout.width()), std::max(height - inside, layout.height()));
    ImGui::SetNextWindowContentSize(content);
    ImGui::PushStyleColor(ImGuiCol_ChildBg, theme::palette().graph_fill);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(padding, padding));
    ImGui::BeginChild("argument_graph", ImVec2(width, height), true,
                      ImGuiWindowFlags_HorizontalScrollbar | ImGuiWindowFlags_NoSavedSettings);
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
    // Start with the statement in the middle of the view.
    if (ImGui::IsWindowAppearing()) ImGui::SetScrollX(std::max(0.0f, layout.nodes().front().x - width / 2));
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float shift = (content.x - layout.width()) / 2;  // a small graph is centred
    const ImVec2 placed(origin.x + shift, origin.y);
    draw_edges(layout.nodes(), placed);
    draw_root(frame, layout.nodes().front(), placed, *statement);
    const core::Argument* hovered = draw_nodes(ui, layout.nodes(), placed);
    if (hovered) {
        argument_tooltip(frame, frame.scoreboard.arguments[hovered->id.value - 1]);
        if (ImGui::IsMouseClicked(ImGuiMouseButton_Left))
            ui.scores.argument = ui.scores.argument == hovered->id ? core::ArgumentId{} : hovered->id;
    }
    ImGui::EndChild();
    ui::text_wrapped(t("console.scores.graph_legend"), {fonts.small, theme::palette().muted});
    draw_pinned(frame, ui);
}

}  // namespace lagerhuis::app
