#pragma once
// Starting a new session on a host: created with its config and facilitator, the
// statements added, the first one opened. Through submit_local, so it is decided and
// stored like everything else. Shared by `lagerhuis serve` and the console.
#include <optional>
#include <string>
#include <vector>

#include "core/session_config.hpp"
#include "host/session_host.hpp"

namespace lagerhuis::host {

struct SessionSetup {
    core::SessionConfig config;
    std::string facilitator_name = "Gespreksleider";
    std::vector<std::string> statements;
    bool open_first = true;
};

// Does nothing to a session that was created before (a resumed file). On failure says
// which step failed and why (English, for the log and the terminal).
std::optional<std::string> set_up_session(SessionHost& host, bool already_created, const SessionSetup& setup);

// The facilitator of a session: the participant who created it (id 1).
inline constexpr core::ParticipantId session_facilitator{1};

}  // namespace lagerhuis::host
