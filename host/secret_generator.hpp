#pragma once
// Random secrets the host hands out: participant tokens, the facilitator secret and the
// session code. From the operating system's random source (platform/secure_random.hpp),
// never from a seeded generator.
#include <string>

#include "core/ids.hpp"

namespace lagerhuis::host {

// "7.6f1c2a9be04d3e58a1b2c3d4e5f60718": the participant id, then 128 random bits.
std::string new_participant_token(core::ParticipantId participant);
// The participant a token claims to be (0 when it is not of our form).
core::ParticipantId token_participant(const std::string& token);
// Six digits people can read off a projector and type on a phone.
std::string new_session_code();
// Three groups of four lowercase letters and digits: "k3v9-x2mq-77ab" (62 bits).
std::string new_facilitator_secret();

}  // namespace lagerhuis::host
