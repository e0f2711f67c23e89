// A stand-in for api.openai.com on loopback, for integration tests, end-to-end
// tests and the load benchmark. It speaks OpenAI's Chat Completions wire
// format (JSON answers, SSE streams ending in `data: [DONE]`, OpenAI error
// objects) and picks its behaviour from the request's `model`, so a gateway
// config selects failure modes just by naming upstream models:
//
//   <any other name>       200, content "echo: <last user text>" (≤200 chars),
//                          word-count usage; a tool call when `tools` is set
//                          and tool_choice is "required" or names a function;
//                          with "logprobs": true, a logprobs object per content
//                          piece; "service_tier" echoed in the answer and chunks
//   parallel-calls         with tools (tool_choice not "none"): two tool calls,
//                          call_fake_1 and call_fake_2, of the first and second
//                          tool (the first twice when only one is given)
//   error-<status>         that status with an OpenAI error object
//                          (429 also sends `retry-after: 0`)
//   flaky-<n>-<key>        the first n requests for that exact model string
//                          fail with 500, later ones answer normally
//   disconnect-mid-stream  streamed: role chunk + two content chunks, then the
//                          connection closes; not streamed: no response at all
//                          (the connection is reset)
//   reset-mid-stream       the same, but the stream ends in a TCP RST (as from
//                          a crashed peer) instead of a close
//   slow-<ms>              waits <ms> (and <ms>/10 between stream chunks)
//   garbage                200 application/json whose body is not JSON
//   paced-<n>-<ms>         streamed: n content chunks, one every <ms>, each
//                          carrying its CLOCK_MONOTONIC send time in µs (the
//                          streaming load benchmark, fake_paced_stream.hpp);
//                          not streamed: the echo answer
//   cached-<n>-reasoning-<m>  the echo answer; its usage reports n prompt
//                          tokens read from the cache (at most the prompt)
//                          and m reasoning tokens (added to the output)
//   says-<text>            200, content "<text>" (a model that answers what the
//                          test needs, e.g. a cascade judge's "yes" or "no")
//   error-<status>-retry-<secs>  as error-<status>, with `retry-after: <secs>`
//   quote-key-<status>     that status with an error message quoting the key
//                          it was sent, masked as OpenAI masks it and whole
//   retry-after-<status>-<s>       that status with `retry-after: <s>`;
//   retry-after-<status>-date-<s>  with an HTTP-date <s> seconds ahead
//
// Faults of a broken or hostile upstream (fault_modes.cpp; chat only):
//
//   stall                  accepts the request and never answers
//   stall-after-first-chunk  the head and the role chunk, then nothing
//                          (not streamed: the head and a JSON answer's first bytes)
//   trickle-<ms>           one byte every <ms> ms of an answer that never ends
//   endless-line           streamed, one "data: ..." line that never ends
//                          (64 MiB of it, then the connection is held open)
//   no-blank-line          streamed, a role chunk and then "data:" lines
//                          without the blank line that ends an event (64 MiB)
//   malformed-sse          streamed, a field-less junk line and an event
//                          of cut-off JSON, then [DONE]
//   huge-body-<mib>        a valid JSON answer of <mib> MiB (to streamed
//                          requests too, as a server ignoring "stream")
//
// Modes that hold a connection open let it go when the fake shuts down.
//
// POST /v1/embeddings answers in OpenAI's format with the same model-name
// behaviours (error-<status>, flaky-<n>-<key>, slow-<ms>, garbage): unit
// vectors of `dimensions` (default 8) components that are a deterministic
// function of each input, as JSON numbers or base64 (encoding_format), and
// usage counting words (token ids for token input).
//
// Other endpoints: GET /v1/models; GET /health (200 {"status":"ok"} as
// llama-server answers once its model is loaded; set_health(503) makes it
// answer as while loading); GET /_fake/requests (what reached the
// "cloud": a JSON array of {"method","path","authorization","body","api_key"}); POST
// /_fake/reset (clears recordings and flaky counters). The bearer token
// "fail-auth" is rejected with 401 invalid_api_key.
//
// Azure OpenAI's routes (/openai/deployments/{deployment}/...?api-version=,
// key in `api-key`) give the same answers: fake_azure_routes.hpp.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace switchyard::http {
class Server;
}

namespace switchyard::testing {

struct RecordedRequest {
  std::string method;
  std::string path;           // request target as sent, including any query
  std::string authorization;  // the Authorization header value, "" if absent
  std::string body;
  std::string api_key;  // the api-key header value (Azure OpenAI), "" if absent
  // Chat only: an anthropic-beta header (the gateway never sends one here), "" if absent.
  std::string anthropic_beta;
};

class FakeOpenAIUpstream {
 public:
  // Keeps the last this many requests; older ones are dropped so a long
  // benchmark run cannot grow memory without bound.
  static constexpr std::size_t kMaxRecorded = 10'000;

  explicit FakeOpenAIUpstream(std::string host = "127.0.0.1", std::uint16_t port = 0,
                              unsigned threads = 1);
  ~FakeOpenAIUpstream();
  FakeOpenAIUpstream(const FakeOpenAIUpstream&) = delete;
  FakeOpenAIUpstream& operator=(const FakeOpenAIUpstream&) = delete;

  // Binds and starts serving. Throws std::system_error if the port is taken.
  void start();
  // The bound port (the real one when constructed with port 0); valid after start().
  std::uint16_t port() const;
  // "http://HOST:PORT", the value to put into a gateway's upstream base_url.
  std::string base_url() const;
  // Stops serving and joins the worker threads. Idempotent.
  void shutdown();

  // Every POST request that reached the fake (chat or otherwise, malformed
  // or not), oldest first; /_fake/* control requests are not recorded.
  std::vector<RecordedRequest> requests() const;
  std::size_t request_count() const;
  // Clears recordings and flaky counters (the same as POST /_fake/reset).
  void reset();
  // The status GET /health answers from now on (200 or 503).
  void set_health(unsigned status);
  // GET /health requests answered so far.
  std::size_t health_checks() const;

 private:
  struct State;
  std::string host_;
  std::unique_ptr<State> state_;
  std::unique_ptr<http::Server> server_;
};

}  // namespace switchyard::testing
