#include "platform/stop_request.hpp"

#include <windows.h>

namespace lagerhuis::platform {

namespace {

// The console's handler runs on a thread of its own that Windows starts; it talks to
// wait() and the destructor through two events. One StopRequest per process.
HANDLE asked = nullptr;     // set by the handler: the user wants to stop
HANDLE finished = nullptr;  // set by the destructor: the program has stopped
DWORD asked_how = CTRL_C_EVENT;

BOOL WINAPI on_console_event(DWORD event) {
    asked_how = event;
    SetEvent(asked);
    if (event == CTRL_C_EVENT || event == CTRL_BREAK_EVENT) return TRUE;  // wait() takes it from here
    // Close, logoff, shutdown: the process ends as soon as we return.
    WaitForSingleObject(finished, 4500);
    return TRUE;
}

}  // namespace

StopRequest::StopRequest() {
    asked = CreateEventW(nullptr, TRUE, FALSE, nullptr);
    finished = CreateEventW(nullptr, TRUE, FALSE, nullptr);
    SetConsoleCtrlHandler(on_console_event, TRUE);
}

StopRequest::~StopRequest() {
    SetEvent(finished);
    SetConsoleCtrlHandler(on_console_event, FALSE);
}

std::string StopRequest::wait() {
    WaitForSingleObject(asked, INFINITE);
    switch (asked_how) {
        case CTRL_C_EVENT: return "Ctrl-C";
        case CTRL_BREAK_EVENT: return "Ctrl-Break";
        case CTRL_CLOSE_EVENT: return "the window was closed";
        default: return "Windows is shutting down";
    }
}

}  // namespace lagerhuis::platform
