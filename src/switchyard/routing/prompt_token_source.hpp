// Where the exact `prompt_tokens` fact comes from: whoever holds the local
// models' tokenizers (the gateway, for the deployments the in-process engine
// serves) counts a prompt as that model would, chat template included. The
// router asks only when the count is read (a rule on prompt_tokens, or a
// tokens-per-minute limit), once per request, on the request's thread, from
// any io thread at once.
#pragma once

#include <cstdint>
#include <optional>
#include <span>

#include "switchyard/core/chat.hpp"

namespace switchyard::routing {

class PromptTokenSource {
 public:
  // The exact count of `req`'s prompt tokens by the first of `deployments`
  // (the router's indices, in the alias's order) whose tokenizer is at
  // hand; nullopt when none is, or it cannot count this request (the
  // estimate stays).
  virtual std::optional<std::int64_t> prompt_tokens(std::span<const std::uint32_t> deployments,
                                                    const core::ChatRequest& req) const = 0;

 protected:
  ~PromptTokenSource() = default;
};

}  // namespace switchyard::routing
