#pragma once
// Chunks of rows on their way from the thread that reads a session file to the one that
// folds them. Decoding is most of the work, so whichever of the two threads is free does
// it: the reader once it has read everything, the folder whenever the chunk it needs next
// is not decoded yet. The folder gets the chunks decoded and in log order. Either side
// may stop early: the reader with an error, the folder by cancelling (a chunk it refuses).
//
//   reader thread:  while (rows) queue.add(std::move(chunk));  queue.reading_done(problem);
//                   queue.help_decode();
//   folder thread:  while (auto* chunk = std::get_if<...>(&(item = queue.next()))) fold(**chunk);
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

    // Reader side. add() is false once the folder has cancelled: stop reading.
    bool add(std::unique_ptr<RowChunk> chunk);
    void reading_done(std::optional<std::string> problem);
    // Decodes chunks nobody has taken on yet, until there are none left.
    void help_decode();

    // Folder side: the next chunk, decoded (decoding chunks itself while it waits), or
    // Finished after the last one.
    Item next();
    void cancel();

private:
    enum class Stage { read, decoding, decoded };
    struct Slot {
        std::unique_ptr<RowChunk> chunk;
        Stage stage = Stage::read;
    };
    // Under the lock: a chunk nobody decodes yet, now claimed by the caller; or nullptr.
    RowChunk* claim_undecoded();
    // Decodes a claimed chunk outside the lock, then marks it done.
    void decode_claimed(std::unique_lock<std::mutex>& lock, RowChunk* chunk);

    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<Slot> slots_;  // in log order; the front is the folder's next
    std::optional<Finished> finished_;
    bool cancelled_ = false;
};

}  // namespace lagerhuis::store
