// The in-process llama.cpp engine as a provider: a deployment of a `kind:
// llama` provider is served by local::Engine in this process, with the same
// canonical requests, chunks, usage and errors as any HTTP upstream.
//
// Threads. The engine delivers events on its own thread; they are queued and
// the request's coroutine is resumed on its own executor (asio::post), so I/O
// threads never block on inference. A request past its deadline, or whose
// client went away, is cancelled in the engine, which frees its slot.
#pragma once

#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "switchyard/local/engine.hpp"
#include "switchyard/providers/provider.hpp"

namespace switchyard::providers {

struct LlamaOptions {
  std::string name;
  local::EngineOptions engine;
  std::chrono::milliseconds timeout{120'000};  // one attempt
};

class LlamaProvider final : public Provider {
 public:
  // Loads the model. Errors name the GGUF file (missing, not a model, ...).
  static core::Expected<std::unique_ptr<LlamaProvider>> open(LlamaOptions options);

  const std::string& name() const override { return options_.name; }

  http::Task<core::Expected<core::ChatResponse>> chat(const core::ChatRequest& req,
                                                      std::string_view upstream_model,
                                                      core::RequestContext& ctx) override;
  http::Task<StreamOutcome> chat_stream(const core::ChatRequest& req,
                                        std::string_view upstream_model, core::RequestContext& ctx,
                                        FrameSink& sink) override;
  // Pooled, L2-normalised vectors of the model's size (n_embd). Needs the
  // engine opened with embeddings (config `embeddings: true`); a 400 names
  // the setting otherwise, and the input too long for the context or a
  // `dimensions` other than n_embd.
  http::Task<core::Expected<core::EmbeddingResponse>> embeddings(
      const core::EmbeddingRequest& req, std::string_view upstream_model,
      core::RequestContext& ctx) override;

  // The engine's queued and active requests.
  int queue_depth() const override;
  // The tokens `req`'s prompt takes in this model (its chat template and
  // tokenizer: the input tokens a request is charged), without running it;
  // a 400 for what the engine cannot read (to_generation_request).
  core::Expected<std::int64_t> prompt_tokens(const core::ChatRequest& req) const;

  local::Engine& engine() { return *engine_; }

 private:
  LlamaProvider(LlamaOptions options, std::unique_ptr<local::Engine> engine);

  LlamaOptions options_;
  std::unique_ptr<local::Engine> engine_;
};

// The engine request for a canonical chat request, or a 400 naming the field
// the engine cannot honour (a content part that is not text, n > 1, a schema
// it cannot compile, a tool_choice naming a function not offered). Tools
// (unless tool_choice is "none") are described in the prompt and the calls
// constrained by a grammar: from the first token with tool_choice "required"
// or a named function, from "<tool_call>" on with "auto".
core::Expected<local::GenerationRequest> to_generation_request(const core::ChatRequest& req);

// The tools the model may call under the request's tool_choice (empty: it
// answers with text only), or a 400.
core::Expected<std::vector<core::Tool>> callable_tools(const core::ChatRequest& req);

}  // namespace switchyard::providers
