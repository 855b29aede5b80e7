#pragma once
// What the privacy officer's commands (erase, delete, export --participant) refuse before
// they touch a file, said in the user's language with what to do, and always ending in
// what did not happen ("Er is niets veranderd."): a file that is no session, one a host
// holds, one that is read-only. Each fails the command with exit code 2.
#include <string>
#include <string_view>

#include "cli/cli_support.hpp"

namespace lagerhuis::cli {

struct Refusing {
    std::string_view command;   // "erase"
    const CliTexts& say;
    std::string_view nothing;   // "cli.nothing_changed", "cli.nothing_deleted"
    // Fails with say(key, params) and the `nothing` line.
    [[noreturn]] void fail_with(std::string_view key, const core::MessageCatalog::Params& params) const;
};

void refuse_unless_session(const Refusing& refusing, const std::string& file);
void refuse_if_in_use(const Refusing& refusing, const std::string& file);
// Marked read-only (also for root, who could write it anyway) or on read-only media.
void refuse_if_read_only(const Refusing& refusing, const std::string& file);

}  // namespace lagerhuis::cli
