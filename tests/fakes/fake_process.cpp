#include "fakes/fake_process.hpp"

#include <pthread.h>
#include <signal.h>

#include <charconv>
#include <string_view>

namespace switchyard::testing {

namespace {

bool parse_uint(std::string_view s, unsigned long max, unsigned long& out) {
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && p == s.data() + s.size() && out <= max;
}

sigset_t stop_signals() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGINT);
  return set;
}

}  // namespace

std::optional<FakeProcessOptions> parse_fake_process_options(int argc, char** argv,
                                                             const char* name, bool takes_threads,
                                                             const char* usage, int& exit_code) {
  FakeProcessOptions o;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--help" || arg == "-h") {
      std::fputs(usage, stdout);
      exit_code = 0;
      return std::nullopt;
    }
    const bool known = arg == "--host" || arg == "--port" || (takes_threads && arg == "--threads");
    if (!known || i + 1 >= argc) {
      std::fprintf(stderr, "%s: %s %s\n", name, argv[i],
                   known ? "needs a value" : "is not an option");
      std::fputs(usage, stderr);
      exit_code = 2;
      return std::nullopt;
    }
    const std::string_view value = argv[++i];
    unsigned long n = 0;
    bool ok = true;
    if (arg == "--host") {
      o.host = value;
    } else if (arg == "--port") {
      ok = parse_uint(value, 65535, n);
      o.port = static_cast<std::uint16_t>(n);
    } else {
      ok = parse_uint(value, 1024, n) && n > 0;
      o.threads = static_cast<unsigned>(n);
    }
    if (!ok) {
      std::fprintf(stderr, "%s: invalid value '%s' for %s\n", name, argv[i], argv[i - 1]);
      exit_code = 2;
      return std::nullopt;
    }
  }
  return o;
}

void block_stop_signals() {
  // Blocked before the fake's threads exist, so they inherit the mask and the
  // signals are only ever taken by the wait; shutdown then runs on the main
  // thread, outside any signal handler.
  const sigset_t set = stop_signals();
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
}

void wait_for_stop_signal() {
  const sigset_t set = stop_signals();
  int sig = 0;
  sigwait(&set, &sig);
}

}  // namespace switchyard::testing
