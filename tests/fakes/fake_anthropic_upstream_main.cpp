// fake-anthropic-upstream: the fake Anthropic API as a process, for end-to-end
// tests (see fake_anthropic_upstream.hpp for its behaviours).
//
//   fake-anthropic-upstream [--host 127.0.0.1] [--port 0]
//
// Once listening it prints exactly one line, "fake-anthropic-upstream listening
// on http://HOST:PORT", so a parent started with --port 0 can read the port.
#include <pthread.h>
#include <signal.h>

#include <charconv>
#include <cstdio>
#include <exception>
#include <string>
#include <string_view>

#include "fakes/fake_anthropic_upstream.hpp"

int main(int argc, char** argv) {
  std::string host = "127.0.0.1";
  unsigned long port = 0;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--help" || arg == "-h") {
      std::puts("usage: fake-anthropic-upstream [--host 127.0.0.1] [--port 0]");
      return 0;
    }
    if (i + 1 >= argc || (arg != "--host" && arg != "--port")) {
      std::fprintf(stderr, "fake-anthropic-upstream: bad option %s (--host H, --port P)\n",
                   argv[i]);
      return 2;
    }
    const std::string_view value = argv[++i];
    if (arg == "--host") {
      host = value;
    } else {
      auto [p, ec] = std::from_chars(value.data(), value.data() + value.size(), port);
      if (ec != std::errc() || p != value.data() + value.size() || port > 65535) {
        std::fprintf(stderr, "fake-anthropic-upstream: invalid port '%s'\n", argv[i]);
        return 2;
      }
    }
  }
  // Blocked before the worker thread exists: only sigwait below takes them.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGTERM);
  sigaddset(&stop_signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  try {
    switchyard::testing::FakeAnthropicUpstream fake(host, static_cast<std::uint16_t>(port));
    fake.start();
    std::printf("fake-anthropic-upstream listening on %s\n", fake.base_url().c_str());
    std::fflush(stdout);
    int sig = 0;
    sigwait(&stop_signals, &sig);
    fake.shutdown();
  } catch (const std::exception& e) {
    std::fprintf(stderr, "fake-anthropic-upstream: %s\n", e.what());
    return 1;
  }
  return 0;
}
