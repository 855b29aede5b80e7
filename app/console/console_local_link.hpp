#pragma once
// The host embedded in the console: the session file, the session host on its thread,
// and the network server participants join on, all started with the console and
// stopped (the WAL checkpointed) when it closes.
#include <atomic>
#include <cstdint>
#include <functional>
#include <filesystem>
#include <future>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "app/console/console_link.hpp"
#include "core/result.hpp"
#include "host/session_host.hpp"
#include "host/session_setup.hpp"
#include "net/server_tls.hpp"
#include "store/retention.hpp"

namespace lagerhuis::net { class Server; }

namespace lagerhuis::app {

struct LocalLinkOptions {
    // Called on another thread when a new state or answer is ready (AppWindow::wake).
    std::function<void()> wake;
    std::filesystem::path session;     // created if missing, resumed if it exists
    std::filesystem::path assets;      // web/ and messages.ini are served from here
    std::string bind = "0.0.0.0";
    std::uint16_t port = 8080;         // 0: any free port
    std::string code;                  // empty: six random digits
    std::string secret;                // empty: a random one
    net::TlsFiles tls;                 // set: HTTPS and WSS (checked before, see check_tls_files)
    int keep_days = store::default_keep_days;  // a new file's retention (store/retention.hpp)
    host::SessionSetup setup;          // for a new session
    // A demo file starts with a turn paused by recovery: let it run on.
    bool resume_paused_turn = false;
};

class LocalLink final : public ConsoleLink {
public:
    // Fails with a message (English) naming what could not be started: the port, the file.
    static core::Result<std::unique_ptr<LocalLink>, std::string> start(const LocalLinkOptions& options);
    ~LocalLink() override;  // stops the host (checkpointing the file), then the server

    std::shared_ptr<const core::State> state() const override;
    std::shared_ptr<const proto::Presence> presence() const override;
    core::Millis now() const override;
    JoinInfo join_info() const override;
    void send(ConsoleArea area, core::CommandBody body) override;
    std::vector<ConsoleAnswer> take_answers() override;
    void answer_take_over(std::uint32_t request, bool allow) override;
    bool busy(ConsoleArea area) const override;

    const std::filesystem::path& session_path() const { return path_; }
    std::uint16_t port() const;
    bool tls() const;
    bool resumed() const { return resumed_; }

private:
    LocalLink() = default;
    void on_state(std::shared_ptr<const core::State> state);
    void on_presence(std::shared_ptr<const proto::Presence> presence);

    std::unique_ptr<net::Server> server_;
    std::unique_ptr<host::SessionHost> host_;
    std::filesystem::path path_;
    std::string bind_;
    std::function<void()> wake_;
    bool resumed_ = false;
    core::Millis listening_since_ms_ = 0;  // the session clock when the host was ready
    mutable std::mutex mutex_;
    std::shared_ptr<const core::State> state_ = std::make_shared<const core::State>();
    std::shared_ptr<const proto::Presence> presence_ = std::make_shared<const proto::Presence>();
    std::vector<std::pair<ConsoleArea, std::future<host::LocalOutcome>>> waiting_;  // UI thread only
};

}  // namespace lagerhuis::app
