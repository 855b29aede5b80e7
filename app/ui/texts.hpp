#pragma once
// Everything a window says, in the language its user chose: the message catalog
// (assets/messages.ini) with a Dutch/English switch. Refusals and wire errors render
// from the same file as every label, so the browser page and the native app say the same.
#include <filesystem>
#include <string>
#include <string_view>

#include "core/enums.hpp"
#include "core/localized_text.hpp"
#include "core/message_catalog.hpp"
#include "core/refusal.hpp"
#include "core/result.hpp"
#include "proto/wire_reason.hpp"

namespace lagerhuis::app {

class Texts {
public:
    using Params = core::MessageCatalog::Params;

    Texts() = default;
    Texts(core::MessageCatalog catalog, core::Language language)
        : catalog_(std::move(catalog)), language_(language) {}

    // Reads messages.ini from the assets folder; the error names the file and the problem.
    static core::Result<Texts, std::string> load(const std::filesystem::path& assets_dir, core::Language language);

    core::Language language() const { return language_; }
    void set_language(core::Language language) { language_ = language; }

    std::string operator()(std::string_view key, const Params& params = {}) const {
        return catalog_.render(key, params, language_);
    }
    std::string refusal(const core::Refusal& reason) const { return catalog_.render(reason, language_); }
    std::string wire(const proto::WireReason& reason) const {
        return catalog_.render(proto::message_key(reason), reason.params, language_);
    }
    const std::string& pick(const core::LocalizedText& text) const { return text.in(language_); }
    // "Voor", "weerlegging", "feit": an enum value's name from the catalog ("side.voor").
    std::string side(core::Side side) const { return (*this)("side." + std::string(core::to_string(side))); }
    std::string kind(core::ArgumentKind kind) const { return (*this)("kind." + std::string(core::to_string(kind))); }
    std::string evidence(core::EvidenceKind evidence) const {
        return (*this)("evidence." + std::string(core::to_string(evidence)));
    }

    const core::MessageCatalog& catalog() const { return catalog_; }

private:
    core::MessageCatalog catalog_;
    core::Language language_ = core::Language::nl;
};

}  // namespace lagerhuis::app
