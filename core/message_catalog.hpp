#pragma once
// The texts people read, per language (assets/messages.ini): a text for every refusal
// reason code, and the other strings of the UI. Clients render refusals in their own
// user's language from this; logs keep the code.
//
// Format: sections [nl] and [en], each `message_id = text`. A text names its parameters
// as {param}. When an entry "<param>.<value>" exists, the value is shown through it, so
// enum values are translated too: with `side.tegen = against`, {side} = "tegen" renders
// as "against" in English.
#include <array>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "catalog_error.hpp"
#include "enums.hpp"
#include "refusal.hpp"
#include "result.hpp"

namespace lagerhuis::core {

class MessageCatalog {
public:
    using Params = std::vector<std::pair<std::string, std::string>>;

    void set(Language language, std::string key, std::string text);
    // The text exactly as written for this language, or nullptr.
    const std::string* find(std::string_view key, Language language) const;

    // Fills in {param}s (a {param} without a value stays as written, so the gap shows).
    // A key missing in `language` falls back to the other language, and else renders as
    // the key itself: a missing text must never stop a client.
    std::string render(std::string_view key, const Params& params, Language language) const;
    std::string render(const Refusal& refusal, Language language) const;

    // Everything a trainer should fix, in English, e.g.
    //   "[en] missing text for reason code 'must_wait'"
    //   "[nl] must_wait: placeholder {turns} is not in [en]"
    //   "[en] suggest.side: '{' without a closing '}'"
    //   "[en] missing text for 'suggest.side' (it exists in [nl])"
    // A placeholder used in only one language is usually a typo that can never be filled.
    std::vector<std::string> problems() const;

    friend bool operator==(const MessageCatalog&, const MessageCatalog&) = default;

private:
    // `language` first, then the others, so a half-translated file still says something.
    const std::string* lookup(std::string_view key, Language language) const;

    static constexpr std::size_t language_count = EnumNames<Language>::names.size();
    std::array<std::map<std::string, std::string, std::less<>>, language_count> texts_;
};

// Fails on INI errors, sections other than the languages, empty texts, and any
// ReasonCode without a text in every language.
Result<MessageCatalog, CatalogError> parse_message_catalog(std::string_view text, std::string_view source_name);

}  // namespace lagerhuis::core
