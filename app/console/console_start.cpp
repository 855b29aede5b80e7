#include "app/console/console_start.hpp"

#include <algorithm>
#include <cmath>
#include <ctime>
#include <functional>

#include "app/ui/theme.hpp"
#include "app/ui/top_bar_widgets.hpp"
#include "app/ui/ui_card.hpp"
#include "app/ui/ui_context.hpp"
#include "app/ui/ui_layout.hpp"
#include "app/ui/ui_text.hpp"
#include "app/ui/ui_widgets.hpp"

namespace lagerhuis::app {

namespace {

constexpr float max_width = 1180;

std::vector<std::string> filled_statements(const StartForm& form) {
    std::vector<std::string> filled;
    for (const auto& statement : form.statements)
        if (auto text = ui::trimmed(statement); !text.empty()) filled.push_back(std::move(text));
    return filled;
}

void label(const std::string& text) {
    ui::space(6);
    ui::text(text, {ui::context().fonts.bold});
}

// A rule of the session: its name on the left (wrapped), its control on the right.
void rule_row(const std::string& name, float width, const std::function<void()>& control) {
    ui::space(2);
    const float control_x = std::floor(width * 0.52f);
    const float top = ImGui::GetCursorPosY();
    const float left = ImGui::GetCursorPosX();
    ImGui::PushTextWrapPos(left + control_x - ui::px(12));
    ui::text(name, {ui::context().fonts.bold});
    ImGui::PopTextWrapPos();
    const float text_bottom = ImGui::GetCursorPosY();
    ImGui::SetCursorPos(ImVec2(left + control_x, top));
    control();
    ImGui::SetCursorPosY(std::max(text_bottom, ImGui::GetCursorPosY()));
}

std::optional<StartChoice> draw_new_session(const Texts& t, StartForm& form, float width) {
    ui::Card card("new_session", width);
    const auto& fonts = ui::context().fonts;
    ui::text(t("console.start.new_heading"), {fonts.heading});
    label(t("console.start.title"));
    ui::input_text("##title", &form.title, t("console.start.title_hint"));
    label(t("console.start.statements"));
    for (std::size_t i = 0; i < form.statements.size(); ++i)
        ui::input_text("##statement_" + std::to_string(i), &form.statements[i], t("console.start.statement_hint"));
    // Typing in the last field opens another below it.
    if (!ui::trimmed(form.statements.back()).empty()) form.statements.emplace_back();

    ui::space(8);
    ui::rule();
    const float inner = card.inner_width();
    rule_row(t("console.start.turn_time"), inner, [&] {
        ui::stepper("turn", form.turn_seconds, 15, 600, 15,
                    t("console.start.seconds", {{"count", std::to_string(form.turn_seconds)}}));
    });
    form.warning_seconds = std::min(form.warning_seconds, form.turn_seconds - 5);
    rule_row(t("console.start.warning"), inner, [&] {
        ui::stepper("warning", form.warning_seconds, 5, form.turn_seconds - 5, 5,
                    t("console.start.seconds", {{"count", std::to_string(form.warning_seconds)}}));
    });
    rule_row(t("console.start.wait_turns"), inner,
             [&] { ui::stepper("wait", form.wait_turns, 0, 10, 1, std::to_string(form.wait_turns)); });
    rule_row(t("console.start.alternate"), inner,
             [&] { ui::toggle("alternate", form.alternate_sides, t("console.start.yes"), t("console.start.no")); });
    rule_row(t("console.start.ballots"), inner,
             [&] { ui::toggle("anonymous", form.anonymous_ballots, t("console.start.secret"), t("console.start.open")); });
    rule_row(t("console.start.names"), inner,
             [&] { ui::toggle("names", form.anonymous_room, t("console.start.names_given"), t("console.start.names_asked")); });
    rule_row(t("console.start.language"), inner, [&] {
        bool dutch = form.language == core::Language::nl;
        if (ui::toggle("language", dutch, "Nederlands", "English"))
            form.language = dutch ? core::Language::nl : core::Language::en;
    });
    ui::space(10);
    if (!form.new_problem.empty()) ui::text_wrapped(form.new_problem, {ui::context().fonts.bold, theme::palette().over});
    const bool start = ui::button(t("console.start.start") + "##start", ImVec2(card.inner_width(), 0), theme::primary());
    if (!start) return std::nullopt;
    const auto statements = filled_statements(form);
    if (ui::trimmed(form.title).empty()) {
        form.new_problem = t("console.start.need_title");
        return std::nullopt;
    }
    if (statements.empty()) {
        form.new_problem = t("console.start.need_statement");
        return std::nullopt;
    }
    return StartChoice{default_session_path(), true, config_of(form), statements};
}

std::string when(std::time_t time) {
    char text[32];
    std::strftime(text, sizeof text, "%d-%m-%Y %H:%M", std::localtime(&time));
    return text;
}

// Files past their retention date, each with the command that deletes it (after asking).
void draw_overdue(const StartFrame& frame, float width) {
    if (frame.overdue.empty()) return;
    const Texts& t = frame.texts;
    const auto& fonts = ui::context().fonts;
    ui::space(8);
    ui::text_wrapped(t("console.start.overdue", {{"count", std::to_string(frame.overdue.size())}}), {fonts.bold, theme::palette().over});
    for (const auto& file : frame.overdue) {
        ui::text(ui::fit_text(t("console.start.overdue_file", {{"name", file.path.filename().string()}, {"date", file.keep_until}}),
                              fonts.bold, width));
        ui::text_wrapped("lagerhuis delete " + file.path.string(), {fonts.small, theme::palette().muted});
    }
    ui::text_wrapped(t("console.start.overdue_hint"), {fonts.small, theme::palette().muted});
}

std::optional<StartChoice> draw_open_session(const StartFrame& frame, StartForm& form, float width) {
    const Texts& t = frame.texts;
    const auto& fonts = ui::context().fonts;
    ui::Card card("open_session", width);
    ui::text(t("console.start.open_heading"), {fonts.heading});
    ui::text_wrapped(t("console.start.open_intro"), {fonts.small, theme::palette().muted});
    std::optional<StartChoice> chosen;
    if (frame.recent.empty()) ui::text(t("console.start.no_recent"), {nullptr, theme::palette().muted});
    for (const auto& recent : frame.recent) {
        const std::string name = recent.path.filename().string();
        const std::string shown = ui::fit_text(when(recent.modified) + "  \u00b7  " + name, ui::context().fonts.bold,
                                               card.inner_width() - ui::px(24));
        if (ui::button(shown + "##recent_" + recent.path.string(), ImVec2(card.inner_width(), 0)))
            chosen = StartChoice{recent.path, false, {}, {}};
    }
    draw_overdue(frame, card.inner_width());
    label(t("console.start.path"));
    ui::input_text("##open_path", &form.open_path, t("console.start.path_hint"));
    ui::space(8);
    if (!form.open_problem.empty()) ui::text_wrapped(form.open_problem, {ui::context().fonts.bold, theme::palette().over});
    if (ui::button(t("console.start.open_button") + "##open")) {
        std::error_code error;
        const std::filesystem::path path = ui::trimmed(form.open_path);
        if (path.empty() || !std::filesystem::is_regular_file(path, error))
            form.open_problem = t("console.start.no_such_file", {{"path", path.string()}});
        else
            chosen = StartChoice{path, false, {}, {}};
    }
    return chosen;
}

}  // namespace

core::SessionConfig config_of(const StartForm& form) {
    core::SessionConfig config;
    config.title = ui::trimmed(form.title);
    config.language = form.language;
    config.rules.turns.turn_limit_ms = form.turn_seconds * 1000;
    config.rules.turns.warning_ms = form.warning_seconds * 1000;
    config.rules.turns.wait_turns = static_cast<std::uint32_t>(form.wait_turns);
    config.rules.turns.alternate_sides = form.alternate_sides;
    config.rules.anonymous_ballots = form.anonymous_ballots;
    if (form.anonymous_room) config.rules.anonymous_room = true;
    return config;
}

std::optional<StartChoice> draw_console_start(const StartFrame& frame, StartForm& form, ConsoleActions& out) {
    const Texts& t = frame.texts;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::Begin("Lagerhuis console", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);
    ImGui::PopStyleVar();
    const float full = viewport->WorkSize.x;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float middle = ui::top_bar_background(full);
    float left_edge = 0;
    if (const auto language = ui::language_switch(t.language(), at.x + full - ui::px(16), middle, left_edge))
        out.push_back(ConsoleLanguage{*language});
    ImFont* heading = ui::context().fonts.heading;
    ui::text_at(ImVec2(at.x + ui::px(16), middle - heading->FontSize / 2), t("console.start.bar"), {heading, theme::palette().white});
    ImGui::SetCursorScreenPos(ImVec2(at.x, at.y + ui::top_bar_height()));

    const float width = std::min(full - ui::px(32), ui::px(max_width));
    const float left = (full - width) / 2;
    ui::space(12);
    const float top = ImGui::GetCursorPosY();
    const float gap = ui::px(16);
    const float new_width = std::floor((width - gap) * 0.58f);
    const float height = viewport->WorkSize.y - top - ui::px(8);
    std::optional<StartChoice> choice;
    ImGui::SetCursorPos(ImVec2(left, top));
    ui::column("start_new", new_width, height, [&] { choice = draw_new_session(t, form, ImGui::GetContentRegionAvail().x); });
    ImGui::SetCursorPos(ImVec2(left + new_width + gap, top));
    ui::column("start_open", width - new_width - gap, height, [&] {
        if (auto opened = draw_open_session(frame, form, ImGui::GetContentRegionAvail().x)) choice = std::move(opened);
    });
    ImGui::End();
    if (choice) {
        form.new_problem.clear();
        form.open_problem.clear();
    }
    return choice;
}

}  // namespace lagerhuis::app
