#include "switchyard/gateway/authorize_stage.hpp"

#include "switchyard/gateway/response_headers.hpp"

namespace switchyard::gateway {

std::optional<core::Error> AuthorizeStage::admit(Exchange& ex) const {
  if (!ex.key || ex.key->allows_model(ex.model())) return std::nullopt;
  std::string allowed;
  for (const auto& m : ex.key->policy.models) allowed += (allowed.empty() ? "" : ", ") + m;
  ex.attempted.reason = "not permitted: the key may not use this model";
  return core::Error{core::ErrorKind::permission,
                     403,
                     "Key " + ex.key->id + " (team " + ex.key->policy.team +
                         ") may not use model '" + header_safe(ex.model(), 100) +
                         "'; it may use: " + allowed + ".",
                     "model",
                     "model_not_allowed",
                     false};
}

}  // namespace switchyard::gateway
