#pragma once
#include <string>

#include "enums.hpp"

namespace lagerhuis::core {

// A text in each language the UI offers. Catalog files may add languages later; the
// engine only needs the two it renders.
struct LocalizedText {
    std::string nl;
    std::string en;

    const std::string& in(Language language) const { return language == Language::nl ? nl : en; }
    friend bool operator==(const LocalizedText&, const LocalizedText&) = default;

    template <class S, class F>
    static void fields(S& s, F&& f) {
        f("nl", s.nl);
        f("en", s.en);
    }
};

}  // namespace lagerhuis::core
