// fake-openai-upstream: the fake OpenAI API as a process, for end-to-end tests
// and the load benchmark (see fake_openai_upstream.hpp for its behaviours).
//
//   fake-openai-upstream [--host 127.0.0.1] [--port 0] [--threads 1]
//
// Once listening it prints exactly one line, "fake-openai-upstream listening
// on http://HOST:PORT", so a parent started with --port 0 can read the port.
#include <pthread.h>
#include <signal.h>

#include <charconv>
#include <cstdio>
#include <cstring>
#include <exception>
#include <string>
#include <string_view>

#include "fakes/fake_openai_upstream.hpp"

namespace {

void usage(std::FILE* to) {
  std::fputs(
      "usage: fake-openai-upstream [--host 127.0.0.1] [--port 0] [--threads 1]\n"
      "  Fake OpenAI Chat Completions upstream; behaviour is chosen by the request's model:\n"
      "  any name (echo), error-<status>[-retry-<secs>], flaky-<n>-<key>,\n"
      "  disconnect-mid-stream, reset-mid-stream, slow-<ms>, garbage, paced-<n>-<ms>; faults: "
      "stall,\n"
      "  stall-after-first-chunk, trickle-<ms>, endless-line, no-blank-line,\n"
      "  malformed-sse, huge-body-<mib>. GET /_fake/requests lists received requests, POST\n"
      "  /_fake/reset clears them. --port 0 picks a free port.\n",
      to);
}

bool parse_uint(std::string_view s, unsigned long max, unsigned long& out) {
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && p == s.data() + s.size() && out <= max;
}

}  // namespace

int main(int argc, char** argv) {
  std::string host = "127.0.0.1";
  unsigned long port = 0;
  unsigned long threads = 1;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--help" || arg == "-h") {
      usage(stdout);
      return 0;
    }
    if (i + 1 >= argc) {
      std::fprintf(stderr, "fake-openai-upstream: %s needs a value\n", argv[i]);
      usage(stderr);
      return 2;
    }
    const std::string_view value = argv[++i];
    bool ok = true;
    if (arg == "--host") {
      host = value;
    } else if (arg == "--port") {
      ok = parse_uint(value, 65535, port);
    } else if (arg == "--threads") {
      ok = parse_uint(value, 1024, threads) && threads > 0;
    } else {
      std::fprintf(stderr, "fake-openai-upstream: unknown option %s\n", argv[i - 1]);
      usage(stderr);
      return 2;
    }
    if (!ok) {
      std::fprintf(stderr, "fake-openai-upstream: invalid value '%s' for %s\n", argv[i],
                   argv[i - 1]);
      return 2;
    }
  }

  // Blocked before the worker threads exist, so they inherit the mask and the
  // signals are only ever taken by sigwait below; shutdown then runs on the
  // main thread, outside any signal handler.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGTERM);
  sigaddset(&stop_signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  try {
    switchyard::testing::FakeOpenAIUpstream fake(host, static_cast<std::uint16_t>(port),
                                                 static_cast<unsigned>(threads));
    fake.start();
    std::printf("fake-openai-upstream listening on %s\n", fake.base_url().c_str());
    std::fflush(stdout);

    int sig = 0;
    sigwait(&stop_signals, &sig);
    fake.shutdown();
  } catch (const std::exception& e) {
    std::fprintf(stderr, "fake-openai-upstream: %s\n", e.what());
    return 1;
  }
  return 0;
}
