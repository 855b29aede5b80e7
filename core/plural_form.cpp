#include "plural_form.hpp"

namespace lagerhuis::core {

PluralForm plural_form(Language language, std::string_view count) {
    switch (language) {
        case Language::nl:
        case Language::en: return count == "1" ? PluralForm::one : PluralForm::other;
    }
    return PluralForm::other;
}

}  // namespace lagerhuis::core
