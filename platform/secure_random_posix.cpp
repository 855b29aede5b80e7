#include "platform/secure_random.hpp"

#include <sys/random.h>

#include <cerrno>
#include <system_error>

namespace lagerhuis::platform {

// getrandom() only fails when interrupted (or on a kernel without it), so it is retried.
void fill_secure_random(std::span<std::uint8_t> bytes) {
    std::size_t filled = 0;
    while (filled < bytes.size()) {
        const ssize_t got = ::getrandom(bytes.data() + filled, bytes.size() - filled, 0);
        if (got > 0) filled += static_cast<std::size_t>(got);
        else if (errno != EINTR) throw std::system_error(errno, std::generic_category(), "getrandom");
    }
}

}  // namespace lagerhuis::platform
