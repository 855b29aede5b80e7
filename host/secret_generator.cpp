#include "host/secret_generator.hpp"

#include <charconv>
#include <random>

#include "platform/secure_random.hpp"

namespace lagerhuis::host {

namespace {

std::string random_from(std::string_view alphabet, std::size_t length) {
    platform::SecureRandomBits source;
    std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
    std::string text;
    for (std::size_t i = 0; i < length; ++i) text.push_back(alphabet[pick(source)]);
    return text;
}

}  // namespace

std::string new_participant_token(core::ParticipantId participant) {
    return std::to_string(participant.value) + "." + random_from("0123456789abcdef", 32);
}

core::ParticipantId token_participant(const std::string& token) {
    const auto dot = token.find('.');
    if (dot == std::string::npos || dot == 0) return {};
    std::uint32_t id = 0;
    const auto [end, error] = std::from_chars(token.data(), token.data() + dot, id);
    if (error != std::errc{} || end != token.data() + dot) return {};
    return core::ParticipantId{id};
}

std::string new_session_code() { return random_from("0123456789", 6); }

std::string new_facilitator_secret() {
    constexpr std::string_view alphabet = "abcdefghjkmnpqrstuvwxyz23456789";  // no look-alikes
    return random_from(alphabet, 4) + "-" + random_from(alphabet, 4) + "-" + random_from(alphabet, 4);
}

}  // namespace lagerhuis::host
