// One continuous-batching step of the engine thread: the next token of every
// generating slot and prompt chunks of the slots still reading theirs go into
// one llama_batch, one llama_decode runs it, and every slot that produced
// logits samples its next token, which is turned into text (UTF-8 completed,
// stop strings held back) or ends the request.
#include <algorithm>

#include "switchyard/local/engine_impl.hpp"
#include "switchyard/local/llama_runtime.hpp"

namespace switchyard::local {

using core::Error;

void Engine::Impl::finish(Slot& slot, FinishReason reason) {
  Job& job = *slot.job;
  if (reason != FinishReason::cancelled) {
    // Release text held back for UTF-8 completion and stop-string matching.
    std::string tail = job.stop.push(job.utf8.flush()).text;
    tail += job.stop.flush();
    if (!tail.empty()) emit(job, TextPiece{std::move(tail)});
  }
  job.usage.output_tokens = job.generated;
  job.usage.total_tokens = job.usage.input_tokens + job.usage.output_tokens;
  Finished finished{reason, job.usage};
  if (job.confidence) finished.signals = job.confidence->signals();
  emit(job, std::move(finished));
  slot.job.reset();
  if (!options.prompt_cache) {
    llama_memory_seq_rm(llama_get_memory(ctx.get()), slot.seq, -1, -1);
    slot.cached.clear();
  }
}

void Engine::Impl::fail(Slot& slot, const Error& error) {
  emit(*slot.job, Error(error));
  slot.job.reset();
  llama_memory_seq_rm(llama_get_memory(ctx.get()), slot.seq, -1, -1);
  slot.cached.clear();
}

void Engine::Impl::add_to_batch(Slot& slot, llama_token token, bool wants_logits) {
  const int i = batch_.n_tokens++;
  batch_.token[i] = token;
  batch_.pos[i] = static_cast<llama_pos>(slot.cached.size() + slot.batch_count);
  batch_.n_seq_id[i] = 1;
  batch_.seq_id[i][0] = slot.seq;
  batch_.logits[i] = wants_logits;
  if (wants_logits) slot.job->output_index = i;
  ++slot.batch_count;
}

void Engine::Impl::step() {
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
      const llama_token token = job.sampler->sample(ctx.get(), index);
      // The sampler copies the logits it works on: these are still the model's own.
      if (job.confidence && !llama_vocab_is_eog(vocab, token))
        job.confidence->add(
            token_confidence(llama_get_logits_ith(ctx.get(), index), info.n_vocab, token));
      accept(s, token);
    }
  }
}

std::string Engine::Impl::piece(llama_token token, bool special) const {
  std::string out(32, '\0');
  int n =
      llama_token_to_piece(vocab, token, out.data(), static_cast<int32_t>(out.size()), 0, special);
  if (n < 0) {
    out.resize(static_cast<std::size_t>(-n));
    n = llama_token_to_piece(vocab, token, out.data(), static_cast<int32_t>(out.size()), 0,
                             special);
  }
  out.resize(n > 0 ? static_cast<std::size_t>(n) : 0);
  return out;
}

void Engine::Impl::accept(Slot& slot, llama_token token) {
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

}  // namespace switchyard::local
