// The fuzzer's corpus (fuzz/corpus/wire_message/) replayed as a regression suite: every
// input it kept, and every crash it found, keeps the wire codec's promises
// (fuzz/wire_round_trip.hpp) in the ordinary build too, not only under libFuzzer.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <string>
#include <vector>

#include "fuzz/wire_round_trip.hpp"
#include "golden_files.hpp"

namespace {

using namespace lagerhuis;
namespace fs = std::filesystem;

const fs::path corpus_dir = fs::path(LAGERHUIS_FUZZ_CORPUS_DIR) / "wire_message";

// Sorted, so a failure names the same file on every machine.
std::vector<fs::path> corpus_files() {
    REQUIRE(fs::is_directory(corpus_dir));
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(corpus_dir))
        if (entry.is_regular_file()) files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    REQUIRE_FALSE(files.empty());
    return files;
}

std::string bytes_of(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    REQUIRE(in.is_open());
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

TEST_CASE("every input in the fuzz corpus keeps the wire codec's promises", "[fuzz]") {
    for (const auto& file : corpus_files()) {
        const auto problem = fuzz::wire_round_trip_problem(bytes_of(file));
        INFO(file.filename().string() << ": " << problem.value_or(""));
        CHECK_FALSE(problem.has_value());
    }
}

TEST_CASE("the fuzz corpus holds accepted messages of both directions and refused ones", "[fuzz]") {
    std::size_t client = 0;
    std::size_t server = 0;
    std::size_t refused = 0;
    for (const auto& file : corpus_files()) {
        const std::string bytes = bytes_of(file);
        const bool is_client = proto::decode_client_message(bytes).ok();
        const bool is_server = proto::decode_server_message(bytes).ok();
        client += is_client ? 1 : 0;
        server += is_server ? 1 : 0;
        refused += !is_client && !is_server ? 1 : 0;
    }
    CHECK(client > 0);
    CHECK(server > 0);
    CHECK(refused > 0);
}

// The golden messages are the fuzzer's best seeds: every kind of message, well formed.
TEST_CASE("the fuzz corpus starts from every golden wire message", "[fuzz]") {
    std::set<std::string> corpus;
    for (const auto& file : corpus_files()) corpus.insert(bytes_of(file));
    for (const std::string name : {"wire/client.jsonl", "wire/server.jsonl"}) {
        for (const auto& line : test::golden_lines(name)) {
            INFO(name << " line missing from " << corpus_dir.string()
                      << " (add it as a file named by its SHA-1): " << line.substr(0, 200));
            CHECK(corpus.count(line) == 1);
        }
    }
}

}  // namespace
