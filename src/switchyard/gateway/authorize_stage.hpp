// The authorize stage, right after decode: a request made with a virtual
// key may use only the model aliases the key lists (none listed: all). Any
// other model is a 403 naming it and the ones the key may use, before
// anything is classified, routed or sent. Anonymous requests (open mode)
// pass.
#pragma once

#include "switchyard/gateway/stage.hpp"

namespace switchyard::gateway {

class AuthorizeStage final : public Stage {
 public:
  std::optional<core::Error> admit(Exchange& ex) const override;
};

}  // namespace switchyard::gateway
