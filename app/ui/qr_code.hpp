#pragma once
// A QR code of a join address (libqrencode), as a square of modules to draw: the console's
// join panel and the projector show it so people join by pointing their phone at it.
#include <string>
#include <vector>

#include <imgui.h>

namespace lagerhuis::app {

class QrCode {
public:
    // Error correction M (a projector photographed from the back of a room); empty when
    // the text cannot be encoded.
    explicit QrCode(const std::string& text);
    bool empty() const { return size_ == 0; }
    int size() const { return size_; }  // modules per side
    bool dark(int x, int y) const { return modules_[static_cast<std::size_t>(y * size_ + x)]; }
    const std::string& text() const { return text_; }

private:
    std::string text_;
    int size_ = 0;
    std::vector<bool> modules_;
};

// The code of `text`, encoded once and kept while the text stays the same (the join
// panel and the projector draw it every frame).
const QrCode& cached_qr_code(const std::string& text);

// Draws `code` at the cursor as a `side` × `side` pixel square with a white quiet zone
// of four modules, and records it as an option named after its text (for --dump-ui).
void draw_qr_code(const QrCode& code, float side);

}  // namespace lagerhuis::app
