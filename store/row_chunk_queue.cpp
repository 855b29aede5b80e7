#include "store/row_chunk_queue.hpp"

namespace lagerhuis::store {

bool RowChunkQueue::push(std::unique_ptr<RowChunk> chunk) {
    {
        const std::lock_guard lock(mutex_);
        if (cancelled_) return false;
        chunks_.push_back(std::move(chunk));
    }
    changed_.notify_one();
    return true;
}

void RowChunkQueue::finish(std::optional<std::string> problem) {
    {
        const std::lock_guard lock(mutex_);
        finished_ = Finished{std::move(problem)};
    }
    changed_.notify_one();
}

RowChunkQueue::Item RowChunkQueue::next() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return !chunks_.empty() || finished_.has_value(); });
    if (chunks_.empty()) return *finished_;
    auto chunk = std::move(chunks_.front());
    chunks_.pop_front();
    return chunk;
}

void RowChunkQueue::cancel() {
    const std::lock_guard lock(mutex_);
    cancelled_ = true;
    chunks_.clear();
}

}  // namespace lagerhuis::store
