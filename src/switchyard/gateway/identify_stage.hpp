// The identify stage: who is asking. Today the caller is named by its key's
// fingerprint (ledger::caller_fingerprint), never by the key: OpenAI clients
// send `Authorization: Bearer KEY`, Anthropic clients `x-api-key: KEY`; no
// key is an anonymous caller. (Virtual keys, with the team, policy and
// limits they carry, will be resolved here.)
#pragma once

#include "switchyard/gateway/stage.hpp"

namespace switchyard::gateway {

class IdentifyStage final : public Stage {
 public:
  // Writes ex.ctx.caller and the record's caller. Never refuses yet.
  std::optional<core::Error> admit(Exchange& ex) const override;
};

}  // namespace switchyard::gateway
