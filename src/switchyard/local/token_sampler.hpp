// Chooses the next token of one sequence from the model's logits: the
// sampler chain built from SamplingParams, plus an optional grammar.
//
// The grammar is checked on the token the chain picked; only when it rejects
// that token is the grammar applied to the whole vocabulary and the chain run
// again. Applying a grammar to ~128k candidates every step is the expensive
// part of constrained sampling; this way it happens only when needed (the
// same trick as llama.cpp's common sampler).
#pragma once

#include <llama.h>

#include <memory>
#include <string>
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
  // Errors (invalid_request) when the grammar does not parse.
  static core::Expected<std::unique_ptr<TokenSampler>> create(const llama_vocab* vocab,
                                                              const SamplingParams& params,
                                                              const std::string& grammar);

  // Samples from the logits of output `batch_index` of the last decode and
  // records the choice (penalties, grammar state).
  llama_token sample(llama_context* ctx, int batch_index);

 private:
  TokenSampler() = default;
  void load_candidates(const float* logits);

  LlamaSamplerPtr chain_;
  LlamaSamplerPtr grammar_;
  int n_vocab_ = 0;
  std::vector<llama_token_data> candidates_;
};

}  // namespace switchyard::local
