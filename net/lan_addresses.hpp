#pragma once
// The addresses participants can reach this machine on: its IPv4 addresses, LAN ones
// first. The join URL is printed (and shown as a QR code) for each.
#include <cstdint>
#include <string>
#include <vector>

namespace lagerhuis::net {

// Non-loopback IPv4 addresses of interfaces that are up; 127.0.0.1 when there are none.
std::vector<std::string> lan_addresses();

// The addresses participants open: "http://ADDRESS:PORT/?code=CODE" (https:// with TLS) for
// every LAN address when bound to all interfaces (0.0.0.0), else for the bound address only.
std::vector<std::string> join_urls(const std::string& bind, std::uint16_t port, const std::string& code, bool tls = false);

}  // namespace lagerhuis::net
