#include "switchyard/local/token_sampler.hpp"

#include <algorithm>
#include <cmath>

#include "switchyard/local/utf8_assembler.hpp"

namespace switchyard::local {

core::Expected<std::unique_ptr<TokenSampler>> TokenSampler::create(const llama_vocab* vocab,
                                                                   const SamplingParams& p,
                                                                   const std::string& grammar,
                                                                   const std::string& trigger) {
  std::unique_ptr<TokenSampler> s(new TokenSampler());
  s->n_vocab_ = llama_vocab_n_tokens(vocab);
  s->vocab_ = vocab;
  if (!grammar.empty() && !trigger.empty()) {
    // Checked now so a bad grammar is a 400 at submit, not a silent
    // no-grammar when the trigger comes.
    LlamaSamplerPtr probe(llama_sampler_init_grammar(vocab, grammar.c_str(), "root"));
    if (!probe) return core::Error::invalid("the grammar does not parse (GBNF)", "grammar");
    s->lazy_grammar_ = grammar;
    s->trigger_ = trigger;
  } else if (!grammar.empty()) {
    s->grammar_.reset(llama_sampler_init_grammar(vocab, grammar.c_str(), "root"));
    if (!s->grammar_) return core::Error::invalid("the grammar does not parse (GBNF)", "grammar");
  }

  auto params = llama_sampler_chain_default_params();
  params.no_perf = true;
  s->chain_.reset(llama_sampler_chain_init(params));
  llama_sampler* chain = s->chain_.get();
  const bool penalties =
      p.repetition_penalty != 1.0f || p.frequency_penalty != 0.0f || p.presence_penalty != 0.0f;
  if (penalties) {
    llama_sampler_chain_add(chain,
                            llama_sampler_init_penalties(s->n_vocab_, 64, p.repetition_penalty,
                                                         p.frequency_penalty, p.presence_penalty));
  }
  if (p.temperature <= 0.0f) {
    llama_sampler_chain_add(chain, llama_sampler_init_greedy());
    if (!penalties) s->top_k_ = 1;
    return s;
  }
  // Penalties change logits before top-k; a large k saves little.
  if (!penalties && p.top_k > 0 && p.top_k <= s->n_vocab_ / 16) s->top_k_ = p.top_k;
  if (p.top_k > 0) llama_sampler_chain_add(chain, llama_sampler_init_top_k(p.top_k));
  if (p.top_p < 1.0f) llama_sampler_chain_add(chain, llama_sampler_init_top_p(p.top_p, 1));
  if (p.min_p > 0.0f) llama_sampler_chain_add(chain, llama_sampler_init_min_p(p.min_p, 1));
  llama_sampler_chain_add(chain, llama_sampler_init_temp(p.temperature));
  llama_sampler_chain_add(chain, llama_sampler_init_dist(p.seed.value_or(LLAMA_DEFAULT_SEED)));
  return s;
}

void TokenSampler::load_candidates(const float* logits) {
  candidates_.resize(static_cast<std::size_t>(n_vocab_));
  for (llama_token id = 0; id < n_vocab_; ++id) candidates_[id] = {id, logits[id], 0.0f};
}

bool TokenSampler::load_top_k(const float* logits) {
  const std::size_t k = static_cast<std::size_t>(top_k_);
  candidates_.clear();
  if (k == 1) {  // greedy: the first of the largest, as llama.cpp's greedy sampler picks
    llama_token best = 0;
    for (llama_token id = 1; id < n_vocab_; ++id) {
      if (logits[id] > logits[best]) best = id;
    }
    if (!(logits[best] > -INFINITY)) return false;
    candidates_.push_back({best, logits[best], 0.0f});
    return true;
  }
  // One pass with a buffer of a few k: when it fills up, keep its k best and
  // from then on admit only logits above the k-th best seen so far.
  const auto better = [](const llama_token_data& a, const llama_token_data& b) {
    return a.logit > b.logit;
  };
  const std::size_t capacity = std::max<std::size_t>(4 * k, 256);
  float threshold = -INFINITY;
  // Blocks whose logits are all at or below the threshold (nearly all, once
  // it has settled) are skipped by a comparison loop the compiler vectorises.
  constexpr llama_token kBlock = 64;
  for (llama_token base = 0; base < n_vocab_; base += kBlock) {
    const llama_token end = std::min(n_vocab_, base + kBlock);
    int any = 0;  // int, not bool: GCC vectorises an int OR-reduction only
    for (llama_token id = base; id < end; ++id) any |= logits[id] > threshold ? 1 : 0;
    if (!any) continue;
    for (llama_token id = base; id < end; ++id) {
      if (!(logits[id] > threshold)) continue;
      candidates_.push_back({id, logits[id], 0.0f});
      if (candidates_.size() == capacity) {
        std::nth_element(candidates_.begin(), candidates_.begin() + (k - 1), candidates_.end(),
                         better);
        candidates_.resize(k);
        threshold = candidates_[k - 1].logit;
      }
    }
  }
  if (candidates_.size() < k) return false;
  std::partial_sort(candidates_.begin(), candidates_.begin() + k, candidates_.end(), better);
  candidates_.resize(k);
  return true;
}

llama_token TokenSampler::sample(llama_context* ctx, int batch_index) {
  return sample_logits(llama_get_logits_ith(ctx, batch_index));
}

llama_token TokenSampler::sample_logits(const float* logits) {
  llama_token_data_array cur;
  if (top_k_ > 0 && load_top_k(logits)) {
    cur = {candidates_.data(), candidates_.size(), -1, true};  // sorted: top-k leaves it as is
  } else {
    load_candidates(logits);
    cur = {candidates_.data(), candidates_.size(), -1, false};
  }
  llama_sampler_apply(chain_.get(), &cur);
  llama_token id = cur.data[cur.selected].id;

  std::string bytes;  // the token's text, when a grammar is or may come in play
  if (grammar_) {
    llama_token_data single = {id, 1.0f, 0.0f};
    llama_token_data_array one = {&single, 1, -1, false};
    llama_sampler_apply(grammar_.get(), &one);
    if (std::isinf(single.logit)) {  // rejected: constrain first, then sample
      load_candidates(logits);
      cur = {candidates_.data(), candidates_.size(), -1, false};
      llama_sampler_apply(grammar_.get(), &cur);
      llama_sampler_apply(chain_.get(), &cur);
      id = cur.data[cur.selected].id;
    }
    bytes = piece(id);
    if (!keeps_utf8(bytes)) {
      id = choose_valid_utf8(logits, id);
      bytes = piece(id);
    }
    llama_sampler_accept(grammar_.get(), id);
  } else if (!trigger_.empty()) {
    watch_for_trigger(id);
    bytes = piece(id);
  } else {
    // No grammar now or to come: the unfinished character's bytes matter
    // to nothing, and the token's text is not asked for.
    llama_sampler_accept(chain_.get(), id);
    return id;
  }
  llama_sampler_accept(chain_.get(), id);
  std::size_t tail = 0;
  utf8_tail_ += bytes;
  if (!is_valid_utf8_prefix(utf8_tail_, &tail)) tail = 0;  // only before a lazy grammar
  utf8_tail_.erase(0, utf8_tail_.size() - tail);
  return id;
}

std::string TokenSampler::piece(llama_token id) const {
  char buf[256];
  const int n = llama_token_to_piece(vocab_, id, buf, sizeof buf, 0, false);
  if (n >= 0) return std::string(buf, static_cast<std::size_t>(n));
  std::string long_piece(static_cast<std::size_t>(-n), '\0');
  const int m = llama_token_to_piece(vocab_, id, long_piece.data(),
                                     static_cast<int32_t>(long_piece.size()), 0, false);
  long_piece.resize(static_cast<std::size_t>(std::max(m, 0)));
  return long_piece;
}

bool TokenSampler::keeps_utf8(std::string_view bytes) const {
  std::size_t tail = 0;
  return is_valid_utf8_prefix(utf8_tail_ + std::string(bytes), &tail);
}

llama_token TokenSampler::choose_valid_utf8(const float* logits, llama_token id) {
  // A few tries without the tokens found breaking it (the next best, mostly),
  // then every token that does is ruled out at once.
  std::vector<llama_token> ruled_out = {id};
  for (int attempt = 0; attempt < 5; ++attempt) {
    load_candidates(logits);
    for (llama_token t : ruled_out) candidates_[static_cast<std::size_t>(t)].logit = -INFINITY;
    llama_token_data_array cur = {candidates_.data(), candidates_.size(), -1, false};
    llama_sampler_apply(grammar_.get(), &cur);
    if (attempt == 4)
      for (llama_token_data& c : candidates_)
        if (c.logit > -INFINITY && !keeps_utf8(piece(c.id))) c.logit = -INFINITY;
    if (std::none_of(candidates_.begin(), candidates_.end(),
                     [](const llama_token_data& c) { return c.logit > -INFINITY; }))
      return id;  // nothing else the grammar allows: as llama.cpp would
    llama_sampler_apply(chain_.get(), &cur);
    const llama_token next = cur.data[cur.selected].id;
    if (keeps_utf8(piece(next))) return next;
    ruled_out.push_back(next);
  }
  return id;
}

// llama.cpp's lazy grammar keeps every token's text until its trigger
// pattern matches and runs a regex search over all of it per token, which
// grows with the answer. Here only the last few tokens, just enough text to
// hold the trigger, are kept and searched; when the trigger shows up the
// lazy grammar is created and those tokens are replayed into it, so it
// finds the trigger at once and constrains from there on.
void TokenSampler::watch_for_trigger(llama_token id) {
  char buf[256];
  int n = llama_token_to_piece(vocab_, id, buf, sizeof buf, 0, true);
  if (n < 0) n = 0;  // a longer piece cannot be part of the short trigger text anyway
  recent_.push_back({id, std::string(buf, static_cast<std::size_t>(n))});
  recent_text_ += recent_.back().second;
  while (recent_.size() > 1 &&
         recent_text_.size() - recent_.front().second.size() >= trigger_.size()) {
    recent_text_.erase(0, recent_.front().second.size());
    recent_.pop_front();
  }
  if (recent_text_.find(trigger_) == std::string::npos) return;
  const char* patterns[] = {trigger_.c_str()};
  grammar_.reset(llama_sampler_init_grammar_lazy_patterns(vocab_, lazy_grammar_.c_str(), "root",
                                                          patterns, 1, nullptr, 0));
  trigger_.clear();
  if (!grammar_) return;  // parsed at create(); cannot happen
  for (const auto& [token, piece] : recent_) llama_sampler_accept(grammar_.get(), token);
  recent_.clear();
  recent_text_.clear();
}

}  // namespace switchyard::local
