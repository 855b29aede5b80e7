#pragma once
// The Asio side of EventLoop, for net/'s own .cpp files only.
#include <map>
#include <memory>
#include <optional>
#include <string>

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ssl/context.hpp>

#include "net/event_loop.hpp"

namespace lagerhuis::net {

struct EventLoop::Impl {
    boost::asio::io_context context{1};
    std::optional<boost::asio::executor_work_guard<boost::asio::io_context::executor_type>> keep_running{
        context.get_executor()};
    // Clients' TLS contexts by CA file (client_tls.hpp): made once, shared by every client.
    std::map<std::string, std::shared_ptr<boost::asio::ssl::context>> client_tls;
};

}  // namespace lagerhuis::net
