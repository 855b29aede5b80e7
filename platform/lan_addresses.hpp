#pragma once
// The IPv4 addresses of this machine's network interfaces that are up, loopback left out,
// in the order the system lists them (duplicates possible). net/ sorts them and makes
// the join addresses.
#include <string>
#include <vector>

namespace lagerhuis::platform {

std::vector<std::string> interface_ipv4_addresses();

}  // namespace lagerhuis::platform
