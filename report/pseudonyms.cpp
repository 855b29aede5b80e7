#include "report/pseudonyms.hpp"

#include <algorithm>
#include <type_traits>
#include <utility>
#include <variant>

namespace lagerhuis::report {
namespace {

constexpr std::string_view ambiguous = "P?";
constexpr std::size_t shortest_part = 3;  // "Bo" or "El" would replace too much

// The code point starting at `at`, or the one ending just before it (UTF-8; a broken
// sequence reads as a letter, which only makes a match less likely).
char32_t decode_at(std::string_view text, std::size_t at) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(at);
    const int length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
    if (length == 0 || at + static_cast<std::size_t>(length) > text.size()) return U'x';
    if (length == 1) return lead;
    char32_t code = lead & (0x7F >> length);
    for (int i = 1; i < length; ++i) code = (code << 6) | (byte(at + static_cast<std::size_t>(i)) & 0x3F);
    return code;
}
char32_t decode_before(std::string_view text, std::size_t at) {
    std::size_t start = at - 1;
    while (start > 0 && at - start < 4 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    return decode_at(text, start);
}

// Letters and digits continue a word; punctuation, quotes („“”’), spaces and symbols end it.
bool is_word_char(char32_t c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (c <= 0xBF || c == 0xD7 || c == 0xF7) return false;          // Latin-1 punctuation and signs
    if (c >= 0x2000 && c <= 0x2BFF) return false;                   // punctuation, symbols, arrows
    if (c >= 0x3000 && c <= 0x303F) return false;                   // CJK punctuation
    return true;
}

bool starts_capitalised(std::string_view word) {
    const auto first = static_cast<unsigned char>(word.front());
    return (first >= 'A' && first <= 'Z') || first >= 0xC0;  // "Özil", "Łukasz" count too
}

// "Jan Temmink (trainer)" → "Jan", "Temmink".
std::vector<std::string> name_parts(std::string_view name) {
    std::vector<std::string> parts;
    std::size_t at = 0;
    while (at < name.size()) {
        const auto end = std::min(name.find(' ', at), name.size());
        std::string_view word = name.substr(at, end - at);
        while (!word.empty() && static_cast<unsigned char>(word.front()) < 0x80 && !is_word_char(word.front()))
            word.remove_prefix(1);
        while (!word.empty() && static_cast<unsigned char>(word.back()) < 0x80 && !is_word_char(word.back()))
            word.remove_suffix(1);
        if (word.size() >= shortest_part && starts_capitalised(word)) parts.emplace_back(word);
        at = end + 1;
    }
    return parts;
}

struct Person {
    core::Role role = core::Role::participant;
    std::vector<std::string> names;
};

}  // namespace

Pseudonyms Pseudonyms::from_log(std::span<const core::Event> events, std::string_view facilitator_label,
                                core::ParticipantId keep) {
    std::map<std::uint32_t, Person> people;
    for (const auto& event : events) {
        if (const auto* created = std::get_if<core::SessionCreated>(&event.body)) {
            auto& person = people[created->facilitator.value];
            person.role = core::Role::facilitator;
            person.names.push_back(created->facilitator_name);
        } else if (const auto* joined = std::get_if<core::ParticipantJoined>(&event.body)) {
            auto& person = people[joined->participant.value];
            person.role = joined->role;
            person.names.push_back(joined->name);
        } else if (const auto* renamed = std::get_if<core::ParticipantRenamed>(&event.body)) {
            people[renamed->participant.value].names.push_back(renamed->name);
        }
    }
    Pseudonyms result;
    result.kept_ = keep;
    int participants = 0;
    int facilitators = 0;
    for (const auto& [id, person] : people) {
        if (core::is_facilitating(person.role))
            result.pseudonyms_[id] = ++facilitators == 1 ? std::string(facilitator_label)
                                                         : std::string(facilitator_label) + " " + std::to_string(facilitators);
        else
            result.pseudonyms_[id] = "P" + std::to_string(++participants);
    }
    for (const auto& [id, person] : people) {
        if (id == keep.value) {
            if (!person.names.empty()) result.pseudonyms_[id] = person.names.back();
            continue;
        }
        for (const auto& name : person.names) result.add_name(id, name);
    }

    std::stable_sort(result.replacements_.begin(), result.replacements_.end(),
                     [](const Replacement& a, const Replacement& b) { return a.name.size() > b.name.size(); });
    for (std::size_t i = 0; i < result.replacements_.size(); ++i)
        result.by_first_byte_[static_cast<unsigned char>(result.replacements_[i].name.front())].push_back(i);
    return result;
}

void Pseudonyms::add_name(std::uint32_t id, const std::string& name) {
    const std::string& pseudonym = pseudonyms_.at(id);
    std::vector<std::string> words = name_parts(name);
    if (!name.empty()) words.push_back(name);
    for (auto& word : words) {
        auto known = std::find_if(replacements_.begin(), replacements_.end(), [&](auto& r) { return r.name == word; });
        if (known == replacements_.end())
            replacements_.push_back({std::move(word), pseudonym});
        else if (known->pseudonym != pseudonym)
            known->pseudonym = ambiguous;
    }
}

std::string Pseudonyms::of(core::ParticipantId id) const {
    const auto found = pseudonyms_.find(id.value);
    return found == pseudonyms_.end() ? std::string(ambiguous) : found->second;
}

std::string Pseudonyms::scrub(std::string_view text) const {
    std::string out;
    out.reserve(text.size());
    std::size_t at = 0;
    while (at < text.size()) {
        const bool word_start = at == 0 || !is_word_char(decode_before(text, at));
        const Replacement* match = nullptr;
        if (word_start) {
            for (std::size_t index : by_first_byte_[static_cast<unsigned char>(text[at])]) {
                const auto& candidate = replacements_[index];
                const std::size_t end = at + candidate.name.size();
                if (text.compare(at, candidate.name.size(), candidate.name) != 0) continue;
                if (end < text.size() && is_word_char(decode_at(text, end))) continue;
                match = &candidate;
                break;
            }
        }
        if (match) {
            out += match->pseudonym;
            at += match->name.size();
        } else {
            out += text[at++];
        }
    }
    return out;
}

std::vector<core::Event> pseudonymize(std::span<const core::Event> events, const Pseudonyms& names) {
    std::vector<core::Event> out(events.begin(), events.end());
    for (auto& event : out) {
        event.request_id = names.scrub(event.request_id);
        std::visit(
            [&](auto& body) {
                using Body = std::decay_t<decltype(body)>;
                if constexpr (std::is_same_v<Body, core::SessionCreated>) {
                    if (!names.keeps(body.facilitator)) body.facilitator_name = names.of(body.facilitator);
                    body.config.title = names.scrub(body.config.title);
                } else if constexpr (std::is_same_v<Body, core::ConfigChanged>) {
                    body.config.title = names.scrub(body.config.title);
                } else if constexpr (std::is_same_v<Body, core::ParticipantJoined> ||
                                     std::is_same_v<Body, core::ParticipantRenamed>) {
                    if (!names.keeps(body.participant)) body.name = names.of(body.participant);
                } else if constexpr (std::is_same_v<Body, core::StatementAdded> ||
                                     std::is_same_v<Body, core::ArgumentTagged> ||
                                     std::is_same_v<Body, core::ArgumentCorrected>) {
                    body.text = names.scrub(body.text);
                } else if constexpr (std::is_same_v<Body, core::TurnStarted>) {
                    body.override_reason = names.scrub(body.override_reason);
                } else if constexpr (std::is_same_v<Body, core::FallacyTagged>) {
                    body.note = names.scrub(body.note);
                }
            },
            event.body);
    }
    return out;
}

std::vector<core::Event> pseudonymize(std::span<const core::Event> events, const core::MessageCatalog& messages,
                                      core::Language language, core::ParticipantId keep) {
    return pseudonymize(events, Pseudonyms::from_log(events, messages.render("report.pseudonym.facilitator", {}, language), keep));
}

}  // namespace lagerhuis::report
