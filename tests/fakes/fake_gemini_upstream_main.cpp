// fake-gemini-upstream: the fake Gemini API as a process, for end-to-end tests (see
// fake_gemini_upstream.hpp for its behaviours, fake_process.hpp for the process).
#include <memory>

#include "fakes/fake_gemini_upstream.hpp"
#include "fakes/fake_process.hpp"

int main(int argc, char** argv) {
  using namespace switchyard::testing;
  int exit_code = 0;
  const auto o = parse_fake_process_options(
      argc, argv, "fake-gemini-upstream", false,
      "usage: fake-gemini-upstream [--host 127.0.0.1] [--port 0]\n", exit_code);
  if (!o) return exit_code;
  return run_fake_process("fake-gemini-upstream",
                          [&] { return std::make_unique<FakeGeminiUpstream>(o->host, o->port); });
}
