#pragma once
// The console's connection to the session it runs: either the host embedded in the
// console (console_local_link.cpp: this laptop hosts the room), or a host on another
// laptop reached as co-facilitator (console_remote_link.cpp). The console draws from
// state() and sends commands as the gespreksleider; answers come back as notices.
// All methods are called on the UI thread; the link wakes the window
// (AppWindow::wake) whenever a new state or answer is ready.
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "app/console/console_frame.hpp"
#include "core/command.hpp"
#include "core/state.hpp"
#include "proto/presence.hpp"

namespace lagerhuis::app {

// The host's answer to a command: only refusals and failures are shown (an accepted
// command shows itself in the state).
struct ConsoleAnswer {
    ConsoleArea area = ConsoleArea::global;
    std::optional<Notice> notice;  // empty: accepted
};

class ConsoleLink {
public:
    virtual ~ConsoleLink() = default;
    // The newest state the host published (never null; empty before the first).
    virtual std::shared_ptr<const core::State> state() const = 0;
    // Who is connected to the host, as it last published; null where the console cannot
    // know (a co-facilitator's console: the wire brings it events, not connections).
    virtual std::shared_ptr<const proto::Presence> presence() const { return nullptr; }
    // The host's session clock now, in ms.
    virtual core::Millis now() const = 0;
    virtual JoinInfo join_info() const = 0;
    // Sends as the gespreksleider; the answer comes from take_answers().
    virtual void send(ConsoleArea area, core::CommandBody body) = 0;
    // Answers that arrived since the last call.
    virtual std::vector<ConsoleAnswer> take_answers() = 0;
    // Allows or refuses a device asking to go on as a participant (Presence::seat_requests).
    virtual void answer_take_over(std::uint32_t request, bool allow) = 0;
    // Whether a command of `area` still waits for its answer.
    virtual bool busy(ConsoleArea area) const = 0;
};

}  // namespace lagerhuis::app
