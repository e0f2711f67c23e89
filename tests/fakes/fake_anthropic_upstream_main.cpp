// fake-anthropic-upstream: the fake Anthropic API as a process, for end-to-end tests (see
// fake_anthropic_upstream.hpp for its behaviours, fake_process.hpp for the process).
#include <memory>

#include "fakes/fake_anthropic_upstream.hpp"
#include "fakes/fake_process.hpp"

int main(int argc, char** argv) {
  using namespace switchyard::testing;
  int exit_code = 0;
  const auto o = parse_fake_process_options(
      argc, argv, "fake-anthropic-upstream", false,
      "usage: fake-anthropic-upstream [--host 127.0.0.1] [--port 0]\n", exit_code);
  if (!o) return exit_code;
  return run_fake_process("fake-anthropic-upstream", [&] {
    return std::make_unique<FakeAnthropicUpstream>(o->host, o->port);
  });
}
