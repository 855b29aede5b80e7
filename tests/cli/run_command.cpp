#include "tests/cli/run_command.hpp"

#include <sys/wait.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "tests/cli/temp_file.hpp"

namespace lagerhuis::tests {

namespace {

std::string shell_quoted(const std::string& word) {
    std::string quoted = "'";
    for (char c : word) {
        if (c == '\'')
            quoted += "'\\''";
        else
            quoted += c;
    }
    return quoted + "'";
}

}  // namespace

CommandOutput run_command(const std::vector<std::string>& argv) {
    // popen only captures stdout; stderr goes to a file read afterwards.
    const TempFile err_file("", ".stderr");
    std::string command;
    for (const auto& word : argv) command += shell_quoted(word) + ' ';
    // Nothing on stdin, as from a script: a command that would ask (lagerhuis delete) must not wait.
    command += "2>" + shell_quoted(err_file.string()) + " </dev/null";

    FILE* pipe = ::popen(command.c_str(), "r");
    if (pipe == nullptr) throw std::runtime_error("popen failed for: " + command);
    CommandOutput result;
    char buffer[4096];
    std::size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) result.out.append(buffer, n);
    const int status = ::pclose(pipe);
    if (status != -1 && WIFEXITED(status))
        result.exit_code = WEXITSTATUS(status);
    else if (status != -1 && WIFSIGNALED(status))
        result.exit_code = 128 + WTERMSIG(status);

    std::ifstream err(err_file.path(), std::ios::binary);
    std::ostringstream err_text;
    err_text << err.rdbuf();
    result.err = std::move(err_text).str();
    return result;
}

}  // namespace lagerhuis::tests
