#pragma once
// The texts people read, per language (assets/messages.ini): a text for every refusal
// reason code, and the other strings of the UI. Clients render refusals in their own
// user's language from this; logs keep the code.
//
// Format: sections [nl] and [en], each `message_id = text`. A text names its parameters
// as {param}. When an entry "<param>.<value>" exists, the value is shown through it, so
// enum values are translated too: with `side.tegen = against`, {side} = "tegen" renders
// as "against" in English.
//
// A text where a number meets a noun is counted: it has a text per plural form
// (plural_form.hpp), each "<message_id>.<param>.<form>", where {param} is the count:
//   console.floor.room.summary.hands.one = {present} aanwezig · {hands} hand omhoog
//   console.floor.room.summary.hands.other = {present} aanwezig · {hands} handen omhoog
// Rendering "console.floor.room.summary" picks the form by the value of {hands}, so a
// caller never chooses (without a {hands} value: `other`). The `one` form may leave the
// number out ("spoke once").
#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "catalog_error.hpp"
#include "enums.hpp"
#include "plural_form.hpp"
#include "refusal.hpp"
#include "result.hpp"

namespace lagerhuis::core {

// "must_wait.turns.one": the form `one` of the text "must_wait", counted by its {turns}.
struct PluralFormKey {
    std::string_view text;
    std::string_view count;  // the counting parameter's name
    PluralForm form = PluralForm::other;
};
// Any key "<text>.<name>.one" or "<text>.<name>.other" whose <name> can be a placeholder.
std::optional<PluralFormKey> parse_plural_form_key(std::string_view key);
std::string plural_form_key(std::string_view text, std::string_view count, PluralForm form);

class MessageCatalog {
public:
    using Params = std::vector<std::pair<std::string, std::string>>;

    void set(Language language, std::string key, std::string text);
    // The text exactly as written for this language, or nullptr.
    const std::string* find(std::string_view key, Language language) const;
    // Whether `language` has a text for `key`, as written or counted (its forms).
    bool has_text(std::string_view key, Language language) const;

    // Fills in {param}s (a {param} without a value stays as written, so the gap shows).
    // A counted text takes the form its count asks for. A key missing in `language` falls
    // back to the other language, and else renders as the key itself: a missing text must
    // never stop a client.
    std::string render(std::string_view key, const Params& params, Language language) const;
    std::string render(const Refusal& refusal, Language language) const;

    // Everything a trainer should fix, in English, e.g.
    //   "[en] missing text for reason code 'must_wait'"
    //   "[nl] must_wait: placeholder {turns} is not in [en]"
    //   "[en] suggest.side: '{' without a closing '}'"
    //   "[en] missing text for 'suggest.side' (it exists in [nl])"
    //   "[nl] must_wait.turns.one: no form 'other' (must_wait.turns.other), which 0 and 2 need"
    //   "[nl] must_wait.turns.other: the count {turns} is not in the text"
    //   "[nl] must_wait: both a text and counted forms (must_wait.turns.other); keep one of them"
    //   "[nl] must_wait.name.one: counted by {name} while must_wait.turns.one counts {turns}; use one count"
    // A placeholder used in only one language is usually a typo that can never be filled.
    std::vector<std::string> problems() const;

    friend bool operator==(const MessageCatalog&, const MessageCatalog&) = default;

private:
    // The text of `key` in `language` alone: as written, or the form a count in `params` asks for.
    const std::string* pick(std::string_view key, const Params& params, Language language) const;
    // `language` first, then the others, so a half-translated file still says something.
    const std::string* lookup(std::string_view key, const Params& params, Language language) const;
    void check_counted(std::string_view key, Language language, std::vector<std::string>& found) const;

    static constexpr std::size_t language_count = EnumNames<Language>::names.size();
    std::array<std::map<std::string, std::string, std::less<>>, language_count> texts_;
    // A counted text's message id → the name of its count parameter ("must_wait" → "turns").
    std::array<std::map<std::string, std::string, std::less<>>, language_count> counts_;
};

// Fails on INI errors, sections other than the languages, empty texts, and any
// ReasonCode without a text (as written or counted) in every language.
Result<MessageCatalog, CatalogError> parse_message_catalog(std::string_view text, std::string_view source_name);

}  // namespace lagerhuis::core
