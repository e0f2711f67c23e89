// Adapter for Google's Gemini API (config kind gemini):
//
//   POST {base}/models/{model}:generateContent
//   POST {base}/models/{model}:streamGenerateContent?alt=sse
//
// with the key in the `x-goog-api-key` header; `base` is
// https://generativelanguage.googleapis.com/v1beta unless configured. The
// bodies are gemini_request.hpp and gemini_response.hpp; error answers are
// gemini_error.hpp. A stream is one SSE event per GenerateContentResponse
// chunk and ends with the body (no [DONE]): complete once every candidate
// it started has a finishReason.
#pragma once

#include <chrono>
#include <string>

#include "switchyard/http/client.hpp"
#include "switchyard/http/sse.hpp"
#include "switchyard/providers/provider.hpp"
#include "switchyard/providers/upstream_attempt.hpp"

namespace switchyard::providers {

struct GeminiOptions {
  std::string name;
  http::Url base;       // e.g. https://generativelanguage.googleapis.com/v1beta
  std::string api_key;  // sent as x-goog-api-key; empty: none
  http::TlsOptions tls;
  std::chrono::milliseconds connect_timeout{5'000};
  std::chrono::milliseconds timeout{120'000};  // one attempt
  std::chrono::milliseconds first_byte_timeout{60'000};
  std::chrono::milliseconds stream_idle_timeout{30'000};
  http::SseLimits sse;
  std::size_t max_response_bytes = 64u << 20;
};

class GeminiProvider final : public Provider {
 public:
  explicit GeminiProvider(GeminiOptions options) : options_(std::move(options)) {}
  const std::string& name() const override { return options_.name; }

  http::Task<core::Expected<core::ChatResponse>> chat(const core::ChatRequest& req,
                                                      std::string_view upstream_model,
                                                      core::RequestContext& ctx) override;
  http::Task<StreamOutcome> chat_stream(const core::ChatRequest& req,
                                        std::string_view upstream_model, core::RequestContext& ctx,
                                        FrameSink& sink) override;

  // The request target for `model` and `method` ("generateContent",
  // "streamGenerateContent?alt=sse"): models/{model}, or the model as
  // written when it names its collection (models/..., tunedModels/...).
  static std::string target(std::string_view model, std::string_view method);

 private:
  core::Expected<http::ClientRequest> make_request(const core::ChatRequest& req,
                                                   std::string_view model, bool stream) const;
  UpstreamAttempt attempt(core::RequestContext& ctx, std::string_view model, bool stream) const;

  GeminiOptions options_;
};

}  // namespace switchyard::providers
