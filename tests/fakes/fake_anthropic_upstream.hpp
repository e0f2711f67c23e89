// A stand-in for api.anthropic.com on loopback. It speaks the Messages API's
// wire format as Anthropic's API reference gives it:
//
//   POST /v1/messages   key in `x-api-key` (or `Authorization: Bearer`, as
//                       the SDKs send it since API version 2026-10-21),
//                       `anthropic-version` 2023-06-01 or 2026-10-21 required
//
// bodies checked as Anthropic checks them (fake_anthropic_request.hpp);
// answers as message objects (id msg_..., content blocks, stop_reason,
// stop_sequence, usage with cache_creation_input_tokens and
// cache_read_input_tokens apart from input_tokens); streams as SSE events
// with `event:` names: message_start, ping, content_block_start / _delta
// (text_delta, input_json_delta, thinking_delta, signature_delta) / _stop,
// message_delta (stop_reason, usage), message_stop; errors as
// {"type":"error","error":{"type","message"},"request_id"} with Anthropic's
// status for each type. The official @anthropic-ai/sdk reads it
// (tests/e2e/anthropic-out.test.mjs). Behaviour by the model's name:
//
//   <any other name>     "echo: <last user text>", with " [image <media type>
//                        <n> bytes]" per image of the last user turn; with
//                        tool_result blocks in it, "results: <id>=<text>; ...";
//                        with output_config.format json_schema,
//                        {"echo":"<last user text>"}; a stop sequence found in
//                        it cuts it there (stop_reason stop_sequence); more
//                        words than max_tokens: cut, stop_reason max_tokens;
//                        with tools and tool_choice any or tool (or a model
//                        named call-tools), a tool_use of the named (or first)
//                        tool with input {"text": <last user text>}, stop_reason
//                        tool_use; usage counts words
//   parallel-calls       with tools: two tool_use blocks (the second tool, or
//                        the first again)
//   thinking             a thinking block (with its signature) before the text
//   redacted-thinking    a redacted_thinking block (its data whole in
//                        content_block_start, no deltas) before the text
//   cached-<r>-<w>       usage reports r cache-read and w cache-write tokens
//   max-tokens           the echo's first word, stop_reason max_tokens
//   pause-turn           stop_reason pause_turn
//   refusal              no content, stop_reason refusal
//   error-<status>       that status with Anthropic's error type for it (429
//                        with `retry-after: 0` and anthropic-ratelimit-*
//                        headers; 529 overloaded_error)
//   ratelimit-429        429 without retry-after: only anthropic-ratelimit-*
//                        headers (requests remaining 0, reset in the past)
//   flaky-<n>-<key>      the first n requests for that model: 529, then answers
//   quote-key-<status>   that status, the message quoting the key it was sent
//   stream-error         streamed: the first text delta, then an `error` event
//                        (overloaded_error)
//   overloaded-at-start  streamed: 200, message_start and ping, then an
//                        `error` event (overloaded_error) before any content
//   disconnect-mid-stream  streamed: two deltas, then the connection closes;
//                        not streamed: the connection is reset
//   no-stop              streamed: every event but message_stop
//   garbage              200 whose body is not JSON
//
// No x-api-key: 401 authentication_error; the key "fail-auth": 401
// "invalid x-api-key". GET /_fake/requests lists what arrived as
// {"method","path","api_key","anthropic_version","body"}; POST /_fake/reset
// clears it and the flaky counters.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace switchyard::http {
class Server;
}

namespace switchyard::testing {

struct AnthropicRecordedRequest {
  std::string method;
  std::string path;
  std::string api_key;            // x-api-key
  std::string anthropic_version;  // anthropic-version
  std::string anthropic_beta;     // anthropic-beta, "" if absent
  std::string body;
};

class FakeAnthropicUpstream {
 public:
  explicit FakeAnthropicUpstream(std::string host = "127.0.0.1", std::uint16_t port = 0);
  ~FakeAnthropicUpstream();
  FakeAnthropicUpstream(const FakeAnthropicUpstream&) = delete;
  FakeAnthropicUpstream& operator=(const FakeAnthropicUpstream&) = delete;

  void start();
  std::uint16_t port() const;
  // "http://HOST:PORT"; anthropic providers take base_url() + "/v1".
  std::string base_url() const;
  void shutdown();

  std::vector<AnthropicRecordedRequest> requests() const;
  void reset();

 private:
  struct State;
  std::string host_;
  std::unique_ptr<State> state_;
  std::unique_ptr<http::Server> server_;
};

}  // namespace switchyard::testing
