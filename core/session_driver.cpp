#include "session_driver.hpp"

namespace lagerhuis::core {

Decision SessionDriver::submit(ParticipantId actor, CommandBody body, Millis now) {
    const Command command{actor, "r" + std::to_string(++requests_), std::move(body)};
    Decision decision = decide(state_, command, now);
    if (decision) {
        for (const auto& event : *decision) {
            apply(state_, event);
            log_.push_back(event);
        }
    }
    return decision;
}

}  // namespace lagerhuis::core
