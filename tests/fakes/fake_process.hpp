// A fake upstream as a process (fake-openai-upstream, fake-gemini-upstream,
// fake-anthropic-upstream), for the Node end-to-end tests and the load
// benchmark:
//
//   NAME [--host 127.0.0.1] [--port 0] [--threads 1]
//
// Once listening it prints exactly one line, "NAME listening on
// http://HOST:PORT", so a parent started with --port 0 can read the port; it
// shuts down on SIGTERM or SIGINT.
#pragma once

#include <cstdint>
#include <cstdio>
#include <exception>
#include <memory>
#include <optional>
#include <string>

namespace switchyard::testing {

struct FakeProcessOptions {
  std::string host = "127.0.0.1";
  std::uint16_t port = 0;
  unsigned threads = 1;
};

// The options in argv; nullopt when the process is to end with `exit_code`
// (0 after --help, 2 after a bad option, said on stderr with `usage`).
// `takes_threads`: --threads is one of the options.
std::optional<FakeProcessOptions> parse_fake_process_options(int argc, char** argv,
                                                             const char* name, bool takes_threads,
                                                             const char* usage, int& exit_code);

// SIGTERM and SIGINT blocked in this thread and those it starts; waited for.
void block_stop_signals();
void wait_for_stop_signal();

// The life of the process around a fake: the stop signals blocked before
// `make` builds the fake (so its threads never take them), the "listening"
// line once it is started, the wait, its shutdown. `make` returns a
// std::unique_ptr to a fake with start(), base_url() and shutdown(). The
// process's exit code.
template <class Make>
int run_fake_process(const char* name, Make make) {
  block_stop_signals();
  try {
    auto fake = make();
    fake->start();
    std::printf("%s listening on %s\n", name, fake->base_url().c_str());
    std::fflush(stdout);
    wait_for_stop_signal();
    fake->shutdown();
  } catch (const std::exception& e) {
    std::fprintf(stderr, "%s: %s\n", name, e.what());
    return 1;
  }
  return 0;
}

}  // namespace switchyard::testing
