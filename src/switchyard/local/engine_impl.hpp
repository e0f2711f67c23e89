// The engine's insides, shared by the files that each hold one part of it
// (internal to local/; callers use engine.hpp):
//
//   engine_queue.cpp       the caller side (tokenize, submit) and the engine
//                          thread's loop: the job queue, slot assignment,
//                          cancellation, shutdown
//   engine_step.cpp        one continuous-batching step: build the batch,
//                          decode, sample, emit text, finish
//   engine_embeddings.cpp  embedding jobs, run between steps
//   engine_open.cpp        loading the model and creating the contexts
//   engine.cpp             the public Engine, forwarding here
#pragma once

#include <llama.h>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "switchyard/local/answer_confidence.hpp"
#include "switchyard/local/chat_template.hpp"
#include "switchyard/local/engine.hpp"
#include "switchyard/local/stop_matcher.hpp"
#include "switchyard/local/token_sampler.hpp"
#include "switchyard/local/utf8_assembler.hpp"

namespace switchyard::local {

struct ModelDeleter {
  void operator()(llama_model* m) const { llama_model_free(m); }
};
struct ContextDeleter {
  void operator()(llama_context* c) const { llama_free(c); }
};
using ModelPtr = std::unique_ptr<llama_model, ModelDeleter>;
using ContextPtr = std::unique_ptr<llama_context, ContextDeleter>;

// One accepted generation request and its progress.
struct Job {
  std::vector<llama_token> prompt;
  std::unique_ptr<TokenSampler> sampler;
  GenerationCallback callback;
  std::shared_ptr<std::atomic<bool>> cancelled;
  std::optional<int> max_tokens;
  StopMatcher stop;
  Utf8Assembler utf8;
  // Control tokens' text is part of the answer: with tools, where some models
  // (Hermes 2 Pro on Llama 3) have "<tool_call>" as a control token that
  // would otherwise come out empty and hide the call from the parser.
  bool special_text = false;
  // GenerationRequest::measure_confidence: the answer's so far.
  std::optional<AnswerConfidence> confidence;

  std::size_t prompt_done = 0;  // prompt tokens whose KV exists
  int generated = 0;            // completion tokens sampled
  llama_token next = -1;        // sampled, decoded in the next step
  int output_index = -1;        // row of this job's logits in the current batch
  core::Usage usage;

  explicit Job(std::vector<std::string> stops) : stop(std::move(stops)) {}
};

// A sequence of the context: its KV cells and the request using it.
struct Slot {
  llama_seq_id seq = 0;
  std::vector<llama_token> cached;  // token at each position held in KV
  std::unique_ptr<Job> job;         // null: free
  std::size_t batch_start = 0;      // this step: first batch row of the slot
  std::size_t batch_count = 0;      // this step: rows of the slot
};

// Inputs as texts, or (from_tokens) as token ids the caller already has.
struct EmbeddingJob {
  std::vector<std::string> texts;
  std::vector<std::vector<llama_token>> tokens;
  bool from_tokens = false;
  std::shared_ptr<std::atomic<bool>> cancelled;  // null: cannot be cancelled
  Engine::EmbeddingsCallback callback;
};

// Hands an event to the job's callback; a throwing callback must not take
// the engine thread down with it.
void emit(Job& job, GenerationEvent&& event);

class Engine::Impl {
 public:
  EngineOptions options;
  ModelInfo info;
  ModelPtr model;
  ContextPtr ctx;
  ContextPtr embed_ctx;
  const llama_vocab* vocab = nullptr;
  ChatTemplate chat_template;

  ~Impl();  // stops and joins the engine thread

  // Creates the slots and the batch, starts the engine thread.
  void start();

  // Any thread.
  std::vector<llama_token> tokenize(const std::string& text, bool parse_special) const;
  core::Expected<GenerationHandle> submit(GenerationRequest request, GenerationCallback callback);
  void submit_embeddings(EmbeddingJob job);
  EngineStats stats() const;

 private:
  // ---- engine thread: the loop and the queue (engine_queue.cpp) ----------
  void run();
  bool busy() const;
  int active_slots() const;
  void publish_stats();
  void shut_down();
  void drop_cancelled_waiting();
  // Oldest request first, into the free slot whose cached tokens share the
  // longest prefix with its prompt.
  void assign_free_slots();
  void finish_cancelled_slots();

  // ---- engine thread: one step (engine_step.cpp) --------------------------
  // One continuous-batching step: build, decode, sample.
  void step();
  void add_to_batch(Slot& slot, llama_token token, bool wants_logits);
  // Handles a freshly sampled token of the slot's job.
  void accept(Slot& slot, llama_token token);
  void finish(Slot& slot, FinishReason reason);
  void fail(Slot& slot, const core::Error& error);
  // `special`: also the text of control tokens (otherwise empty).
  std::string piece(llama_token token, bool special) const;

  // ---- engine thread: embeddings (engine_embeddings.cpp) -----------------
  void run_embeddings(EmbeddingJob& e);

  mutable std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::deque<std::unique_ptr<Job>> incoming_;
  std::deque<EmbeddingJob> embed_incoming_;
  std::size_t waiting_count_ = 0;
  EngineStats stats_;
  std::thread thread_;

  // Engine thread only.
  std::deque<std::unique_ptr<Job>> waiting_;
  std::vector<Slot> slots_;
  llama_batch batch_ = {};
};

}  // namespace switchyard::local
