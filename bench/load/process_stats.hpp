#pragma once
// A process seen from outside through /proc (Linux): its CPU time, per thread too, its
// memory and limits, the machine's busy time, and pinning a process to one core.
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace lagerhuis::bench {

std::string proc_file(int pid, const std::string& name);
std::vector<int> thread_ids(int pid);
double cpu_seconds(int pid);
std::map<int, double> thread_cpu_seconds(int pid);
// A line's first number, e.g. "VmRSS:  1234 kB" or "Max open files  1024  4096  files".
std::optional<long> status_number(const std::string& text, const std::string& key);
double rss_mb(int pid);
// CPU time all processes of the machine spent: minus ours and the host's, what others took.
double machine_busy_seconds();
double own_cpu_seconds();
// One thread (a task id) on `cpu`.
bool pin_thread(int tid, int cpu);
// Every thread of the process on `cpu`; returns how many were pinned.
std::size_t pin_process(int pid, int cpu);

}  // namespace lagerhuis::bench
