#include "app/ui/notice_card.hpp"

#include <algorithm>

#include "app/ui/theme.hpp"
#include "app/ui/ui_card.hpp"
#include "app/ui/ui_context.hpp"
#include "app/ui/ui_text.hpp"

namespace lagerhuis::app {

namespace {

struct NoticeColours {
    ImU32 background;
    ImU32 border;
    ImU32 ink;
};

NoticeColours colours_of(NoticeTone tone) {
    switch (tone) {
        case NoticeTone::ok: return {theme::palette().ok_soft, theme::palette().ok_line, theme::palette().ok_ink};
        case NoticeTone::bye: return {theme::palette().warn_soft, theme::palette().warn_line, theme::palette().warn_ink};
        case NoticeTone::problem: break;
    }
    return {theme::palette().over_soft, theme::palette().over_line, theme::palette().problem_ink};
}

}  // namespace

std::string notice_text(const Notice& notice, const Texts& texts, const core::FallacyCatalog& catalog) {
    return std::visit(
        [&](const auto& what) -> std::string {
            using What = std::decay_t<decltype(what)>;
            if constexpr (std::is_same_v<What, core::Refusal>) {
                return texts.refusal(what);
            } else if constexpr (std::is_same_v<What, proto::WireReason>) {
                return texts.wire(what);
            } else if constexpr (std::is_same_v<What, LocalText>) {
                return texts(what.key, what.params);
            } else {
                const core::Fallacy* fallacy = catalog.find(what.fallacy);
                return texts("web.flag.sent", {{"fallacy", fallacy ? texts.pick(fallacy->name) : what.fallacy}});
            }
        },
        notice.what);
}

bool draw_notice_card(std::string_view id, const Notice& notice, const std::string& text, float width) {
    bool dismissed = false;
    const NoticeColours colours = colours_of(notice.tone);
    if (width <= 0) width = ImGui::GetContentRegionAvail().x;
    {
        ui::Card card(id, width, ui::CardLook().fill(colours.background).outline(colours.border).inset(12));
        const float close_size = ui::px(40);
        const float text_width = card.inner_width() - close_size - ImGui::GetStyle().ItemSpacing.x;
        const ImVec2 start = ImGui::GetCursorPos();
        // A short text sits level with the close button.
        const float text_height = ui::text_size(text, ImGui::GetFont(), text_width).y;
        const float close_offset = ui::px(6);
        if (text_height < close_size - close_offset)
            ImGui::SetCursorPosY(start.y - close_offset + (close_size - text_height) / 2);
        ImGui::PushTextWrapPos(start.x + text_width);
        ui::text(text, {nullptr, colours.ink});
        ImGui::PopTextWrapPos();
        const float text_bottom = ImGui::GetCursorPosY();
        ImGui::SetCursorPos(ImVec2(start.x + card.inner_width() - close_size, start.y - close_offset));
        const theme::ButtonColours close{colours.background, theme::palette().quiet_fill, theme::palette().track, colours.ink,
                                         colours.background};
        dismissed = ui::button("×##dismiss", ImVec2(close_size, close_size), close, ui::context().fonts.heading);
        ImGui::SetCursorPosY(std::max(text_bottom, ImGui::GetCursorPosY() - close_offset));
    }
    return dismissed;
}

}  // namespace lagerhuis::app
