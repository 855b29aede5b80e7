#pragma once
// One plain HTTP GET to a host on 127.0.0.1, as curl would: for tests of what the host
// serves over HTTP (GET /health).
#include <cstdint>
#include <string>

namespace lagerhuis::tests {

struct HttpAnswer {
    int status = 0;
    std::string body;
};

HttpAnswer http_get(std::uint16_t port, const std::string& target);

}  // namespace lagerhuis::tests
