#include "net/lan_addresses.hpp"

#include <algorithm>

#include "platform/lan_addresses.hpp"

namespace lagerhuis::net {

std::vector<std::string> lan_addresses() {
    std::vector<std::string> addresses = platform::interface_ipv4_addresses();
    std::sort(addresses.begin(), addresses.end());
    addresses.erase(std::unique(addresses.begin(), addresses.end()), addresses.end());
    if (addresses.empty()) addresses.emplace_back("127.0.0.1");
    return addresses;
}

std::vector<std::string> join_urls(const std::string& bind, std::uint16_t port, const std::string& code, bool tls) {
    std::vector<std::string> urls;
    for (const auto& address : bind == "0.0.0.0" ? lan_addresses() : std::vector<std::string>{bind})
        urls.push_back((tls ? "https://" : "http://") + address + ":" + std::to_string(port) + "/?code=" + code);
    return urls;
}

}  // namespace lagerhuis::net
