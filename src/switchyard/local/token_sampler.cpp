#include "switchyard/local/token_sampler.hpp"

#include <cmath>

namespace switchyard::local {

core::Expected<std::unique_ptr<TokenSampler>> TokenSampler::create(const llama_vocab* vocab,
                                                                   const SamplingParams& p,
                                                                   const std::string& grammar) {
  std::unique_ptr<TokenSampler> s(new TokenSampler());
  s->n_vocab_ = llama_vocab_n_tokens(vocab);
  if (!grammar.empty()) {
    s->grammar_.reset(llama_sampler_init_grammar(vocab, grammar.c_str(), "root"));
    if (!s->grammar_) return core::Error::invalid("the grammar does not parse (GBNF)", "grammar");
  }

  auto params = llama_sampler_chain_default_params();
  params.no_perf = true;
  s->chain_.reset(llama_sampler_chain_init(params));
  llama_sampler* chain = s->chain_.get();
  if (p.repetition_penalty != 1.0f || p.frequency_penalty != 0.0f || p.presence_penalty != 0.0f) {
    llama_sampler_chain_add(chain,
                            llama_sampler_init_penalties(s->n_vocab_, 64, p.repetition_penalty,
                                                         p.frequency_penalty, p.presence_penalty));
  }
  if (p.temperature <= 0.0f) {
    llama_sampler_chain_add(chain, llama_sampler_init_greedy());
    return s;
  }
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

llama_token TokenSampler::sample(llama_context* ctx, int batch_index) {
  const float* logits = llama_get_logits_ith(ctx, batch_index);
  load_candidates(logits);
  llama_token_data_array cur = {candidates_.data(), candidates_.size(), -1, false};
  llama_sampler_apply(chain_.get(), &cur);
  llama_token id = cur.data[cur.selected].id;

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
    llama_sampler_accept(grammar_.get(), id);
  }
  llama_sampler_accept(chain_.get(), id);
  return id;
}

}  // namespace switchyard::local
