#pragma once
// What the store tests share: a scratch directory on the real disk, the shipped demo
// debate, marked filler events, and a look at a file's bytes.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/event.hpp"
#include "store/annotation.hpp"

namespace lagerhuis::tests {

// A fresh directory under the system temp directory, removed with everything in it.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return path_; }
    std::filesystem::path operator/(std::string_view name) const { return path_ / name; }

private:
    std::filesystem::path path_;
};

// The demo debate with the shipped catalog and weights.
std::vector<core::Event> shipped_demo_events();

// `count` events continuing a log at `first_seq`, each marked in its request_id with its
// batch and place ("b7:2/5": batch 7, event 2 of 5), so a reader can tell whole batches
// from torn ones.
std::vector<core::Event> marked_batch(core::Seq first_seq, std::uint64_t batch, std::size_t count);

// A trainer's note with just its text and author; tests set the rest as they need.
store::Annotation note(std::string text, std::string author = "Trainer");

std::string file_bytes(const std::filesystem::path& path);
// The canonical lines of a log, for comparing two logs exactly.
std::vector<std::string> encoded(const std::vector<core::Event>& events);

}  // namespace lagerhuis::tests
