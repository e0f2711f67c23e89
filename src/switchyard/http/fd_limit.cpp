#include "switchyard/http/fd_limit.hpp"

#include <sys/resource.h>

#include <cstdio>

namespace switchyard::http {

namespace {

// /proc/sys/fs/nr_open: the most a process may set RLIMIT_NOFILE to.
std::uint64_t kernel_nr_open() {
  std::uint64_t n = 1u << 20;  // the kernel's default
  if (std::FILE* f = std::fopen("/proc/sys/fs/nr_open", "r")) {
    unsigned long long v = 0;
    if (std::fscanf(f, "%llu", &v) == 1 && v > 0) n = v;
    std::fclose(f);
  }
  return n;
}

}  // namespace

std::uint64_t current_fd_limit() {
  rlimit r{};
  if (getrlimit(RLIMIT_NOFILE, &r) != 0) return 1024;
  return r.rlim_cur;
}

FdLimit raise_fd_limit() {
  FdLimit out;
  rlimit r{};
  if (getrlimit(RLIMIT_NOFILE, &r) != 0) return out;
  out.before = out.soft = r.rlim_cur;
  out.hard = r.rlim_max;
  rlim_t target = r.rlim_max;
  if (target == RLIM_INFINITY) target = kernel_nr_open();
  if (target > r.rlim_cur) {
    rlimit raised = r;
    raised.rlim_cur = target;
    if (setrlimit(RLIMIT_NOFILE, &raised) == 0) out.soft = target;
  }
  return out;
}

}  // namespace switchyard::http
