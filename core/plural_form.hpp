#pragma once
// Which form of a counted text a number takes: "1 hand omhoog" but "0 handen omhoog" and
// "2 handen omhoog"; "1 person" but "2 people". Dutch and English share the CLDR rule for
// whole numbers: the form `one` for exactly 1, `other` for everything else, 0 included.
// The message catalog keeps a text per form (message_catalog.hpp); assets/web/messages.js
// holds the same rule for the page.
#include <array>
#include <cstdint>
#include <string_view>

#include "enums.hpp"

namespace lagerhuis::core {

enum class PluralForm : std::uint8_t { one, other };

template <>
struct EnumNames<PluralForm> {
    static constexpr std::array<std::string_view, 2> names{"one", "other"};
};

// `count` as a text parameter carries it: "1" is one; "0", "2", "1.234" (a thousand and
// more, grouped) and anything that is not a number are other.
PluralForm plural_form(Language language, std::string_view count);

}  // namespace lagerhuis::core
