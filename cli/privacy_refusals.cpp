#include "cli/privacy_refusals.hpp"

#include <filesystem>

#include "platform/file_access.hpp"
#include "platform/utf8_path.hpp"
#include "store/host_lock.hpp"
#include "store/session_file.hpp"

namespace lagerhuis::cli {

void Refusing::fail_with(std::string_view key, const core::MessageCatalog::Params& params) const {
    fail(command, say(key, params) + " " + say(nothing));
}

void refuse_unless_session(const Refusing& refusing, const std::string& file) {
    auto reader = store::SessionFile::open_read_only(platform::path_from_utf8(file));
    if (!reader) refusing.fail_with("cli.not_a_session", {{"file", file}, {"detail", reader.error().problem}});
}

void refuse_if_in_use(const Refusing& refusing, const std::string& file) {
    if (auto holder = store::HostLock::holder_of(platform::path_from_utf8(file))) refusing.fail_with("cli.file_in_use", {{"file", file}, {"holder", *holder}});
}

void refuse_if_read_only(const Refusing& refusing, const std::string& file) {
    namespace fs = std::filesystem;
    std::error_code error;
    const auto permissions = fs::status(platform::path_from_utf8(file), error).permissions();
    const auto writable = fs::perms::owner_write | fs::perms::group_write | fs::perms::others_write;
    if (error || (permissions & writable) == fs::perms::none || !platform::may_write(platform::path_from_utf8(file)))
        refusing.fail_with("cli.file_read_only", {{"file", file}});
}

}  // namespace lagerhuis::cli
