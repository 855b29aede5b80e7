#include "store/row_chunk_queue.hpp"

namespace lagerhuis::store {

bool RowChunkQueue::add(std::unique_ptr<RowChunk> chunk) {
    {
        const std::lock_guard lock(mutex_);
        if (cancelled_) return false;
        slots_.push_back(Slot{std::move(chunk), Stage::read});
    }
    changed_.notify_all();
    return true;
}

void RowChunkQueue::reading_done(std::optional<std::string> problem) {
    {
        const std::lock_guard lock(mutex_);
        finished_ = Finished{std::move(problem)};
    }
    changed_.notify_all();
}

RowChunk* RowChunkQueue::claim_undecoded() {
    if (cancelled_) return nullptr;
    for (auto& slot : slots_)
        if (slot.stage == Stage::read) {
            slot.stage = Stage::decoding;
            return slot.chunk.get();  // heap-held: stays put while the deque changes
        }
    return nullptr;
}

void RowChunkQueue::decode_claimed(std::unique_lock<std::mutex>& lock, RowChunk* chunk) {
    lock.unlock();
    chunk->decode();
    lock.lock();
    for (auto& slot : slots_)
        if (slot.chunk.get() == chunk) slot.stage = Stage::decoded;
    changed_.notify_all();
}

void RowChunkQueue::help_decode() {
    std::unique_lock lock(mutex_);
    while (RowChunk* chunk = claim_undecoded()) decode_claimed(lock, chunk);
}

RowChunkQueue::Item RowChunkQueue::next() {
    std::unique_lock lock(mutex_);
    while (true) {
        if (!slots_.empty() && slots_.front().stage == Stage::decoded) {
            auto chunk = std::move(slots_.front().chunk);
            slots_.pop_front();
            return chunk;
        }
        if (slots_.empty() && finished_) return *finished_;
        if (RowChunk* chunk = claim_undecoded()) {
            decode_claimed(lock, chunk);
            continue;
        }
        changed_.wait(lock);
    }
}

void RowChunkQueue::cancel() {
    {
        const std::lock_guard lock(mutex_);
        cancelled_ = true;
    }
    changed_.notify_all();
}

}  // namespace lagerhuis::store
