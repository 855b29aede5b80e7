#include "host_process.hpp"

#include <catch2/catch.hpp>

#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>

namespace lagerhuis::tests {

HostProcess::HostProcess(const std::vector<std::string>& arguments, std::uint16_t port) {
    std::vector<std::string> words{LAGERHUIS_BINARY, "serve", "--port", std::to_string(port), "--bind", "127.0.0.1"};
    words.insert(words.end(), arguments.begin(), arguments.end());
    int pipe_fds[2];
    REQUIRE(::pipe(pipe_fds) == 0);
    pid_ = ::fork();
    REQUIRE(pid_ >= 0);
    if (pid_ == 0) {
        ::dup2(pipe_fds[1], STDOUT_FILENO);
        ::close(pipe_fds[0]);
        ::close(pipe_fds[1]);
        std::vector<char*> argv;
        for (auto& word : words) argv.push_back(word.data());
        argv.push_back(nullptr);
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    ::close(pipe_fds[1]);
    out_fd_ = pipe_fds[0];
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    const std::string marker = "listening on http://127.0.0.1:";
    while (port_ == 0 && std::chrono::steady_clock::now() < deadline) {
        pollfd ready{out_fd_, POLLIN, 0};
        if (::poll(&ready, 1, 100) <= 0) continue;
        char buffer[4096];
        const auto n = ::read(out_fd_, buffer, sizeof buffer);
        if (n <= 0) break;  // it exited
        output_.append(buffer, static_cast<std::size_t>(n));
        const auto at = output_.find(marker);
        if (at != std::string::npos && output_.find('/', at + marker.size()) != std::string::npos)
            port_ = static_cast<std::uint16_t>(std::stoi(output_.substr(at + marker.size())));
    }
    INFO(output_);
    REQUIRE(port_ != 0);
}

HostProcess::~HostProcess() {
    if (pid_ > 0) kill_hard();
    if (out_fd_ >= 0) ::close(out_fd_);
}

int HostProcess::wait_for_exit() {
    // Drain what it still prints so it never blocks on a full pipe.
    char buffer[4096];
    for (ssize_t n; (n = ::read(out_fd_, buffer, sizeof buffer)) > 0;) output_.append(buffer, static_cast<std::size_t>(n));
    int status = 0;
    ::waitpid(pid_, &status, 0);
    pid_ = -1;
    if (WIFEXITED(status)) return WEXITSTATUS(status);
    if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
    return -1;
}

void HostProcess::kill_hard() {
    ::kill(pid_, SIGKILL);
    wait_for_exit();
}

int HostProcess::terminate() {
    ::kill(pid_, SIGTERM);
    return wait_for_exit();
}

}  // namespace lagerhuis::tests
