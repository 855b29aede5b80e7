#pragma once
// A real `lagerhuis serve` process for end-to-end tests: started with the arguments a
// user would type, its port read from what it prints, stopped with SIGTERM or killed
// with SIGKILL as a crash would.
#include <sys/types.h>

#include <cstdint>
#include <string>
#include <vector>

namespace lagerhuis::tests {

class HostProcess {
public:
    // Runs LAGERHUIS_BINARY with `arguments` (after "serve --port PORT --bind 127.0.0.1";
    // port 0: any free one) and waits until it says where it listens. Fails the test if
    // it exits or says nothing.
    explicit HostProcess(const std::vector<std::string>& arguments, std::uint16_t port = 0);
    ~HostProcess();  // kills it if it still runs
    HostProcess(const HostProcess&) = delete;
    HostProcess& operator=(const HostProcess&) = delete;

    std::uint16_t port() const { return port_; }
    pid_t pid() const { return pid_; }
    // What it printed up to the "listening on" line, and after (once it exited).
    const std::string& output() const { return output_; }

    void kill_hard();  // SIGKILL, then reaps it
    int terminate();   // SIGTERM; returns the exit code (128 + signal when killed)

private:
    int wait_for_exit();
    pid_t pid_ = -1;
    int out_fd_ = -1;
    std::uint16_t port_ = 0;
    std::string output_;
};

}  // namespace lagerhuis::tests
