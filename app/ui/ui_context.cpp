#include "app/ui/ui_context.hpp"

namespace lagerhuis::app::ui {

void attach(UiContext& context) { ImGui::GetIO().UserData = &context; }

UiContext& context() {
    void* data = ImGui::GetIO().UserData;
    IM_ASSERT(data && "ui::attach() a UiContext first");
    return *static_cast<UiContext*>(data);
}

float px(float pixels_at_scale_one) { return pixels_at_scale_one * context().scale; }

}  // namespace lagerhuis::app::ui
