// The exact prompt_tokens fact (routing/prompt_token_source.hpp): the
// deployments the in-process engine serves count a prompt with their model's
// own chat template and tokenizer, exactly the input tokens the engine would
// charge (what POST /v1/messages/count_tokens answers, token_count.hpp).
// Other deployments have no tokenizer in this process; for them the router
// keeps its estimate.
//
// Tokenizing is CPU on the request's thread (a ~4 KB prompt: see
// docs/BENCHMARKS.md, "Exact prompt tokens"), so the router asks only when a
// rule or a tokens-per-minute limit reads the count.
#pragma once

#include <vector>

#include "switchyard/gateway/deployment.hpp"
#include "switchyard/routing/prompt_token_source.hpp"

namespace switchyard::providers {
class LlamaProvider;
}

namespace switchyard::gateway {

class LocalTokenizers final : public routing::PromptTokenSource {
 public:
  // `deployments` is indexed like the router's; only their providers are
  // read, here, once.
  explicit LocalTokenizers(const std::vector<Deployment>& deployments);

  std::optional<std::int64_t> prompt_tokens(std::span<const std::uint32_t> deployments,
                                            const core::ChatRequest& req) const override;

  // Whether any deployment has a tokenizer here.
  bool any() const;

 private:
  // By deployment index: its in-process engine's provider, or null.
  std::vector<const providers::LlamaProvider*> llama_;
};

}  // namespace switchyard::gateway
