// The in-process inference engine: one GGUF model, one llama.cpp context,
// and a scheduler thread that serves many requests at once.
//
//   auto engine = Engine::open({.model_path = "model.gguf", .n_parallel = 4});
//   if (!engine) return engine.error();              // names the file
//   auto handle = (*engine)->submit(request, [](GenerationEvent&& e) { ... });
//   ...
//   handle->cancel();                                // e.g. client went away
//
// Threads. All llama.cpp work happens on the engine's own thread. submit()
// only formats and tokenizes the prompt on the caller's thread and enqueues
// it, so HTTP threads never wait for inference; events come back through
// the callback on the engine thread.
//
// Slots and continuous batching. The context holds `n_parallel` sequences
// ("slots"), each with its own `n_ctx` KV cells. Every step builds one
// llama_batch from the next token of each generating slot plus prompt chunks
// of slots still reading their prompt (up to `n_batch` tokens in all), runs
// one llama_decode, and samples for every slot that produced logits. Queued
// requests take a free slot between steps; a finished or cancelled request
// leaves its slot at once.
//
// Prompt cache. A slot keeps the tokens its KV cells hold after a request
// ends. A new request goes to the free slot sharing the longest prefix with
// its prompt, and only the rest of the prompt is computed — a shared system
// prompt or a growing multi-turn chat is read once.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "switchyard/core/error.hpp"
#include "switchyard/local/generation.hpp"

namespace switchyard::local {

struct EngineOptions {
  std::string model_path;  // GGUF file
  int n_ctx = 4096;        // context of each slot, in tokens: prompt + completion
  int n_parallel = 4;      // slots: requests generating at the same time
  int n_batch = 512;       // most tokens decoded in one step, over all slots (>= n_parallel)
  int n_threads = 0;       // 0: all hardware threads (mind OpenMP spinning, see docs)
  // Also create a pooled-embedding context so embed() works. The model may
  // be generative (mean pooling over its last hidden state) or an embedding
  // model with its own pooling.
  bool embeddings = false;
  // Keep a slot's KV cells after its request for prefix reuse (false: free
  // them immediately, every request recomputes its whole prompt).
  bool prompt_cache = true;
};

struct ModelInfo {
  std::string path;
  std::string description;  // e.g. "llama ?B Q8_0"
  std::uint64_t n_params = 0;
  int n_embd = 0;  // embedding dimension
  int n_vocab = 0;
  int n_ctx_train = 0;             // context length the model was trained with
  int n_ctx_per_slot = 0;          // effective per-request context
  int n_ctx_embedding = 0;         // most tokens of one embedding input; 0: no embeddings
  bool has_chat_template = false;  // false: ChatML is used
};

struct EngineStats {
  std::uint64_t steps = 0;                  // llama_decode calls for generation
  std::uint64_t batched_tokens = 0;         // tokens decoded over all steps
  std::uint64_t max_sequences_in_step = 0;  // most slots sharing one step
  std::uint64_t reused_prompt_tokens = 0;   // prompt tokens served from the cache
  int active_slots = 0;
  int queued_requests = 0;
};

// Lets the submitter stop a request; cheap to copy, safe from any thread.
class GenerationHandle {
 public:
  GenerationHandle() = default;
  explicit GenerationHandle(std::shared_ptr<std::atomic<bool>> flag)
      : cancelled_(std::move(flag)) {}
  // The request ends at the next step with FinishReason::cancelled (unless it
  // already finished) and its slot is freed. Idempotent.
  void cancel() const {
    if (cancelled_) cancelled_->store(true);
  }

 private:
  std::shared_ptr<std::atomic<bool>> cancelled_;
};

class Engine {
 public:
  // Loads the model and creates the context(s). Errors name the file:
  // not_found when it does not exist, invalid_request when it is not a
  // loadable GGUF model, internal when the context cannot be created.
  static core::Expected<std::unique_ptr<Engine>> open(const EngineOptions& options);

  // Stops the engine thread; requests still running or queued end with an
  // `unavailable` Error event.
  ~Engine();
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  // Queues a request. Errors synchronously (invalid_request, the callback is
  // never called) when the prompt does not fit the slot context (leaving at
  // least one token for the answer), the grammar does not parse, or the chat
  // cannot be templated. Otherwise events follow on the engine thread.
  core::Expected<GenerationHandle> submit(GenerationRequest request, GenerationCallback callback);

  // Embeds each text (L2-normalised, n_embd floats). Runs on the engine
  // thread between generation steps; the callback gets the vectors or an
  // Error (invalid_request when a text is too long or the engine was opened
  // without `embeddings`).
  using EmbeddingsCallback = std::function<void(core::Expected<std::vector<std::vector<float>>>&&)>;
  void submit_embeddings(std::vector<std::string> texts, EmbeddingsCallback callback);

  // The same for inputs the caller has tokenized (e.g. with embedding_tokens):
  // exactly these tokens are read, each must be in [0, n_vocab) (else an
  // invalid_request Error names the input). The handle stops the job before
  // its next input; the callback then gets an Error with code "cancelled".
  GenerationHandle submit_token_embeddings(std::vector<std::vector<std::int32_t>> inputs,
                                           EmbeddingsCallback callback);
  // Tokens of `text` as submit_embeddings reads it (special-token text is not
  // parsed; BOS added where the model wants one). Any thread.
  std::vector<std::int32_t> embedding_tokens(const std::string& text) const;

  // Blocking conveniences for tools and tests. Never call them from an I/O
  // thread or from inside an engine callback.
  struct Completion {
    std::string text;
    Finished finished;
  };
  core::Expected<Completion> generate(GenerationRequest request);
  core::Expected<std::vector<std::vector<float>>> embed(std::vector<std::string> texts);

  // Tokens of `text` as the model reads them (special tokens parsed).
  std::vector<std::int32_t> tokenize(const std::string& text) const;
  // How many tokens `request`'s prompt is as submit() would read it (its
  // messages through the chat template, tools described), without running
  // it: POST /v1/messages/count_tokens. Errors as submit's for a chat that
  // cannot be templated. Any thread.
  core::Expected<std::int64_t> prompt_tokens(const GenerationRequest& request) const;

  const ModelInfo& info() const;
  EngineStats stats() const;

 private:
  class Impl;
  explicit Engine(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace switchyard::local
