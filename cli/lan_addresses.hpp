#pragma once
// The addresses participants can reach this machine on: its IPv4 addresses, LAN ones
// first. The join URL is printed (and shown as a QR code) for each.
#include <string>
#include <vector>

namespace lagerhuis::cli {

// Non-loopback IPv4 addresses of interfaces that are up; 127.0.0.1 when there are none.
std::vector<std::string> lan_addresses();

}  // namespace lagerhuis::cli
