// Chooses the next token of one sequence from the model's logits: the
// sampler chain built from SamplingParams, plus an optional grammar.
//
// The grammar is checked on the token the chain picked; only when it rejects
// that token is the grammar applied to the whole vocabulary and the chain run
// again. Applying a grammar to ~128k candidates every step is the expensive
// part of constrained sampling; this way it happens only when needed (the
// same trick as llama.cpp's common sampler).
//
// Top-k first. When the chain starts with top-k (no penalties before it) or
// is greedy, only the k best logits can ever be chosen, so they are picked
// from the raw logits in one pass and the chain runs on those k candidates,
// already sorted as top-k would leave them: the same token as running the
// chain on all ~128k, without building and partially sorting a 128k-entry
// array per token (~0.1 instead of ~0.22 ms per token with a 128k
// vocabulary; it runs serially on the engine thread, once per slot).
//
// Strict UTF-8 under a grammar. llama.cpp's grammar reads a token's bytes as
// code points leniently: four bytes of an overlong form, a surrogate or a
// value past U+10FFFF pass as one character, which the text the client gets
// (Utf8Assembler) shows as four U+FFFD; a string the schema caps at six
// characters came back with nine. Under a grammar a token that would make
// the answer's bytes invalid UTF-8 is never chosen: the next best is.
#pragma once

#include <llama.h>

#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "switchyard/core/error.hpp"
#include "switchyard/local/generation.hpp"

namespace switchyard::local {

struct LlamaSamplerDeleter {
  void operator()(llama_sampler* s) const { llama_sampler_free(s); }
};
using LlamaSamplerPtr = std::unique_ptr<llama_sampler, LlamaSamplerDeleter>;

class TokenSampler {
 public:
  // Errors (invalid_request) when the grammar does not parse. A non-empty
  // `trigger` makes the grammar lazy (see GenerationRequest::grammar_trigger);
  // it is literal text, also read as a regex by llama.cpp, so it must not
  // contain regex metacharacters.
  static core::Expected<std::unique_ptr<TokenSampler>> create(const llama_vocab* vocab,
                                                              const SamplingParams& params,
                                                              const std::string& grammar,
                                                              const std::string& trigger = {});

  // Samples from the logits of output `batch_index` of the last decode and
  // records the choice (penalties, grammar state).
  llama_token sample(llama_context* ctx, int batch_index);
  // The same for a row of n_vocab logits.
  llama_token sample_logits(const float* logits);

 private:
  TokenSampler() = default;
  void load_candidates(const float* logits);
  // The top_k_ best logits, sorted best first; false (candidates_ unusable)
  // when fewer than top_k_ logits are above -infinity.
  bool load_top_k(const float* logits);

  void watch_for_trigger(llama_token id);
  // The token's bytes as they join the answer.
  std::string piece(llama_token id) const;
  // Whether a token's bytes keep the answer's bytes valid UTF-8 (its last
  // character may be incomplete).
  bool keeps_utf8(std::string_view bytes) const;
  // Under a grammar, when `id` breaks UTF-8: the choice again without it and
  // the other tokens that break it.
  llama_token choose_valid_utf8(const float* logits, llama_token id);

  LlamaSamplerPtr chain_;
  LlamaSamplerPtr grammar_;
  // Lazy grammar not started yet: its text, the trigger, the latest tokens.
  const llama_vocab* vocab_ = nullptr;
  std::string lazy_grammar_;
  std::string trigger_;
  std::deque<std::pair<llama_token, std::string>> recent_;
  std::string recent_text_;
  // The answer's bytes of a character not complete yet.
  std::string utf8_tail_;
  int n_vocab_ = 0;
  int top_k_ = 0;  // > 0: only the top_k_ best logits matter to the chain
  std::vector<llama_token_data> candidates_;
};

}  // namespace switchyard::local
