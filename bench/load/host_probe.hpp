#pragma once
// What the load generator asks a running `lagerhuis serve` before it starts: its process
// id (GET /health, to read its CPU and memory from /proc) and the drogredenen in force
// (the welcome on a fresh WebSocket), so flags name real ones.
#include <cstdint>
#include <string>
#include <vector>

#include "core/result.hpp"

namespace lagerhuis::bench {

// `tls`: over HTTPS/WSS, the certificate not checked (the host's own, on loopback).
core::Result<int, std::string> health_pid(const std::string& host, std::uint16_t port, bool tls = false);
core::Result<std::vector<std::string>, std::string> catalog_fallacies(const std::string& host, std::uint16_t port,
                                                                      bool tls = false);

}  // namespace lagerhuis::bench
