#include "app/console/console_judgement_support.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include <imgui.h>

#include "app/ui/theme.hpp"
#include "app/ui/turn_clock.hpp"
#include "app/ui/ui_context.hpp"
#include "app/ui/ui_text.hpp"

namespace lagerhuis::app {

namespace {

// A tooltip lists this many terms at most; a long session's speaking time has dozens.
constexpr std::size_t max_terms_shown = 12;
constexpr std::size_t label_text_length = 60;

// The engine writes scores into term parameters as std::to_string ("0.650000"): shown
// as the other numbers are, and fallacy ids by their names.
core::MessageCatalog::Params readable(const ConsoleFrame& frame, core::MessageCatalog::Params params) {
    for (auto& [key, value] : params) {
        if (key == "fallacy") {
            value = fallacy_name(frame, value);
        } else if (key == "strength" || key == "attack" || key == "support") {
            char* end = nullptr;
            const double number = std::strtod(value.c_str(), &end);
            if (end && *end == '\0' && !value.empty()) value = decimal(number, 2, frame.texts.language());
        }
    }
    return params;
}

std::string signed_number(const ConsoleFrame& frame, double value, TermUnit unit) {
    const std::string sign = value < 0 ? "-" : "+";
    return sign + format_number(frame, std::fabs(value), unit);
}

}  // namespace

std::string person_name(const core::State& state, core::ParticipantId id) {
    const core::Participant* who = state.participant(id);
    return who ? who->name : "?";
}

std::string fallacy_name(const ConsoleFrame& frame, const std::string& id) {
    const core::Fallacy* fallacy = frame.state.config.catalog.find(id);
    return fallacy ? frame.texts.pick(fallacy->name) : id;
}

std::string argument_label(const core::State& state, const core::Argument& argument) {
    std::string text = argument.text;
    if (text.size() > label_text_length) {
        // Cut at a character boundary; the drop-down fits the rest to its width.
        std::size_t cut = label_text_length;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
        text = text.substr(0, cut) + "\u2026";
    }
    return "#" + std::to_string(argument.id.value) + " " + person_name(state, argument.speaker) + ": " + text;
}

std::string format_number(const ConsoleFrame& frame, double value, TermUnit unit) {
    switch (unit) {
        case TermUnit::count: return std::to_string(static_cast<long long>(std::llround(value)));
        case TermUnit::duration: return format_duration(static_cast<core::Millis>(std::llround(value)));
        case TermUnit::score: return decimal(value, 2, frame.texts.language());
        case TermUnit::listed: return {};
    }
    return {};
}

std::string term_line(const ConsoleFrame& frame, const core::ScoreTerm& term, TermUnit unit) {
    const std::string text = frame.texts("score." + term.rule, readable(frame, term.params));
    return unit == TermUnit::listed ? text : text + "  " + signed_number(frame, term.delta, unit);
}

void explain_on_hover(const ConsoleFrame& frame, std::string_view heading, const std::vector<TermSection>& sections,
                      TermUnit unit) {
    if (!ImGui::IsItemHovered()) return;
    const auto& fonts = ui::context().fonts;
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ui::px(420));
    ui::text(heading, {fonts.bold});
    for (const auto& section : sections) {
        if (!section.title.empty()) ui::text(section.title, {fonts.small, theme::palette().accent});
        const auto& terms = *section.terms;
        if (terms.empty()) ui::text(frame.texts("console.scores.no_terms"), {fonts.small, theme::palette().muted});
        for (std::size_t i = 0; i < terms.size() && i < max_terms_shown; ++i)
            ui::text(term_line(frame, terms[i], unit), {fonts.small});
        if (terms.size() > max_terms_shown)
            ui::text(frame.texts("console.scores.more_terms", {{"count", std::to_string(terms.size() - max_terms_shown)}}),
                     {fonts.small, theme::palette().muted});
    }
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

void explain_on_hover(const ConsoleFrame& frame, std::string_view heading, const std::vector<core::ScoreTerm>& terms,
                      TermUnit unit) {
    if (!ImGui::IsItemHovered()) return;
    explain_on_hover(frame, heading, std::vector<TermSection>{{{}, &terms}}, unit);
}

void explain_argument_on_hover(const ConsoleFrame& frame, const core::ArgumentReport& argument) {
    if (ImGui::IsItemHovered()) argument_tooltip(frame, argument);
}

void argument_tooltip(const ConsoleFrame& frame, const core::ArgumentReport& argument) {
    const Texts& t = frame.texts;
    const auto& fonts = ui::context().fonts;
    const core::Language language = t.language();
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ui::px(420));
    ui::text(t("console.scores.node_head", {{"id", std::to_string(argument.id.value)},
                                            {"kind", std::string(core::to_string(argument.kind))},
                                            {"name", person_name(frame.state, argument.speaker)}}),
             {fonts.bold});
    ui::text(argument.text);
    ui::text(t("console.scores.node_scores", {{"base", decimal(argument.base.value, 2, language)},
                                              {"strength", decimal(argument.strength, 2, language)}}),
             {fonts.bold, theme::side_colour(argument.direction)});
    for (const auto& term : argument.base.terms) ui::text(term_line(frame, term, TermUnit::score), {fonts.small});
    ui::text(t("console.scores.attack_support", {{"attack", decimal(argument.attack, 2, language)},
                                                 {"support", decimal(argument.support, 2, language)}}),
             {fonts.small, theme::palette().muted});
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

bool small_button(std::string_view label, float width) {
    return ui::button(label, ImVec2(width, ui::px(36)), theme::secondary(), ui::context().fonts.small);
}

StripedRow::StripedRow(ImU32 colour) : top_(ImGui::GetCursorScreenPos()), colour_(colour) { ImGui::Indent(ui::px(12)); }

StripedRow::~StripedRow() {
    ImGui::Unindent(ui::px(12));
    const float bottom = ImGui::GetCursorScreenPos().y - ImGui::GetStyle().ItemSpacing.y;
    ImGui::GetWindowDrawList()->AddRectFilled(top_, ImVec2(top_.x + ui::px(4), bottom), colour_);
}

void draw_fallacy_choices(const ConsoleFrame& frame, const std::vector<const core::Fallacy*>& shown, std::string& choice,
                          float width) {
    const Texts& t = frame.texts;
    const auto& fonts = ui::context().fonts;
    const float row_height = fonts.bold->FontSize + fonts.small->FontSize + ui::px(14);
    const float text_width = width - ui::px(16);
    for (const core::Fallacy* fallacy : shown) {
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const std::string& name = t.pick(fallacy->name);
        if (ui::selectable("##fallacy_" + fallacy->id, choice == fallacy->id, ImVec2(width, row_height), name))
            choice = fallacy->id;
        const core::DiscussionRule* rule = frame.state.config.catalog.find_rule(fallacy->rule);
        const std::string rule_text =
            rule ? t("web.flag.rule", {{"number", std::to_string(rule->number)}, {"rule", t.pick(rule->name)}})
                 : t("web.flag.rule_number", {{"number", std::to_string(fallacy->rule)}});
        ui::text_at(ImVec2(at.x + ui::px(8), at.y + ui::px(5)), ui::fit_text(name, fonts.bold, text_width), {fonts.bold});
        ui::text_at(ImVec2(at.x + ui::px(8), at.y + ui::px(7) + fonts.bold->FontSize),
                    ui::fit_text(rule_text, fonts.small, text_width), {fonts.small, theme::palette().muted});
    }
}

bool combo_option(std::string_view id, bool chosen, const std::string& text) {
    const bool clicked = ui::selectable(id, chosen, ImVec2(0, ImGui::GetFontSize() + ui::px(14)), text);
    ImGui::SameLine(ui::px(10));
    ui::text(text);
    return clicked;
}

void tooltip_on_hover(std::string_view text) {
    if (!ImGui::IsItemHovered()) return;
    ImGui::BeginTooltip();
    ui::text(text, {ui::context().fonts.small});
    ImGui::EndTooltip();
}

BoundedList::BoundedList(std::string_view id, float width, float max_height) {
    const std::string id_text(id);
    id_ = ImGui::GetID(id_text.c_str());
    content_ = ImGui::GetStateStorage()->GetFloat(id_, ui::px(60));
    ImGui::PushStyleColor(ImGuiCol_ChildBg, IM_COL32(0, 0, 0, 0));
    // Never 0 high: ImGui would make a 0-high child fill the rest of the window.
    ImGui::BeginChild(id_, ImVec2(width, std::max(1.0f, std::min(content_, max_height))), false,
                      ImGuiWindowFlags_NoSavedSettings);
    ImGui::PopStyleColor();
}

BoundedList::~BoundedList() {
    const float measured = std::ceil(ImGui::GetCursorPosY() - ImGui::GetStyle().ItemSpacing.y);
    ImGui::EndChild();
    if (std::fabs(measured - content_) > 0.5f) {
        ImGui::GetStateStorage()->SetFloat(id_, measured);
        ui::context().settle = true;
    }
}

}  // namespace lagerhuis::app
