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

// wss://: TLS, the host verified against the system's CA store and `ca_file` (a private CA).
struct WireTls {
    bool enabled = false;
    std::string ca_file;
};

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

    // Once per WireClient. A certificate that is not trusted ends it like a refused
    // connection: on_close says why, and how to pass a private CA.
    void connect(const std::string& host, std::uint16_t port, const std::string& path = "/ws", const WireTls& tls = {});
    // Queued in order (until connect, dropped); dropped when not open.
    void send(std::string text);
    void close();
    bool is_open() const;
    // Stops reading from the socket (tests: a client that stalls), or reads again.
    void pause_reading(bool paused);

    struct Impl;

private:
    EventLoop& loop_;
    Callbacks callbacks_;
    std::shared_ptr<Impl> impl_;  // made by connect, over the stream it asks for
};

}  // namespace lagerhuis::net
