#pragma once
// A bare WebSocket client for tests of how the host ends a connection: it sends exactly
// the frames a test gives, reads only when told to (so it can play a client that stopped
// reading), and reports the close code and reason the host's close frame carried, as a
// browser's onclose would (1006 when the connection ended without one).
#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "proto/wire_reason.hpp"

namespace lagerhuis::tests {

class RawWebSocket {
public:
    // Connects to 127.0.0.1:`port`/ws. `receive_buffer` > 0: the socket's kernel receive
    // buffer in bytes, so a client that does not read fills up fast.
    explicit RawWebSocket(std::uint16_t port, int receive_buffer = 0);
    ~RawWebSocket();
    RawWebSocket(const RawWebSocket&) = delete;
    RawWebSocket& operator=(const RawWebSocket&) = delete;

    // Sends text frames one after the other, while reading what comes back; stops early
    // when the host closed the connection.
    void send(const std::vector<std::string>& frames);
    void send(const std::string& frame) { send(std::vector<std::string>{frame}); }

    struct Ending {
        std::vector<std::string> messages;  // the text messages read before the close
        int close_code = 1006;              // 1006: no close frame came (RFC 6455 7.1.5)
        std::string close_reason;
    };
    // Reads everything until the connection ends or `timeout` passes (then close_code is 0).
    Ending read_until_closed(std::chrono::milliseconds timeout = std::chrono::seconds(10));

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// The wire reason codes of the errors and byes among `messages` (server JSON), in order.
std::vector<proto::WireCode> wire_reasons(const std::vector<std::string>& messages);

}  // namespace lagerhuis::tests
