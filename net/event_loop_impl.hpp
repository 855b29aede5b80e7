#pragma once
// The Asio side of EventLoop, for net/'s own .cpp files only.
#include <optional>

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>

#include "net/event_loop.hpp"

namespace lagerhuis::net {

struct EventLoop::Impl {
    boost::asio::io_context context{1};
    std::optional<boost::asio::executor_work_guard<boost::asio::io_context::executor_type>> keep_running{
        context.get_executor()};
};

}  // namespace lagerhuis::net
