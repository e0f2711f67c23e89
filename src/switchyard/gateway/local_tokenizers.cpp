#include "switchyard/gateway/local_tokenizers.hpp"

#include <algorithm>

#ifdef SWITCHYARD_HAVE_LLAMA
#include "switchyard/providers/llama.hpp"
#endif

namespace switchyard::gateway {

LocalTokenizers::LocalTokenizers(const std::vector<Deployment>& deployments)
    : llama_(deployments.size(), nullptr) {
#ifdef SWITCHYARD_HAVE_LLAMA
  for (std::size_t i = 0; i < deployments.size(); ++i)
    llama_[i] = dynamic_cast<const providers::LlamaProvider*>(deployments[i].provider);
#endif
}

std::optional<std::int64_t> LocalTokenizers::prompt_tokens(
    std::span<const std::uint32_t> deployments, const core::ChatRequest& req) const {
#ifdef SWITCHYARD_HAVE_LLAMA
  for (std::uint32_t d : deployments) {
    if (d >= llama_.size() || !llama_[d]) continue;
    // A request the engine cannot take (an image part, say) has no count of
    // its own there: the estimate stays.
    auto n = llama_[d]->prompt_tokens(req);
    if (!n) return std::nullopt;
    return *n;
  }
#else
  (void)deployments;
  (void)req;
#endif
  return std::nullopt;
}

bool LocalTokenizers::any() const {
  return std::any_of(llama_.begin(), llama_.end(), [](const auto* p) { return p != nullptr; });
}

}  // namespace switchyard::gateway
