// Adapter for any server that speaks OpenAI's Chat Completions API: OpenAI
// itself, and local servers such as llama-server, vLLM and Ollama.
#pragma once

#include <chrono>
#include <string>

#include "switchyard/http/client.hpp"
#include "switchyard/providers/provider.hpp"

namespace switchyard::providers {

struct OpenAICompatibleOptions {
  std::string name;
  http::Url base;       // e.g. https://api.openai.com/v1
  std::string api_key;  // sent as "Authorization: Bearer"; empty: none
  http::TlsOptions tls;
  std::chrono::milliseconds connect_timeout{5'000};
  std::chrono::milliseconds timeout{120'000};  // one attempt
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
                                        ChunkSink& sink) override;

 private:
  http::ClientRequest make_request(const core::ChatRequest& req, std::string_view model,
                                   bool stream) const;
  http::Deadline attempt_deadline(const core::RequestContext& ctx) const;

  OpenAICompatibleOptions options_;
  std::string authorization_;  // precomputed header value
};

}  // namespace switchyard::providers
