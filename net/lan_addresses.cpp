#include "net/lan_addresses.hpp"

#include <arpa/inet.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <netinet/in.h>

#include <algorithm>

namespace lagerhuis::net {

std::vector<std::string> lan_addresses() {
    std::vector<std::string> addresses;
    ifaddrs* list = nullptr;
    if (getifaddrs(&list) == 0) {
        for (ifaddrs* entry = list; entry; entry = entry->ifa_next) {
            if (!entry->ifa_addr || entry->ifa_addr->sa_family != AF_INET) continue;
            if (!(entry->ifa_flags & IFF_UP) || (entry->ifa_flags & IFF_LOOPBACK)) continue;
            char text[INET_ADDRSTRLEN] = {};
            const auto* address = reinterpret_cast<const sockaddr_in*>(entry->ifa_addr);
            if (inet_ntop(AF_INET, &address->sin_addr, text, sizeof text)) addresses.emplace_back(text);
        }
        freeifaddrs(list);
    }
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
