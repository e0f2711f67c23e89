// The caller side of the engine (tokenize, submit) and the engine thread's
// loop: take what was queued, hand free slots to the oldest requests, drop
// the cancelled ones, run a step.
#include <algorithm>

#include "switchyard/local/engine_impl.hpp"

namespace switchyard::local {

using core::Error;

namespace {

std::size_t common_prefix(const std::vector<llama_token>& a, const std::vector<llama_token>& b) {
  const std::size_t n = std::min(a.size(), b.size());
  std::size_t i = 0;
  while (i < n && a[i] == b[i]) ++i;
  return i;
}

}  // namespace

void emit(Job& job, GenerationEvent&& event) {
  try {
    job.callback(std::move(event));
  } catch (...) {
    // A throwing callback must not take the engine thread down with it.
  }
}

Engine::Impl::~Impl() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_one();
  if (thread_.joinable()) thread_.join();
  if (batch_.token) llama_batch_free(batch_);
}

void Engine::Impl::start() {
  slots_.resize(static_cast<std::size_t>(options.n_parallel));
  for (std::size_t i = 0; i < slots_.size(); ++i) slots_[i].seq = static_cast<llama_seq_id>(i);
  batch_ = llama_batch_init(options.n_batch, 0, 1);
  thread_ = std::thread([this] { run(); });
}

std::vector<llama_token> Engine::Impl::tokenize(const std::string& text, bool parse_special) const {
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

core::Expected<GenerationHandle> Engine::Impl::submit(GenerationRequest request,
                                                      GenerationCallback callback) {
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
  if (request.measure_confidence) job->confidence.emplace();
  job->usage.input_tokens = static_cast<std::int64_t>(job->prompt.size());
  GenerationHandle handle(job->cancelled);
  {
    std::lock_guard lock(mutex_);
    if (stopping_) return Error{core::ErrorKind::unavailable, 503, "the local engine is stopping"};
    incoming_.push_back(std::move(job));
    stats_.queued_requests = static_cast<int>(incoming_.size() + waiting_count_);
  }
  wake_.notify_one();
  return handle;
}

void Engine::Impl::submit_embeddings(EmbeddingJob job) {
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

EngineStats Engine::Impl::stats() const {
  std::lock_guard lock(mutex_);
  return stats_;
}

void Engine::Impl::run() {
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

bool Engine::Impl::busy() const {
  return !waiting_.empty() || active_slots() > 0;
}

int Engine::Impl::active_slots() const {
  return static_cast<int>(
      std::count_if(slots_.begin(), slots_.end(), [](const Slot& s) { return s.job != nullptr; }));
}

void Engine::Impl::publish_stats() {
  std::lock_guard lock(mutex_);
  stats_.active_slots = active_slots();
  waiting_count_ = waiting_.size();
  stats_.queued_requests = static_cast<int>(incoming_.size() + waiting_count_);
}

void Engine::Impl::shut_down() {
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

void Engine::Impl::drop_cancelled_waiting() {
  for (auto it = waiting_.begin(); it != waiting_.end();) {
    if ((*it)->cancelled->load()) {
      emit(**it, Finished{FinishReason::cancelled, (*it)->usage});
      it = waiting_.erase(it);
    } else {
      ++it;
    }
  }
}

void Engine::Impl::assign_free_slots() {
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

void Engine::Impl::finish_cancelled_slots() {
  for (auto& s : slots_) {
    if (s.job && s.job->cancelled->load()) finish(s, FinishReason::cancelled);
  }
}

}  // namespace switchyard::local
