#include "platform/stop_request.hpp"

#include <pthread.h>
#include <signal.h>

namespace lagerhuis::platform {

namespace {

sigset_t stop_signals() {
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    return signals;
}

}  // namespace

StopRequest::StopRequest() {
    const sigset_t signals = stop_signals();
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
}

StopRequest::~StopRequest() = default;

std::string StopRequest::wait() {
    const sigset_t signals = stop_signals();
    int signal = 0;
    sigwait(&signals, &signal);
    return signal == SIGINT ? "Ctrl-C" : "SIGTERM";
}

}  // namespace lagerhuis::platform
