// The identify stage: who is asking. OpenAI clients send `Authorization:
// Bearer KEY`, Anthropic clients `x-api-key: KEY`. A virtual key
// ("sk-sy-...", keys/virtual_key.hpp) is checked against the KeyRing: the
// request then carries the key (its team, policy and limits) and the
// ledger names it by id and team. A virtual key that is malformed, unknown,
// revoked or expired is a 401, in every mode. Without a virtual key:
// `keys.required: true` → 401 saying how to get one; otherwise (open mode,
// the default for a single-user machine) the request goes on as today,
// anonymous. Either way the caller is named by its key's fingerprint
// (ledger::caller_fingerprint), never by the key, and no message repeats
// a key.
#pragma once

#include "switchyard/gateway/stage.hpp"
#include "switchyard/keys/key_ring.hpp"

namespace switchyard::gateway {

class IdentifyStage final : public Stage {
 public:
  // `ring` null: no key store (virtual keys are then unknown keys).
  IdentifyStage(const keys::KeyRing* ring, bool required) : ring_(ring), required_(required) {}

  // Writes ex.ctx.caller, ex.key, ex.team and the record's caller.
  std::optional<core::Error> admit(Exchange& ex) const override;

 private:
  const keys::KeyRing* ring_;
  bool required_;
};

}  // namespace switchyard::gateway
