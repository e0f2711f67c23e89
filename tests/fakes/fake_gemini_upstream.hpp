// A stand-in for generativelanguage.googleapis.com on loopback. It speaks
// Gemini's REST wire format as Google's API reference gives it:
//
//   POST /v1beta/models/{model}:generateContent
//   POST /v1beta/models/{model}:streamGenerateContent?alt=sse
//
// key in `x-goog-api-key` (or `?key=`); bodies checked as Google checks them
// (fake_gemini_request.hpp); answers as GenerateContentResponse objects with
// candidates, usageMetadata, modelVersion and responseId; streams as SSE
// `data:` events of such chunks ending with the body; errors as
// {"error":{"code","message","status","details"}}. The official
// @google/genai SDK reads it (tests/e2e/gemini-fake.test.mjs). Behaviour by
// the model's name:
//
//   <any other name>     "echo: <last user text>", with " [image <mime> <n>
//                        bytes]" per inline image; with function responses in
//                        the last user turn, "results: <name>=<response>; ...";
//                        with responseMimeType application/json,
//                        {"echo":"<last user text>"}; with tools and mode ANY
//                        (or a model named call-tools), a functionCall of the
//                        first allowed (or declared) function with args
//                        {"text": <last user text>}; candidateCount answers
//                        that many candidates; usage counts words
//   parallel-calls       with tools: two functionCall parts, one per declared
//                        function (the first one twice when only one is declared)
//   thinking             a thought part before the text; usage reports
//                        thoughtsTokenCount 7 and cachedContentTokenCount 3
//   max-tokens           the echo cut, finishReason MAX_TOKENS
//   safety               a candidate with finishReason SAFETY and no content
//   block-prompt         no candidates; promptFeedback.blockReason SAFETY
//   error-<status>       that status with Google's error object (429
//                        RESOURCE_EXHAUSTED with a RetryInfo of "0s", 503
//                        UNAVAILABLE, 500 INTERNAL, 404 NOT_FOUND, ...)
//   stream-error         streamed: one chunk, then an in-band error event
//   no-finish            streamed: chunks with no finishReason, then the end
//   disconnect-mid-stream  streamed: two chunks, then the connection closes;
//                        not streamed: the connection is reset
//   garbage              200 whose body is not JSON
//
// The key "fail-auth" is refused as Google refuses a bad key (400
// INVALID_ARGUMENT, reason API_KEY_INVALID); no key at all is 403
// PERMISSION_DENIED. GET /_fake/requests lists what arrived as
// {"method","path","api_key","body"}; POST /_fake/reset clears it.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace switchyard::http {
class Server;
}

namespace switchyard::testing {

struct GeminiRecordedRequest {
  std::string method;
  std::string path;     // target as sent, query included
  std::string api_key;  // x-goog-api-key (or the key= parameter)
  std::string body;
};

class FakeGeminiUpstream {
 public:
  explicit FakeGeminiUpstream(std::string host = "127.0.0.1", std::uint16_t port = 0);
  ~FakeGeminiUpstream();
  FakeGeminiUpstream(const FakeGeminiUpstream&) = delete;
  FakeGeminiUpstream& operator=(const FakeGeminiUpstream&) = delete;

  void start();
  std::uint16_t port() const;
  // "http://HOST:PORT"; Gemini providers take base_url() + "/v1beta".
  std::string base_url() const;
  void shutdown();

  std::vector<GeminiRecordedRequest> requests() const;
  void reset();

 private:
  struct State;
  std::string host_;
  std::unique_ptr<State> state_;
  std::unique_ptr<http::Server> server_;
};

}  // namespace switchyard::testing
