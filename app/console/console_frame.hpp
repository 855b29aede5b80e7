#pragma once
// What the facilitator console draws from, one frame at a time: the session's state as
// the host last published it, its scoreboard, the host's clock, how participants join,
// and the answers to the console's own commands. Panels read only this (and their small
// UI state), so a test draws any panel from a state folded by core::SessionDriver.
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "app/ui/notice.hpp"
#include "app/ui/texts.hpp"
#include "core/scoreboard.hpp"
#include "core/state.hpp"
#include "proto/presence.hpp"

namespace lagerhuis::app {

// Where the answer to a console command is shown: beside the panel that sent it.
enum class ConsoleArea : unsigned char { global, statement, timer, queue, room, tagging, people, flags, polls };
inline constexpr std::size_t console_area_count = 9;
inline constexpr std::size_t index_of(ConsoleArea area) { return static_cast<std::size_t>(area); }

using ConsoleNotices = std::array<std::optional<Notice>, console_area_count>;

// How participants reach this session (the embedded host), or whose host a
// co-facilitator console is connected to.
struct JoinInfo {
    std::vector<std::string> urls;  // "http://192.168.1.20:8080/?code=482913", one per LAN address
    std::string code;               // the session code
    std::string secret;             // the co-facilitator secret (empty on a co-facilitator console)
    int connections = 0;            // open participant connections
    bool remote = false;            // this console is a co-facilitator's, on another laptop
    bool online = true;             // a co-facilitator console: connected to the host
    // How long the host has listened without any device reaching it (0 once one has):
    // after a few minutes the Meedoen tab says what usually blocks phones on a LAN.
    core::Millis unreached_ms = 0;
};

struct ConsoleFrame {
    const core::State& state;
    const core::Scoreboard& scoreboard;  // of `state`
    const Texts& texts;
    core::Millis now_ms = 0;  // the host's session clock now (running turns count from it)
    const JoinInfo& join;
    const ConsoleNotices& notices;
    std::array<bool, console_area_count> busy{};  // a command of that area awaits its answer
    // A recorded session in the replay viewer: the panels show the moment as it was and
    // offer no commands (no buttons, no forms).
    bool review = false;
    // Who is connected to the host; null where that is not known (a replay, a
    // co-facilitator's console): then everyone in the session counts as present.
    const proto::Presence* presence = nullptr;

    proto::RoomCount room_count() const { return proto::count_room(state, presence); }

    const std::optional<Notice>& notice(ConsoleArea area) const { return notices[index_of(area)]; }
    bool is_busy(ConsoleArea area) const { return busy[index_of(area)]; }
    // The gespreksleider's own id: commands are sent as this participant.
    core::ParticipantId facilitator() const { return core::ParticipantId{1}; }
};

}  // namespace lagerhuis::app
