#include "app/ui/qr_code.hpp"

#include <cmath>
#include <memory>

#include <qrencode.h>

#include "app/ui/ui_context.hpp"

namespace lagerhuis::app {

namespace {
constexpr int quiet_zone = 4;  // modules of white around the code, as the standard asks
}

QrCode::QrCode(const std::string& text) : text_(text) {
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString8bit(text.c_str(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!code) return;
    size_ = code->width;
    modules_.resize(static_cast<std::size_t>(size_ * size_));
    for (std::size_t i = 0; i < modules_.size(); ++i) modules_[i] = (code->data[i] & 1) != 0;
}

const QrCode& cached_qr_code(const std::string& text) {
    // Per thread: each window draws on the UI thread only.
    thread_local std::unique_ptr<QrCode> cached;
    if (!cached || cached->text() != text) cached = std::make_unique<QrCode>(text);
    return *cached;
}

void draw_qr_code(const QrCode& code, float side) {
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(side, side));
    if (code.empty()) return;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(origin, ImVec2(origin.x + side, origin.y + side), IM_COL32_WHITE);
    // Whole pixels per module, so every module is equally sharp; the rest is margin.
    const int modules = code.size() + 2 * quiet_zone;
    const float module = std::floor(side / static_cast<float>(modules));
    if (module < 1) return;
    const float margin = std::floor((side - module * static_cast<float>(code.size())) / 2);
    for (int y = 0; y < code.size(); ++y) {
        for (int x = 0; x < code.size(); ++x) {
            if (!code.dark(x, y)) continue;
            const ImVec2 min(origin.x + margin + module * static_cast<float>(x),
                             origin.y + margin + module * static_cast<float>(y));
            draw->AddRectFilled(min, ImVec2(min.x + module, min.y + module), IM_COL32_BLACK);
        }
    }
    ui::context().record.add(ui::ItemKind::option, "QR " + code.text(), origin, ImVec2(origin.x + side, origin.y + side),
                             nullptr);
}

}  // namespace lagerhuis::app
