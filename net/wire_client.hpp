#pragma once
// One WebSocket connection to a Lagerhuis host, speaking text frames: the transport under
// the client library (participant_client.hpp). Beast stays in the .cpp. Every call and
// callback happens on the EventLoop's thread.
#include <cstdint>
#include <functional>
#include <memory>
#include <string>

#include "net/event_loop.hpp"

namespace lagerhuis::net {

class WireClient {
public:
    struct Callbacks {
        std::function<void()> on_open;
        std::function<void(const std::string& text)> on_text;
        // Once per connection attempt that ends: refused, failed, or closed by either side.
        std::function<void(const std::string& why)> on_close;
    };

    WireClient(EventLoop& loop, Callbacks callbacks);
    ~WireClient();  // closes without calling back
    WireClient(const WireClient&) = delete;
    WireClient& operator=(const WireClient&) = delete;

    void connect(const std::string& host, std::uint16_t port, const std::string& path = "/ws");
    // Queued in order; dropped when not open.
    void send(std::string text);
    void close();
    bool is_open() const;
    // Stops reading from the socket (tests: a client that stalls), or reads again.
    void pause_reading(bool paused);

    struct Impl;

private:
    std::shared_ptr<Impl> impl_;
};

}  // namespace lagerhuis::net
