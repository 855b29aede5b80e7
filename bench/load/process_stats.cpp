#include "bench/load/process_stats.hpp"

#include <sched.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace lagerhuis::bench {

std::string proc_file(int pid, const std::string& name) {
    std::ifstream in("/proc/" + std::to_string(pid) + "/" + name);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

std::vector<int> thread_ids(int pid) {
    std::vector<int> ids;
    std::error_code error;
    for (const auto& task : std::filesystem::directory_iterator("/proc/" + std::to_string(pid) + "/task", error))
        ids.push_back(std::stoi(task.path().filename().string()));
    return ids;
}

namespace {

// utime + stime from a /proc stat file: of every thread for a process, of one for a task.
double cpu_seconds_in(const std::string& stat) {
    const auto after_name = stat.rfind(')');
    if (after_name == std::string::npos) return 0;
    std::istringstream fields(stat.substr(after_name + 1));
    std::string skipped;
    for (int field = 3; field <= 13; ++field) fields >> skipped;
    long utime = 0, stime = 0;
    fields >> utime >> stime;
    return static_cast<double>(utime + stime) / static_cast<double>(::sysconf(_SC_CLK_TCK));
}

}  // namespace

double cpu_seconds(int pid) { return cpu_seconds_in(proc_file(pid, "stat")); }

std::map<int, double> thread_cpu_seconds(int pid) {
    std::map<int, double> threads;
    for (int tid : thread_ids(pid)) threads[tid] = cpu_seconds_in(proc_file(pid, "task/" + std::to_string(tid) + "/stat"));
    return threads;
}

std::optional<long> status_number(const std::string& text, const std::string& key) {
    const auto at = text.find(key);
    if (at == std::string::npos) return std::nullopt;
    std::istringstream line(text.substr(at + key.size()));
    long value = 0;
    if (!(line >> value)) return std::nullopt;
    return value;
}

double rss_mb(int pid) { return static_cast<double>(status_number(proc_file(pid, "status"), "VmRSS:").value_or(0)) / 1024.0; }

double machine_busy_seconds() {
    std::ifstream in("/proc/stat");
    std::string cpu;
    long user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0;
    in >> cpu >> user >> nice >> system >> idle >> iowait >> irq >> softirq >> steal;
    return static_cast<double>(user + nice + system + irq + softirq + steal) / static_cast<double>(::sysconf(_SC_CLK_TCK));
}

double own_cpu_seconds() {
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

bool pin_thread(int tid, int cpu) {
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(cpu, &set);
    return ::sched_setaffinity(tid, sizeof set, &set) == 0;
}

// sched_setaffinity(pid) moves one thread only: every thread of the process is pinned.
std::size_t pin_process(int pid, int cpu) {
    const auto ids = thread_ids(pid);
    return static_cast<std::size_t>(std::count_if(ids.begin(), ids.end(), [&](int tid) { return pin_thread(tid, cpu); }));
}

}  // namespace lagerhuis::bench
