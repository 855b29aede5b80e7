// libFuzzer target: each input is one WebSocket text frame from an untrusted peer, read
// as a client message (what the host reads), a server message (what the client library
// reads) and plain JSON text. Crashes, hangs and leaks come from the sanitizers; a broken
// round-trip promise (wire_round_trip.hpp) aborts, so libFuzzer keeps the input too.
//
//   scripts/fuzz                    build the "fuzz" preset and fuzz for a minute
//   build/fuzz/fuzz/wire_message_fuzzer crash-<sha1>      replay one input
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "fuzz/wire_round_trip.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    if (const auto problem = lagerhuis::fuzz::wire_round_trip_problem(input)) {
        std::fprintf(stderr, "wire_message_fuzzer: %s\n", problem->c_str());
        std::abort();
    }
    return 0;
}
