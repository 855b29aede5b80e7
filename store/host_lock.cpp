#include "store/host_lock.hpp"

#include <cstdlib>
#include <sstream>
#include <utility>

#include "platform/process_identity.hpp"
#include "platform/utf8_path.hpp"

namespace lagerhuis::store {

namespace {

std::string describe(const LockHolder& holder) {
    if (holder.pid == 0) return "in use by another program (its lock file does not say which yet)";
    return "in use by " + (holder.program.empty() ? std::string("another program") : holder.program) + ", pid " +
           std::to_string(holder.pid) + " on host " + (holder.host.empty() ? std::string("?") : holder.host);
}

// "pid=1234\nhost=zaal-3\nprogram=lagerhuis serve\n"
std::string holder_text(const LockHolder& holder) {
    return "pid=" + std::to_string(holder.pid) + "\nhost=" + holder.host + "\nprogram=" + holder.program + "\n";
}

LockHolder read_holder(const std::string& text) {
    LockHolder holder;
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
        const auto equals = line.find('=');
        if (equals == std::string::npos) continue;
        const std::string key = line.substr(0, equals), value = line.substr(equals + 1);
        if (key == "pid") holder.pid = std::atol(value.c_str());
        else if (key == "host") holder.host = value;
        else if (key == "program") holder.program = value;
    }
    return holder;
}

}  // namespace

std::filesystem::path HostLock::lock_path(const std::filesystem::path& session_file) {
    return std::filesystem::path(session_file) += ".lock";
}

core::Result<HostLock, StoreError> HostLock::acquire(const std::filesystem::path& session_file, std::string_view program) {
    const std::filesystem::path path = lock_path(session_file);
    const LockHolder self{platform::process_id(), platform::host_name(), std::string(program)};
    auto attempt = platform::FileLock::acquire(path, holder_text(self));
    if (attempt.lock) return HostLock(std::move(*attempt.lock));
    const std::string problem = attempt.held_by_other
                                    ? describe(read_holder(attempt.holder_text)) + " (lock file " + platform::utf8_of(path) + ")"
                                    : attempt.problem;
    return core::Failure{StoreError{platform::utf8_of(session_file), problem}};
}

std::optional<std::string> HostLock::holder_of(const std::filesystem::path& session_file) {
    const auto text = platform::FileLock::holder_text(lock_path(session_file));
    if (!text) return std::nullopt;
    return describe(read_holder(*text));
}

}  // namespace lagerhuis::store
