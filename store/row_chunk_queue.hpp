#pragma once
// Hands decoded chunks from the thread that reads and decodes a session file to the one
// that folds them, in order. Either side may stop early: the reader with an error, the
// folder (a chunk it refuses) by cancelling, after which the reader's next push says so.
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <variant>

#include "store/row_chunk.hpp"

namespace lagerhuis::store {

class RowChunkQueue {
public:
    struct Finished {
        std::optional<std::string> problem;  // why reading stopped early, if it did
    };
    using Item = std::variant<std::unique_ptr<RowChunk>, Finished>;

    // Reader side. push() is false once the folder has cancelled: stop reading.
    bool push(std::unique_ptr<RowChunk> chunk);
    void finish(std::optional<std::string> problem);

    // Folder side: the next chunk, waiting for it, or Finished after the last one.
    Item next();
    void cancel();

private:
    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<std::unique_ptr<RowChunk>> chunks_;
    std::optional<Finished> finished_;
    bool cancelled_ = false;
};

}  // namespace lagerhuis::store
