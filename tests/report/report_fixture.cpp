#include "tests/report/report_fixture.hpp"

#include <catch2/catch.hpp>

#include "demo/demo_debate.hpp"
#include "demo/demo_script.hpp"
#include "tests/core/shipped_assets.hpp"

namespace lagerhuis::tests {

namespace {
// Named in demo_debate.cpp rather than in the transcript.
constexpr std::string_view facilitator_name = "Marieke Hofman";
constexpr std::string_view observer_name = "Jan Temmink";

bool word_byte(char c) {
    const auto b = static_cast<unsigned char>(c);
    return b >= 0x80 || (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
}
}  // namespace

const proto::SessionAssets& shipped_session_assets() {
    static const proto::SessionAssets assets = [] {
        auto loaded = proto::load_session_assets(shipped_assets_dir());
        if (!loaded) FAIL(loaded.error().message());
        return std::move(loaded).value();
    }();
    return assets;
}

const std::vector<core::Event>& demo_log() {
    static const std::vector<core::Event> events =
        demo::demo_debate(shipped_session_assets().catalog, shipped_session_assets().weights);
    return events;
}

const report::ScoredSession& scored_demo() {
    static const report::ScoredSession session = report::score_session(demo_log());
    return session;
}

std::vector<std::string> demo_full_names() {
    std::vector<std::string> names{std::string(facilitator_name), std::string(observer_name)};
    for (const auto& person : demo::demo_people()) names.emplace_back(person.name);
    return names;
}

std::vector<std::string> demo_name_words() {
    std::vector<std::string> words;
    for (const auto& name : demo_full_names()) {
        std::size_t at = 0;
        while (at <= name.size()) {
            const auto end = std::min(name.find(' ', at), name.size());
            const std::string word = name.substr(at, end - at);
            if (word.size() >= 3 && (word[0] >= 'A' && word[0] <= 'Z')) words.push_back(word);
            at = end + 1;
        }
    }
    return words;
}

bool contains_word(std::string_view text, std::string_view word) {
    for (auto at = text.find(word); at != std::string_view::npos; at = text.find(word, at + 1)) {
        const bool starts = at == 0 || !word_byte(text[at - 1]);
        const bool ends = at + word.size() == text.size() || !word_byte(text[at + word.size()]);
        if (starts && ends) return true;
    }
    return false;
}

std::string first_real_name_in(std::string_view text) {
    for (const auto& name : demo_full_names())
        if (text.find(name) != std::string_view::npos) return name;
    for (const auto& word : demo_name_words())
        if (contains_word(text, word)) return word;
    return {};
}

}  // namespace lagerhuis::tests
