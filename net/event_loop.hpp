#pragma once
// A network event loop (an Asio io_context) behind a plain interface, so code that only
// drives clients or a server never includes Asio. One thread runs it.
#include <chrono>
#include <functional>
#include <memory>

namespace lagerhuis::net {

class EventLoop {
public:
    EventLoop();
    ~EventLoop();
    EventLoop(const EventLoop&) = delete;
    EventLoop& operator=(const EventLoop&) = delete;

    // Runs handlers until stop() (keeps running while idle).
    void run();
    // Runs handlers for at most `duration`; returns early after stop().
    void run_for(std::chrono::milliseconds duration);
    // Thread-safe; run() returns soon after.
    void stop();
    bool stopped() const;
    // Thread-safe: `task` runs on the loop's thread, in the order posted.
    void post(std::function<void()> task);
    // Runs `task` on the loop's thread after `delay`.
    void after(std::chrono::milliseconds delay, std::function<void()> task);

    struct Impl;
    Impl& impl() { return *impl_; }

private:
    std::unique_ptr<Impl> impl_;
};

}  // namespace lagerhuis::net
