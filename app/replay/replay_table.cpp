#include "app/replay/replay_table.hpp"

#include <imgui.h>

#include "app/ui/theme.hpp"
#include "app/ui/ui_context.hpp"
#include "app/ui/ui_text.hpp"

namespace lagerhuis::app::replay_table {

bool begin(const char* id, const Texts& texts, std::initializer_list<std::pair<const char*, float>> columns, float width) {
    constexpr ImGuiTableFlags flags = ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_RowBg |
                                      ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_PadOuterX;
    if (!ImGui::BeginTable(id, static_cast<int>(columns.size()), flags, ImVec2(width, 0))) return false;
    for (const auto& [key, weight] : columns) ImGui::TableSetupColumn(key, ImGuiTableColumnFlags_WidthStretch, weight);
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (const auto& [key, weight] : columns) {
        ImGui::TableNextColumn();
        ui::text(texts(key), {ui::context().fonts.small, theme::palette().muted});
    }
    return true;
}

void end() { ImGui::EndTable(); }
void row() { ImGui::TableNextRow(); }
void next_cell() { ImGui::TableNextColumn(); }

}  // namespace lagerhuis::app::replay_table
