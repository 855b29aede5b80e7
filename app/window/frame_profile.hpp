#pragma once
// Frame statistics for `--profile` and the console benchmark: the CPU time the UI thread
// spends building each frame (NewFrame to Render, without the GPU), as median, p99 and
// maximum over the frames drawn.
#include <string>
#include <string_view>
#include <vector>

namespace lagerhuis::app {

class FrameProfile {
public:
    class Timing {
    public:
        explicit Timing(FrameProfile& profile);
        ~Timing();
        Timing(const Timing&) = delete;
        Timing& operator=(const Timing&) = delete;

    private:
        FrameProfile& profile_;
        double start_ms_;
    };

    // Measures until the returned object goes out of scope.
    Timing measure() { return Timing(*this); }
    void add(double cpu_ms) { samples_.push_back(cpu_ms); }
    std::size_t frames() const { return samples_.size(); }
    double percentile(double p) const;  // 0..100, of the CPU ms per frame
    // "console: 300 frames, UI CPU per frame median 0.41 ms, p99 0.93 ms, max 1.20 ms\n"
    std::string summary(std::string_view name) const;

    // This thread's CPU time in ms.
    static double thread_cpu_ms();

private:
    std::vector<double> samples_;
};

}  // namespace lagerhuis::app
