// Runs the built `switchyard` binary with a command line and collects what it
// printed, for the tests of its subcommands (router, pii).
#pragma once

#include <sys/wait.h>

#include <cstdio>
#include <string>

#include "support/paths.hpp"

namespace switchyard::testing {

struct CommandRun {
  int exit_code = -1;
  std::string out;  // stdout and stderr together
};

// `args` is shell text appended to the binary's path.
inline CommandRun run_switchyard(const std::string& args) {
  const std::string cmd = binary_dir() + "/switchyard " + args + " 2>&1";
  CommandRun r;
  FILE* p = ::popen(cmd.c_str(), "r");
  if (!p) return r;
  char buf[4096];
  while (std::size_t n = std::fread(buf, 1, sizeof buf, p)) r.out.append(buf, n);
  const int status = ::pclose(p);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

}  // namespace switchyard::testing
