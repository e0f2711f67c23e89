// The decode stage: the request body, in the route's dialect, into the
// canonical request the endpoint serves (chat or embeddings). Refuses what
// the dialect cannot read (400, naming the field to fix).
#pragma once

#include "switchyard/gateway/stage.hpp"

namespace switchyard::gateway {

class DecodeStage final : public Stage {
 public:
  // Writes ex.request and the record's model.
  std::optional<core::Error> admit(Exchange& ex) const override;
};

}  // namespace switchyard::gateway
