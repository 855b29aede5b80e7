#pragma once
// A co-facilitator's console: the same screen, run against a host on another laptop
// (`lagerhuis host --connect HOST:PORT --secret S`). The client library joins with the
// facilitator secret and receives every event; they are folded here into the state the
// panels draw, exactly as the host folds them. Commands go over the wire; the host
// checks the role on every one.
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "app/console/console_link.hpp"
#include "net/event_loop.hpp"
#include "net/wire_client.hpp"
#include "net/participant_client.hpp"

namespace lagerhuis::app {

struct RemoteLinkOptions {
    // Called on another thread when a new state or answer is ready (AppWindow::wake).
    std::function<void()> wake;
    std::string host = "127.0.0.1";
    std::uint16_t port = 8080;
    net::WireTls tls;  // an https:// host: wss://, verified against the system's CAs
    std::string secret;
    std::string name = "Tweede gespreksleider";
};

class RemoteLink final : public ConsoleLink {
public:
    explicit RemoteLink(RemoteLinkOptions options);
    ~RemoteLink() override;  // closes the connection, joins the network thread

    std::shared_ptr<const core::State> state() const override;
    core::Millis now() const override;
    JoinInfo join_info() const override;
    void send(ConsoleArea area, core::CommandBody body) override;
    std::vector<ConsoleAnswer> take_answers() override;
    void answer_take_over(std::uint32_t request, bool allow) override;
    bool busy(ConsoleArea area) const override;

private:
    // [SECTION] On the network thread only
    void fold_new_events();
    void watch_clock();
    void wake_ui() const;
    void answer(const std::string& request_id, std::optional<Notice> notice);
    Notice dropped_slow_notice() const;

    const RemoteLinkOptions options_;
    net::EventLoop loop_;
    std::unique_ptr<net::ParticipantClient> client_;
    core::State folded_;
    std::size_t folded_count_ = 0;
    std::map<std::string, ConsoleArea> pending_;  // request id → area
    bool dropped_slow_ = false;  // the host said bye too_slow; the close follows

    mutable std::mutex mutex_;  // guards what follows
    std::shared_ptr<const core::State> published_ = std::make_shared<const core::State>();
    std::vector<ConsoleAnswer> answers_;
    std::map<ConsoleArea, int> busy_;
    bool online_ = false;
    double clock_offset_ms_ = 0;
    std::thread thread_;  // last: runs the loop once everything above exists
};

}  // namespace lagerhuis::app
