#pragma once
// What the participant screen draws from: a copy of the client's state, made on the
// network thread and handed to the UI thread whole (participant_session.hpp). Panels
// read only this, so a test draws them from a hand-made one.
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>

#include "app/ui/notice.hpp"
#include "core/fallacy_catalog.hpp"
#include "core/message_catalog.hpp"
#include "core/refusal.hpp"
#include "proto/clock_offset.hpp"
#include "proto/participant_view.hpp"
#include "proto/wire_reason.hpp"

namespace lagerhuis::app {

// Where an answer is shown: beside the action it concerns (as on the browser page).
enum class NoticeArea : unsigned char { global, join, seat, hand, poll, arguments, flag };
inline constexpr std::size_t notice_area_count = 7;
inline constexpr std::size_t index_of(NoticeArea area) { return static_cast<std::size_t>(area); }

enum class ConnectionStatus : unsigned char {
    idle,          // not started: the join form
    connecting,    // started, not joined yet
    online,        // joined
    reconnecting,  // lost the connection; the client tries again by itself
    stopped,       // the host said goodbye for good (stopped, or replaced elsewhere)
};

enum class ParticipantPhase : unsigned char {
    signed_out,  // the join form
    joining,     // code and name sent
    resuming,    // signing back in with a remembered token
    debate,      // joined, with a view
};

struct ParticipantSnapshot {
    std::uint64_t version = 0;
    ParticipantPhase phase = ParticipantPhase::signed_out;
    ConnectionStatus connection = ConnectionStatus::idle;
    std::string host;  // "HOST:PORT", for the join form
    std::string code;  // what was joined with
    std::string name;
    std::string token;  // the host's token once joined: remembered for a restart
    std::string title;  // the session's title (from the view)
    std::optional<proto::ParticipantView> view;
    std::optional<proto::PersonalView> me;
    core::FallacyCatalog catalog;
    proto::ClockOffset clock;
    std::array<std::optional<Notice>, notice_area_count> notices;
    std::array<bool, notice_area_count> busy{};  // a command of that area awaits its answer

    const std::optional<Notice>& notice(NoticeArea area) const { return notices[index_of(area)]; }
    bool is_busy(NoticeArea area) const { return busy[index_of(area)]; }
};

}  // namespace lagerhuis::app
