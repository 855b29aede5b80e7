#include "tests/store/store_fixture.hpp"

#include <stdlib.h>

#include <fstream>
#include <iterator>
#include <stdexcept>

#include "demo/demo_debate.hpp"
#include "proto/asset_files.hpp"
#include "proto/json_codec.hpp"
#include "tests/core/shipped_assets.hpp"

namespace lagerhuis::tests {

TempDir::TempDir() {
    std::string name = (std::filesystem::temp_directory_path() / "lagerhuis-store-XXXXXX").string();
    if (::mkdtemp(name.data()) == nullptr) throw std::runtime_error("cannot create a temporary directory " + name);
    path_ = name;
}

TempDir::~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
}

std::vector<core::Event> shipped_demo_events() {
    auto assets = proto::load_session_assets(shipped_assets_dir());
    INFO((assets ? std::string() : assets.error().message()));
    REQUIRE(assets.ok());
    return demo::demo_debate(assets->catalog, assets->weights);
}

std::vector<core::Event> marked_batch(core::Seq first_seq, std::uint64_t batch, std::size_t count) {
    std::vector<core::Event> events;
    for (std::size_t i = 0; i < count; ++i) {
        core::Event event;
        event.seq = first_seq + i;
        event.at_ms = static_cast<core::Millis>(event.seq) * 10;
        event.request_id = "b" + std::to_string(batch) + ":" + std::to_string(i + 1) + "/" + std::to_string(count);
        event.body = core::StatementAdded{core::StatementId{static_cast<std::uint32_t>(event.seq)},
                                          "Stelling " + std::to_string(event.seq)};
        events.push_back(std::move(event));
    }
    return events;
}

store::Annotation note(std::string text, std::string author) {
    store::Annotation annotation;
    annotation.text = std::move(text);
    annotation.author = std::move(author);
    return annotation;
}

std::string file_bytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::vector<std::string> encoded(const std::vector<core::Event>& events) {
    std::vector<std::string> lines;
    for (const auto& event : events) lines.push_back(proto::encode_event_line(event));
    return lines;
}

}  // namespace lagerhuis::tests
