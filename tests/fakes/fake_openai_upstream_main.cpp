// fake-openai-upstream: the fake OpenAI API as a process, for end-to-end tests
// and the load benchmark (see fake_openai_upstream.hpp for its behaviours,
// fake_process.hpp for the process).
#include <memory>

#include "fakes/fake_openai_upstream.hpp"
#include "fakes/fake_process.hpp"

namespace {

const char* const kUsage =
    "usage: fake-openai-upstream [--host 127.0.0.1] [--port 0] [--threads 1]\n"
    "  Fake OpenAI Chat Completions upstream; behaviour is chosen by the request's model:\n"
    "  any name (echo), error-<status>[-retry-<secs>], flaky-<n>-<key>,\n"
    "  disconnect-mid-stream, reset-mid-stream, slow-<ms>, garbage, paced-<n>-<ms>;\n"
    "  faults: stall, stall-after-first-chunk, trickle-<ms>, endless-line, no-blank-line,\n"
    "  malformed-sse, huge-body-<mib>. GET /_fake/requests lists received requests, POST\n"
    "  /_fake/reset clears them. --port 0 picks a free port.\n";

}  // namespace

int main(int argc, char** argv) {
  using namespace switchyard::testing;
  int exit_code = 0;
  const auto o =
      parse_fake_process_options(argc, argv, "fake-openai-upstream", true, kUsage, exit_code);
  if (!o) return exit_code;
  return run_fake_process("fake-openai-upstream", [&] {
    return std::make_unique<FakeOpenAIUpstream>(o->host, o->port, o->threads);
  });
}
