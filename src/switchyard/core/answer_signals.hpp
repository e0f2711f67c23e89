// How sure a model was of the answer it wrote, measured from its token
// distribution while the answer was sampled: what a cascade's verifier
// reads (routing/cascade_verifier.hpp) to decide whether a local answer is
// good enough or the request goes on to a stronger model.
//
// Log-probabilities and entropies are in nats (natural logarithms), over
// the model's own distribution before sampling settings (temperature, top-k,
// grammars) reshape it, as OpenAI's `logprobs` report them.
#pragma once

#include <cstdint>

namespace switchyard::core {

struct AnswerSignals {
  std::int64_t tokens = 0;  // answer tokens measured; 0: nothing to judge by
  double mean_logprob = 0;  // mean log-probability of the chosen tokens (<= 0)
  double min_logprob = 0;   // the least likely chosen token's
  double mean_entropy = 0;  // mean entropy of the distribution each was chosen from
  bool entropy_known =
      true;  // false: only logprobs were reported (an upstream without top_logprobs)
};

}  // namespace switchyard::core
