#pragma once
// A program that runs until the user stops it (`serve`) waits here. POSIX: Ctrl-C and
// SIGTERM, taken by sigwait in this thread, so no handler runs in the middle of the host's
// work. Windows: Ctrl-C, Ctrl-Break, closing the console window, logging off or shutting
// down (SetConsoleCtrlHandler); Windows ends the process when the handler returns, so the
// handler holds the process until this object is destroyed, i.e. until the program has
// saved and stopped (Windows allows about 5 s for a closed window).
#include <string>

namespace lagerhuis::platform {

class StopRequest {
public:
    // Before any other thread starts: on POSIX the threads inherit the blocked signals.
    StopRequest();
    ~StopRequest();
    StopRequest(const StopRequest&) = delete;
    StopRequest& operator=(const StopRequest&) = delete;

    // Blocks until the user asks to stop; says how ("Ctrl-C", "SIGTERM", "the window was closed").
    std::string wait();
};

}  // namespace lagerhuis::platform
