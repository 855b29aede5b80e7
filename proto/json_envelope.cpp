#include "proto/json_envelope.hpp"

namespace lagerhuis::proto {

std::optional<DecodeError> JsonCodec<VersionField>::decode(const boost::json::value& json,
                                                           VersionField& expected) {
    int version = 0;
    if (auto error = from_json(json, version)) return error;
    if (version != expected.version)
        return DecodeError{{}, "unsupported version " + std::to_string(version) + " (this build reads version " +
                                   std::to_string(expected.version) + ")"};
    return std::nullopt;
}

}  // namespace lagerhuis::proto
