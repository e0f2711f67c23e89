// Adapter for any server that speaks OpenAI's Chat Completions API: OpenAI
// itself, local servers such as llama-server, vLLM and Ollama, and Azure
// OpenAI, which speaks the same bodies at other URLs (azure_openai.hpp).
#pragma once

#include <chrono>
#include <memory>
#include <string>

#include "switchyard/http/client.hpp"
#include "switchyard/http/sse.hpp"
#include "switchyard/providers/endpoint_pool.hpp"
#include "switchyard/providers/provider.hpp"
#include "switchyard/providers/upstream_attempt.hpp"

namespace switchyard::providers {

struct OpenAICompatibleOptions {
  std::string name;
  http::Url base;       // e.g. https://api.openai.com/v1
  std::string api_key;  // sent as "Authorization: Bearer" (Azure: "api-key"); empty: none
  // Azure OpenAI (config kind azure_openai): the upstream model names the
  // resource's deployment, in the path, and this is the api-version of every
  // URL (azure_openai.hpp); the key goes in the `api-key` header. Empty:
  // OpenAI's addressing, {base}/chat/completions and {base}/embeddings.
  std::string azure_api_version;
  http::TlsOptions tls;
  std::chrono::milliseconds connect_timeout{5'000};
  std::chrono::milliseconds timeout{120'000};  // one attempt
  // Streams: the first byte of the body, and any gap between two reads once
  // it has started (see AttemptClock).
  std::chrono::milliseconds first_byte_timeout{60'000};
  std::chrono::milliseconds stream_idle_timeout{30'000};
  // What one answer may make the gateway hold: a streamed line and event
  // (SseParser), and a whole non-streamed body.
  http::SseLimits sse;
  std::size_t max_response_bytes = 64u << 20;
  // Several servers of the same models (config `endpoints:`); each attempt
  // goes to the member the pool picks, and `base` is unused. Unset: `base`.
  std::shared_ptr<EndpointPool> pool;
};

class OpenAICompatible final : public Provider {
 public:
  explicit OpenAICompatible(OpenAICompatibleOptions options);
  const std::string& name() const override { return options_.name; }

  http::Task<core::Expected<core::ChatResponse>> chat(const core::ChatRequest& req,
                                                      std::string_view upstream_model,
                                                      core::RequestContext& ctx) override;
  http::Task<StreamOutcome> chat_stream(const core::ChatRequest& req,
                                        std::string_view upstream_model, core::RequestContext& ctx,
                                        FrameSink& sink) override;
  // POST {base}/embeddings; upstream errors are mapped as for chat, and an
  // answer without one vector per input is a 502.
  http::Task<core::Expected<core::EmbeddingResponse>> embeddings(
      const core::EmbeddingRequest& req, std::string_view upstream_model,
      core::RequestContext& ctx) override;
  // Requests in flight on the pool's members (one member without `endpoints:`).
  int queue_depth() const override;

 private:
  // The request target of `operation` ("chat/completions", "embeddings")
  // for `model`, below the base URL's path.
  std::string target(std::string_view operation, std::string_view model) const;
  http::ClientRequest make_request(const core::ChatRequest& req, std::string_view model,
                                   bool stream) const;
  UpstreamAttempt attempt(core::RequestContext& ctx, std::string_view model, bool stream) const;
  // Passive health: an endpoint that could not be connected to is taken out.
  void note_failure(const EndpointPool::Lease& endpoint, const core::Error& e);

  OpenAICompatibleOptions options_;
  std::shared_ptr<EndpointPool> pool_;  // options_.pool, or a pool of options_.base alone
  std::string auth_header_;             // "authorization" or "api-key"
  std::string auth_value_;              // precomputed header value; empty: none
};

}  // namespace switchyard::providers
