#include "app/ui/ui_card.hpp"

#include <cmath>
#include <string>

#include "app/ui/theme.hpp"
#include "app/ui/ui_context.hpp"

namespace lagerhuis::app::ui {

namespace {

constexpr ImGuiWindowFlags card_flags =
    ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoSavedSettings |
    ImGuiWindowFlags_AlwaysUseWindowPadding;
constexpr float stripe_thickness = 6;

}  // namespace

Card::Card(std::string_view id, float width, const CardLook& look) {
    const std::string id_text(id);
    id_ = ImGui::GetID(id_text.c_str());
    // A first guess for a card never drawn before; the next frame has the real height.
    height_ = ImGui::GetStateStorage()->GetFloat(id_, px(100));
    if (look.padding > 0) {
        ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(px(look.padding), px(look.padding)));
        ++vars_;
    }
    const ImGuiStyle& style = ImGui::GetStyle();
    const float left_inset = look.left_stripe ? px(stripe_thickness) : 0.0f;
    inner_width_ = width - 2 * style.WindowPadding.x - left_inset;
    const ImU32 background = look.background ? look.background : theme::palette().card;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, background);
    ImGui::PushStyleColor(ImGuiCol_Border, look.border ? look.border : theme::palette().line);
    colours_ = 2;
    ImGui::BeginChild(id_, ImVec2(width, height_), true, card_flags);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 min = ImGui::GetWindowPos();
    const float thickness = px(stripe_thickness);
    const float round = style.ChildRounding;
    // A band is the card's own rounded shape, clipped to a strip along one edge, so it
    // follows the corners; it runs outside the padding ImGui clips content to.
    const ImVec2 max(min.x + width, min.y + height_);
    if (look.top_stripe) {
        draw->PushClipRect(min, ImVec2(max.x, min.y + thickness), false);
        draw->AddRectFilled(min, max, *look.top_stripe, round);
        draw->PopClipRect();
        ImGui::Dummy(ImVec2(0, thickness / 2));
    }
    if (look.left_stripe) {
        draw->PushClipRect(min, ImVec2(min.x + thickness, max.y), false);
        draw->AddRectFilled(min, max, *look.left_stripe, round);
        draw->PopClipRect();
        ImGui::Indent(left_inset);
    }
}

Card::~Card() {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float content = ImGui::GetCursorPosY() - style.ItemSpacing.y + style.WindowPadding.y;
    const float wanted = std::ceil(content);
    ImGui::EndChild();
    ImGui::PopStyleColor(colours_);
    if (vars_ > 0) ImGui::PopStyleVar(vars_);
    if (std::fabs(wanted - height_) > 0.5f) {
        ImGui::GetStateStorage()->SetFloat(id_, wanted);
        context().settle = true;
    }
}

}  // namespace lagerhuis::app::ui
