#include "erasure.hpp"

#include <algorithm>

#include "ownership.hpp"

namespace lagerhuis::core {

std::vector<std::string> names_of(const std::vector<Event>& log, ParticipantId who) {
    std::vector<std::string> names;
    const auto add = [&](const std::string& name) {
        if (!name.empty() && std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
    };
    for (const auto& event : log) {
        if (const auto* joined = std::get_if<ParticipantJoined>(&event.body); joined && joined->participant == who) add(joined->name);
        if (const auto* renamed = std::get_if<ParticipantRenamed>(&event.body); renamed && renamed->participant == who) add(renamed->name);
        if (const auto* created = std::get_if<SessionCreated>(&event.body); created && created->facilitator == who)
            add(created->facilitator_name);
    }
    // Longest first, so "Anna de Vries" goes before "Anna" would cut it in two.
    std::sort(names.begin(), names.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    return names;
}

std::string pseudonym_for(const State& state, ParticipantId who) {
    const std::string base = "Deelnemer " + std::to_string(who.value);
    std::string name = base;
    for (char suffix = 'a'; suffix <= 'z'; ++suffix) {
        const bool taken = std::any_of(state.participants.begin(), state.participants.end(),
                                       [&](const Participant& p) { return p.id != who && p.name == name; });
        if (!taken) return name;
        name = base + suffix;
    }
    return name;
}

std::string scrubbed(std::string text, const std::vector<std::string>& names, const std::string& pseudonym) {
    for (const auto& name : names)
        for (auto at = text.find(name); at != std::string::npos; at = text.find(name, at + pseudonym.size()))
            text.replace(at, name.size(), pseudonym);
    return text;
}

ErasedLog erase_participant(const std::vector<Event>& log, ParticipantId who, const std::string& pseudonym) {
    ErasedLog erased;
    erased.names = names_of(log, who);
    const Ownership owned(log);
    for (const auto& original : log) {
        Event event = original;
        bool changed = false;
        const auto assign = [&](std::string& field, std::string value) {
            if (field == value) return;
            field = std::move(value);
            changed = true;
        };
        const auto scrub = [&](std::string& text) { assign(text, scrubbed(text, erased.names, pseudonym)); };
        std::visit(
            [&](auto& body) {
                using Body = std::decay_t<decltype(body)>;
                if constexpr (std::is_same_v<Body, SessionCreated>) {
                    if (body.facilitator == who) assign(body.facilitator_name, pseudonym);
                    scrub(body.config.title);
                } else if constexpr (std::is_same_v<Body, ConfigChanged>) {
                    scrub(body.config.title);
                } else if constexpr (std::is_same_v<Body, ParticipantJoined> || std::is_same_v<Body, ParticipantRenamed>) {
                    if (body.participant == who) assign(body.name, pseudonym);
                } else if constexpr (std::is_same_v<Body, StatementAdded>) {
                    scrub(body.text);
                } else if constexpr (std::is_same_v<Body, TurnStarted>) {
                    if (body.speaker == who) assign(body.override_reason, {});
                    scrub(body.override_reason);
                } else if constexpr (std::is_same_v<Body, ArgumentTagged>) {
                    if (owned.turn_of(body.turn, who)) assign(body.text, {});
                    scrub(body.text);
                } else if constexpr (std::is_same_v<Body, ArgumentCorrected>) {
                    if (owned.argument_of(body.argument, who)) assign(body.text, {});
                    scrub(body.text);
                } else if constexpr (std::is_same_v<Body, FallacyTagged>) {
                    if (owned.turn_of(body.turn, who)) assign(body.note, {});
                    scrub(body.note);
                }
            },
            event.body);
        if (changed) erased.changed.push_back(std::move(event));
    }
    return erased;
}

}  // namespace lagerhuis::core
