#include "platform/secure_random.hpp"

#include <windows.h>
#include <bcrypt.h>

#include <system_error>

namespace lagerhuis::platform {

void fill_secure_random(std::span<std::uint8_t> bytes) {
    const NTSTATUS status =
        BCryptGenRandom(nullptr, bytes.data(), static_cast<ULONG>(bytes.size()), BCRYPT_USE_SYSTEM_PREFERRED_RNG);
    if (status != 0) throw std::system_error(static_cast<int>(status), std::system_category(), "BCryptGenRandom");
}

}  // namespace lagerhuis::platform
