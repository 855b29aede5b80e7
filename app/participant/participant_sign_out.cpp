// Who is signed in here, and signing out on this device (after a confirmation: the
// name may be taken by then).
#include <string>

#include "app/participant/participant_panels.hpp"
#include "app/ui/theme.hpp"
#include "app/ui/ui_context.hpp"
#include "app/ui/ui_text.hpp"

namespace lagerhuis::app {

namespace {
constexpr const char* confirm_popup = "##confirm_sign_out";
}  // namespace

void draw_sign_out(const ParticipantFrame& frame, ParticipantUiState&, ParticipantActions& out, float width) {
    const auto& me = frame.snapshot.me;
    if (!me) return;
    const Texts& t = frame.texts;
    const auto& fonts = ui::context().fonts;
    const theme::ButtonColours link{IM_COL32(0, 0, 0, 0), theme::palette().hover, theme::palette().accent_soft, theme::palette().accent,
                                    IM_COL32(0, 0, 0, 0)};
    const std::string signed_in = t("web.me.signed_in", {{"name", me->name}});
    const std::string sign_out = t("web.me.sign_out");
    const float y = ImGui::GetCursorPosY();
    ImGui::SetCursorPosY(y + (ui::px(theme::touch) - fonts.small->FontSize) / 2);
    ui::text(signed_in, {fonts.small, theme::palette().muted});
    const float button_width = ui::text_size(sign_out, fonts.small).x + ui::px(24);
    ImGui::SetCursorPos(ImVec2(ImGui::GetCursorPosX() + width - button_width - ui::px(4), y));
    if (ui::button(sign_out + "##sign_out", ImVec2(button_width, 0), link, fonts.small)) {
        ImGui::OpenPopup(confirm_popup);
    }

    const ImVec2 centre = ImGui::GetMainViewport()->GetCenter();
    ImGui::SetNextWindowPos(centre, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(ui::px(460), 0));
    ImGui::PushStyleColor(ImGuiCol_PopupBg, theme::palette().card);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(ui::px(20), ui::px(20)));
    if (ImGui::BeginPopupModal(confirm_popup, nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings)) {
        ui::text_wrapped(t("web.me.sign_out_confirm", {{"name", me->name}}));
        ui::space(6);
        const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) / 2;
        if (ui::button(t("app.sign_out.cancel") + "##cancel", ImVec2(half, 0), theme::secondary())) {
            ImGui::CloseCurrentPopup();
        }
        ImGui::SameLine();
        if (ui::button(t("app.sign_out.confirm") + "##confirm", ImVec2(half, 0), theme::primary())) {
            out.push_back(SignOutAction{});
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
    }
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
}

}  // namespace lagerhuis::app
