#include "net/event_loop.hpp"

#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>

#include "net/event_loop_impl.hpp"

namespace lagerhuis::net {

EventLoop::EventLoop() : impl_(std::make_unique<Impl>()) {}
EventLoop::~EventLoop() = default;

void EventLoop::run() { impl_->context.run(); }

void EventLoop::run_for(std::chrono::milliseconds duration) { impl_->context.run_for(duration); }

void EventLoop::stop() { impl_->context.stop(); }

bool EventLoop::stopped() const { return impl_->context.stopped(); }

void EventLoop::post(std::function<void()> task) { boost::asio::post(impl_->context, std::move(task)); }

void EventLoop::after(std::chrono::milliseconds delay, std::function<void()> task) {
    auto timer = std::make_shared<boost::asio::steady_timer>(impl_->context, delay);
    timer->async_wait([timer, task = std::move(task)](const boost::system::error_code& error) {
        if (!error) task();
    });
}

}  // namespace lagerhuis::net
