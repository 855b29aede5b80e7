#pragma once
// What went wrong with a session file, said so that a facilitator can act on it: which
// file, and what is wrong with it ("newer schema version 3: this program reads up to 1").
// The store's API returns these in core::Result; no exception leaves it.
#include <string>

namespace lagerhuis::store {

struct StoreError {
    std::string file;
    std::string problem;

    // "debat.lagerhuis: in use by lagerhuis serve, pid 1234 on host zaal-3"
    std::string message() const { return file.empty() ? problem : file + ": " + problem; }
};

}  // namespace lagerhuis::store
