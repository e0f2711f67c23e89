#include "switchyard/local/engine.hpp"

#include <llama.h>

#include <algorithm>
#include <cmath>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <future>
#include <mutex>
#include <thread>

#include "switchyard/local/chat_template.hpp"
#include "switchyard/local/llama_runtime.hpp"
#include "switchyard/local/stop_matcher.hpp"
#include "switchyard/local/token_sampler.hpp"
#include "switchyard/local/utf8_assembler.hpp"

namespace switchyard::local {

using core::Error;

const char* to_string(FinishReason r) {
  switch (r) {
    case FinishReason::stop:
      return "stop";
    case FinishReason::length:
      return "length";
    case FinishReason::cancelled:
      return "cancelled";
  }
  return "stop";
}

core::FinishReason to_core(FinishReason r) {
  core::FinishReason out;
  switch (r) {
    case FinishReason::stop:
      out.kind = core::FinishKind::stop;
      break;
    case FinishReason::length:
      out.kind = core::FinishKind::length;
      break;
    case FinishReason::cancelled:
      out.kind = core::FinishKind::other;
      out.raw = to_string(r);
      break;
  }
  return out;
}

namespace {

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

void emit(Job& job, GenerationEvent&& event) {
  try {
    job.callback(std::move(event));
  } catch (...) {
    // A throwing callback must not take the engine thread down with it.
  }
}

std::size_t common_prefix(const std::vector<llama_token>& a, const std::vector<llama_token>& b) {
  const std::size_t n = std::min(a.size(), b.size());
  std::size_t i = 0;
  while (i < n && a[i] == b[i]) ++i;
  return i;
}

}  // namespace

class Engine::Impl {
 public:
  EngineOptions options;
  ModelInfo info;
  ModelPtr model;
  ContextPtr ctx;
  ContextPtr embed_ctx;
  const llama_vocab* vocab = nullptr;
  ChatTemplate chat_template;

  ~Impl() {
    {
      std::lock_guard lock(mutex_);
      stopping_ = true;
    }
    wake_.notify_one();
    if (thread_.joinable()) thread_.join();
    if (batch_.token) llama_batch_free(batch_);
  }

  void start() {
    slots_.resize(static_cast<std::size_t>(options.n_parallel));
    for (std::size_t i = 0; i < slots_.size(); ++i) slots_[i].seq = static_cast<llama_seq_id>(i);
    batch_ = llama_batch_init(options.n_batch, 0, 1);
    thread_ = std::thread([this] { run(); });
  }

  std::vector<llama_token> tokenize(const std::string& text, bool parse_special) const {
    std::vector<llama_token> tokens(text.size() + 8);
    int n = llama_tokenize(vocab, text.data(), static_cast<int32_t>(text.size()), tokens.data(),
                           static_cast<int32_t>(tokens.size()), true, parse_special);
    if (n < 0) {
      tokens.resize(static_cast<std::size_t>(-n));
      n = llama_tokenize(vocab, text.data(), static_cast<int32_t>(text.size()), tokens.data(),
                         static_cast<int32_t>(tokens.size()), true, parse_special);
    }
    tokens.resize(n > 0 ? static_cast<std::size_t>(n) : 0);
    return tokens;
  }

  core::Expected<GenerationHandle> submit(GenerationRequest request, GenerationCallback callback) {
    if (!ctx) return Error::invalid("this model is loaded for embeddings only", "model");
    std::string text = std::move(request.prompt);
    if (!request.messages.empty()) {
      auto rendered = chat_template.render(request.messages, request.tools);
      if (!rendered) return rendered.error();
      text = std::move(*rendered);
    }
    auto tokens = tokenize(text, /*parse_special=*/true);
    if (tokens.empty()) return Error::invalid("the prompt is empty", "messages");
    if (tokens.size() >= static_cast<std::size_t>(info.n_ctx_per_slot)) {
      return Error::invalid("the prompt is " + std::to_string(tokens.size()) +
                                " tokens, but this model's context holds " +
                                std::to_string(info.n_ctx_per_slot) +
                                " tokens per request (prompt plus at least one answer token)",
                            "messages", "context_length_exceeded");
    }
    if (request.max_tokens && *request.max_tokens < 1) {
      return Error::invalid("max_tokens must be at least 1", "max_tokens");
    }
    auto sampler =
        TokenSampler::create(vocab, request.sampling, request.grammar, request.grammar_trigger);
    if (!sampler) return sampler.error();

    auto job = std::make_unique<Job>(std::move(request.stop));
    job->prompt = std::move(tokens);
    job->sampler = std::move(*sampler);
    job->callback = std::move(callback);
    job->cancelled = std::make_shared<std::atomic<bool>>(false);
    job->max_tokens = request.max_tokens;
    job->special_text = !request.tools.empty();
    job->usage.input_tokens = static_cast<std::int64_t>(job->prompt.size());
    GenerationHandle handle(job->cancelled);
    {
      std::lock_guard lock(mutex_);
      if (stopping_)
        return Error{core::ErrorKind::unavailable, 503, "the local engine is stopping"};
      incoming_.push_back(std::move(job));
      stats_.queued_requests = static_cast<int>(incoming_.size() + waiting_count_);
    }
    wake_.notify_one();
    return handle;
  }

  void submit_embeddings(EmbeddingJob job) {
    {
      std::lock_guard lock(mutex_);
      if (!stopping_) {
        embed_incoming_.push_back(std::move(job));
        job.callback = nullptr;
      }
    }
    if (job.callback) {
      job.callback(Error{core::ErrorKind::unavailable, 503, "the local engine is stopping"});
      return;
    }
    wake_.notify_one();
  }

  EngineStats stats() const {
    std::lock_guard lock(mutex_);
    return stats_;
  }

 private:
  // ---- engine thread ---------------------------------------------------

  void run() {
    for (;;) {
      std::deque<EmbeddingJob> embed_jobs;
      {
        std::unique_lock lock(mutex_);
        wake_.wait(lock, [&] {
          return stopping_ || !incoming_.empty() || !embed_incoming_.empty() || busy();
        });
        if (stopping_) break;
        for (auto& j : incoming_) waiting_.push_back(std::move(j));
        incoming_.clear();
        embed_jobs.swap(embed_incoming_);
        waiting_count_ = waiting_.size();
      }
      for (auto& e : embed_jobs) run_embeddings(e);
      drop_cancelled_waiting();
      assign_free_slots();
      finish_cancelled_slots();
      if (active_slots() > 0) step();
      publish_stats();
    }
    shut_down();
  }

  bool busy() const { return !waiting_.empty() || active_slots() > 0; }

  int active_slots() const {
    return static_cast<int>(std::count_if(slots_.begin(), slots_.end(),
                                          [](const Slot& s) { return s.job != nullptr; }));
  }

  void publish_stats() {
    std::lock_guard lock(mutex_);
    stats_.active_slots = active_slots();
    waiting_count_ = waiting_.size();
    stats_.queued_requests = static_cast<int>(incoming_.size() + waiting_count_);
  }

  void shut_down() {
    const Error gone{core::ErrorKind::unavailable, 503, "the local engine stopped"};
    std::deque<std::unique_ptr<Job>> incoming;
    std::deque<EmbeddingJob> embed_jobs;
    {
      std::lock_guard lock(mutex_);
      incoming.swap(incoming_);
      embed_jobs.swap(embed_incoming_);
    }
    for (auto& s : slots_) {
      if (s.job) emit(*s.job, Error(gone));
      s.job.reset();
    }
    for (auto& j : waiting_) emit(*j, Error(gone));
    for (auto& j : incoming) emit(*j, Error(gone));
    for (auto& e : embed_jobs) e.callback(Error(gone));
    waiting_.clear();
  }

  void drop_cancelled_waiting() {
    for (auto it = waiting_.begin(); it != waiting_.end();) {
      if ((*it)->cancelled->load()) {
        emit(**it, Finished{FinishReason::cancelled, (*it)->usage});
        it = waiting_.erase(it);
      } else {
        ++it;
      }
    }
  }

  // Oldest request first, into the free slot whose cached tokens share the
  // longest prefix with its prompt.
  void assign_free_slots() {
    llama_memory_t mem = llama_get_memory(ctx.get());
    while (!waiting_.empty()) {
      Slot* best = nullptr;
      std::size_t best_prefix = 0;
      for (auto& s : slots_) {
        if (s.job) continue;
        const std::size_t p = common_prefix(s.cached, waiting_.front()->prompt);
        if (!best || p > best_prefix) {
          best = &s;
          best_prefix = p;
        }
      }
      if (!best) return;
      auto job = std::move(waiting_.front());
      waiting_.pop_front();

      // At least the last prompt token is decoded again: its logits are
      // needed to sample the first answer token.
      std::size_t reuse = std::min(best_prefix, job->prompt.size() - 1);
      if (!llama_memory_seq_rm(mem, best->seq, static_cast<llama_pos>(reuse), -1)) {
        llama_memory_seq_rm(mem, best->seq, -1, -1);
        reuse = 0;
      }
      best->cached.resize(reuse);
      job->prompt_done = reuse;
      job->usage.cache_read_tokens = static_cast<std::int64_t>(reuse);
      {
        std::lock_guard lock(mutex_);
        stats_.reused_prompt_tokens += reuse;
      }
      best->job = std::move(job);
    }
  }

  void finish_cancelled_slots() {
    for (auto& s : slots_) {
      if (s.job && s.job->cancelled->load()) finish(s, FinishReason::cancelled);
    }
  }

  void finish(Slot& slot, FinishReason reason) {
    Job& job = *slot.job;
    if (reason != FinishReason::cancelled) {
      // Release text held back for UTF-8 completion and stop-string matching.
      std::string tail = job.stop.push(job.utf8.flush()).text;
      tail += job.stop.flush();
      if (!tail.empty()) emit(job, TextPiece{std::move(tail)});
    }
    job.usage.output_tokens = job.generated;
    job.usage.total_tokens = job.usage.input_tokens + job.usage.output_tokens;
    emit(job, Finished{reason, job.usage});
    slot.job.reset();
    if (!options.prompt_cache) {
      llama_memory_seq_rm(llama_get_memory(ctx.get()), slot.seq, -1, -1);
      slot.cached.clear();
    }
  }

  void fail(Slot& slot, const Error& error) {
    emit(*slot.job, Error(error));
    slot.job.reset();
    llama_memory_seq_rm(llama_get_memory(ctx.get()), slot.seq, -1, -1);
    slot.cached.clear();
  }

  void add_to_batch(Slot& slot, llama_token token, bool wants_logits) {
    const int i = batch_.n_tokens++;
    batch_.token[i] = token;
    batch_.pos[i] = static_cast<llama_pos>(slot.cached.size() + slot.batch_count);
    batch_.n_seq_id[i] = 1;
    batch_.seq_id[i][0] = slot.seq;
    batch_.logits[i] = wants_logits;
    if (wants_logits) slot.job->output_index = i;
    ++slot.batch_count;
  }

  // One continuous-batching step: build, decode, sample.
  void step() {
    batch_.n_tokens = 0;
    std::uint64_t sequences = 0;
    for (auto& s : slots_) {
      s.batch_count = 0;
      s.batch_start = static_cast<std::size_t>(batch_.n_tokens);
      if (s.job && s.job->next >= 0) {
        add_to_batch(s, s.job->next, true);
        ++sequences;
      }
    }
    // Prompt chunks fill the rest of the batch, oldest slot order first.
    for (auto& s : slots_) {
      if (!s.job || s.job->prompt_done >= s.job->prompt.size()) continue;
      const int room = options.n_batch - batch_.n_tokens;
      if (room <= 0) break;
      Job& job = *s.job;
      s.batch_start = static_cast<std::size_t>(batch_.n_tokens);
      const std::size_t n = std::min(job.prompt.size() - job.prompt_done, std::size_t(room));
      for (std::size_t k = 0; k < n; ++k) {
        const std::size_t i = job.prompt_done + k;
        add_to_batch(s, job.prompt[i], i + 1 == job.prompt.size());
      }
      ++sequences;
    }
    if (batch_.n_tokens == 0) return;

    const int rc = llama_decode(ctx.get(), batch_);
    {
      std::lock_guard lock(mutex_);
      ++stats_.steps;
      stats_.batched_tokens += static_cast<std::uint64_t>(batch_.n_tokens);
      stats_.max_sequences_in_step = std::max(stats_.max_sequences_in_step, sequences);
    }
    if (rc != 0) {
      const Error error = Error::internal("llama_decode failed with code " + std::to_string(rc) +
                                          ": " + take_llama_errors());
      for (auto& s : slots_) {
        if (s.job && s.batch_count > 0) fail(s, error);
      }
      return;
    }

    for (auto& s : slots_) {
      if (!s.job || s.batch_count == 0) continue;
      Job& job = *s.job;
      // The KV cells now hold what this step decoded for the slot.
      for (std::size_t k = 0; k < s.batch_count; ++k) {
        s.cached.push_back(batch_.token[s.batch_start + k]);
      }
      if (job.next >= 0) {
        job.next = -1;
      } else {
        job.prompt_done += s.batch_count;
      }
      if (job.output_index >= 0) {
        const int index = job.output_index;
        job.output_index = -1;
        accept(s, job.sampler->sample(ctx.get(), index));
      }
    }
  }

  // `special`: also the text of control tokens (otherwise empty).
  std::string piece(llama_token token, bool special) const {
    std::string out(32, '\0');
    int n = llama_token_to_piece(vocab, token, out.data(), static_cast<int32_t>(out.size()), 0,
                                 special);
    if (n < 0) {
      out.resize(static_cast<std::size_t>(-n));
      n = llama_token_to_piece(vocab, token, out.data(), static_cast<int32_t>(out.size()), 0,
                               special);
    }
    out.resize(n > 0 ? static_cast<std::size_t>(n) : 0);
    return out;
  }

  // Handles a freshly sampled token of the slot's job.
  void accept(Slot& slot, llama_token token) {
    Job& job = *slot.job;
    if (llama_vocab_is_eog(vocab, token)) return finish(slot, FinishReason::stop);
    ++job.generated;
    auto out = job.stop.push(job.utf8.push(piece(token, job.special_text)));
    if (!out.text.empty()) emit(job, TextPiece{std::move(out.text)});
    if (out.stopped) return finish(slot, FinishReason::stop);
    if (job.max_tokens && job.generated >= *job.max_tokens) {
      return finish(slot, FinishReason::length);
    }
    if (slot.cached.size() >= static_cast<std::size_t>(info.n_ctx_per_slot)) {
      return finish(slot, FinishReason::length);  // no KV cell left for this token
    }
    job.next = token;
  }

  void run_embeddings(EmbeddingJob& e) {
    if (!embed_ctx) {
      e.callback(Error::invalid("this model was loaded without embeddings", "model"));
      return;
    }
    const int n_ctx = info.n_ctx_embedding;  // one batch holds a whole input
    const int dim = llama_model_n_embd_out(model.get());
    std::vector<std::vector<float>> out;
    const std::size_t n_inputs = e.from_tokens ? e.tokens.size() : e.texts.size();
    for (std::size_t t = 0; t < n_inputs; ++t) {
      if (e.cancelled && e.cancelled->load()) {
        e.callback(Error{core::ErrorKind::internal,
                         500,
                         "the embedding request was cancelled",
                         {},
                         "cancelled"});
        return;
      }
      const auto tokens =
          e.from_tokens ? std::move(e.tokens[t]) : tokenize(e.texts[t], /*parse_special=*/false);
      for (llama_token id : tokens) {
        if (id >= 0 && id < info.n_vocab) continue;
        e.callback(Error::invalid("input " + std::to_string(t) + " holds token id " +
                                      std::to_string(id) + ", but this model's vocabulary has " +
                                      std::to_string(info.n_vocab) + " tokens (0 to " +
                                      std::to_string(info.n_vocab - 1) + ")",
                                  "input", "invalid_token"));
        return;
      }
      if (tokens.empty() || static_cast<int>(tokens.size()) > n_ctx) {
        e.callback(
            Error::invalid("input " + std::to_string(t) + " is " + std::to_string(tokens.size()) +
                               " tokens; the embedding context holds 1 to " + std::to_string(n_ctx),
                           "input", "context_length_exceeded"));
        return;
      }
      llama_batch batch = llama_batch_init(static_cast<int32_t>(tokens.size()), 0, 1);
      for (std::size_t i = 0; i < tokens.size(); ++i) {
        batch.token[i] = tokens[i];
        batch.pos[i] = static_cast<llama_pos>(i);
        batch.n_seq_id[i] = 1;
        batch.seq_id[i][0] = 0;
        batch.logits[i] = true;
      }
      batch.n_tokens = static_cast<int32_t>(tokens.size());
      const int rc = llama_decode(embed_ctx.get(), batch);
      llama_batch_free(batch);
      const float* v = rc == 0 ? llama_get_embeddings_seq(embed_ctx.get(), 0) : nullptr;
      if (llama_memory_t mem = llama_get_memory(embed_ctx.get())) llama_memory_clear(mem, true);
      if (!v) {
        e.callback(Error::internal("embedding failed: " + take_llama_errors()));
        return;
      }
      std::vector<float> vec(v, v + dim);
      double norm = 0;
      for (float x : vec) norm += double(x) * x;
      norm = std::sqrt(norm);
      if (norm > 0) {
        for (float& x : vec) x = static_cast<float>(x / norm);
      }
      out.push_back(std::move(vec));
    }
    e.callback(std::move(out));
  }

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

// ---- Engine ---------------------------------------------------------------

Engine::Engine(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Engine::~Engine() = default;

core::Expected<std::unique_ptr<Engine>> Engine::open(const EngineOptions& options) {
  const std::string& path = options.model_path;
  std::error_code ec;
  if (path.empty() || !std::filesystem::is_regular_file(path, ec)) {
    return Error::not_found("model file not found: " + (path.empty() ? "(no path)" : path),
                            "model_not_found");
  }
  if (options.n_ctx < 16 || options.n_parallel < 1 || options.n_batch < options.n_parallel) {
    return Error::invalid("local engine for " + path +
                          ": needs n_ctx >= 16, n_parallel >= 1 and n_batch >= n_parallel");
  }
  ensure_llama_runtime();
  take_llama_errors();

  auto impl = std::make_unique<Impl>();
  impl->options = options;
  const int threads = options.n_threads > 0
                          ? options.n_threads
                          : std::max(1, static_cast<int>(std::thread::hardware_concurrency()));

  auto mparams = llama_model_default_params();
  impl->model.reset(llama_model_load_from_file(path.c_str(), mparams));
  if (!impl->model) {
    std::string why = take_llama_errors();
    return Error::invalid("cannot load model " + path + ": not a loadable GGUF model" +
                              (why.empty() ? "" : " (" + why + ")"),
                          "model_path", "model_load_failed");
  }
  llama_model* model = impl->model.get();
  impl->vocab = llama_model_get_vocab(model);
  impl->chat_template = ChatTemplate::for_model(model);

  auto cparams = llama_context_default_params();
  cparams.n_ctx = static_cast<uint32_t>(options.n_ctx * options.n_parallel);
  cparams.n_batch = static_cast<uint32_t>(options.n_batch);
  cparams.n_ubatch = static_cast<uint32_t>(std::min(options.n_batch, 512));
  cparams.n_seq_max = static_cast<uint32_t>(options.n_parallel);
  // A step asks for at most one row of logits per slot (its sampled token or
  // its prompt's last one), as in llama-server, which sets the same limits.
  // Left at 0, llama.cpp reserves the graph for n_batch rows of logits: a
  // 251 MiB compute buffer at 512 x 128k instead of 7 MiB.
  cparams.n_outputs_max = static_cast<uint32_t>(options.n_parallel);
  cparams.n_outputs_max_per_seq = 1;
  cparams.n_threads = threads;
  cparams.n_threads_batch = threads;
  cparams.no_perf = true;
  cparams.kv_unified = false;  // one KV stream per slot: sequences never compete for cells
  impl->ctx.reset(llama_init_from_model(model, cparams));
  if (!impl->ctx) {
    return Error::internal("cannot create a context for " + path + ": " + take_llama_errors());
  }

  if (options.embeddings) {
    auto eparams = llama_context_default_params();
    eparams.n_ctx = static_cast<uint32_t>(options.n_ctx);
    eparams.n_batch = eparams.n_ubatch =
        static_cast<uint32_t>(options.n_ctx);  // whole text at once
    eparams.n_seq_max = 1;
    eparams.n_threads = eparams.n_threads_batch = threads;
    eparams.no_perf = true;
    eparams.embeddings = true;
    impl->embed_ctx.reset(llama_init_from_model(model, eparams));
    if (impl->embed_ctx && llama_pooling_type(impl->embed_ctx.get()) == LLAMA_POOLING_TYPE_NONE) {
      // A generative model has no pooling of its own: average the tokens.
      eparams.pooling_type = LLAMA_POOLING_TYPE_MEAN;
      impl->embed_ctx.reset(llama_init_from_model(model, eparams));
    }
    if (!impl->embed_ctx) {
      return Error::internal("cannot create an embedding context for " + path + ": " +
                             take_llama_errors());
    }
  }

  ModelInfo& info = impl->info;
  info.path = path;
  char desc[256] = {};
  llama_model_desc(model, desc, sizeof desc);
  info.description = desc;
  info.n_params = llama_model_n_params(model);
  info.n_embd = llama_model_n_embd_out(model);
  info.n_vocab = llama_vocab_n_tokens(impl->vocab);
  info.n_ctx_train = llama_model_n_ctx_train(model);
  // llama.cpp rounds each sequence's cells up (to 256); the scheduler keeps
  // to the configured size so the limit users see is the one they set.
  info.n_ctx_per_slot = std::min(options.n_ctx, static_cast<int>(llama_n_ctx_seq(impl->ctx.get())));
  info.has_chat_template = impl->chat_template.is_models_own();
  // As for slots, the configured size: llama.cpp may round the context up,
  // but an input must also fit the batch, which is exactly n_ctx.
  if (impl->embed_ctx)
    info.n_ctx_embedding =
        std::min(options.n_ctx, static_cast<int>(llama_n_ctx(impl->embed_ctx.get())));

  impl->start();
  return std::unique_ptr<Engine>(new Engine(std::move(impl)));
}

core::Expected<GenerationHandle> Engine::submit(GenerationRequest request,
                                                GenerationCallback callback) {
  return impl_->submit(std::move(request), std::move(callback));
}

void Engine::submit_embeddings(std::vector<std::string> texts, EmbeddingsCallback callback) {
  EmbeddingJob job;
  job.texts = std::move(texts);
  job.callback = std::move(callback);
  impl_->submit_embeddings(std::move(job));
}

GenerationHandle Engine::submit_token_embeddings(std::vector<std::vector<std::int32_t>> inputs,
                                                 EmbeddingsCallback callback) {
  EmbeddingJob job;
  job.tokens = std::move(inputs);
  job.from_tokens = true;
  job.cancelled = std::make_shared<std::atomic<bool>>(false);
  job.callback = std::move(callback);
  GenerationHandle handle(job.cancelled);
  impl_->submit_embeddings(std::move(job));
  return handle;
}

std::vector<std::int32_t> Engine::embedding_tokens(const std::string& text) const {
  return impl_->tokenize(text, /*parse_special=*/false);
}

core::Expected<Engine::Completion> Engine::generate(GenerationRequest request) {
  struct State {
    Completion completion;
    std::promise<core::Expected<Completion>> done;
  };
  auto state = std::make_shared<State>();
  auto future = state->done.get_future();
  auto handle = submit(std::move(request), [state](GenerationEvent&& event) {
    if (auto* piece = std::get_if<TextPiece>(&event)) {
      state->completion.text += piece->text;
    } else if (auto* finished = std::get_if<Finished>(&event)) {
      state->completion.finished = *finished;
      state->done.set_value(std::move(state->completion));
    } else {
      state->done.set_value(std::get<Error>(std::move(event)));
    }
  });
  if (!handle) return handle.error();
  return future.get();
}

core::Expected<std::vector<std::vector<float>>> Engine::embed(std::vector<std::string> texts) {
  // Shared, not on this stack: the engine thread may still be inside
  // set_value() when get() returns here.
  auto done = std::make_shared<std::promise<core::Expected<std::vector<std::vector<float>>>>>();
  auto future = done->get_future();
  submit_embeddings(std::move(texts),
                    [done](auto&& result) { done->set_value(std::move(result)); });
  return future.get();
}

std::vector<std::int32_t> Engine::tokenize(const std::string& text) const {
  return impl_->tokenize(text, true);
}

const ModelInfo& Engine::info() const {
  return impl_->info;
}

EngineStats Engine::stats() const {
  return impl_->stats();
}

}  // namespace switchyard::local
