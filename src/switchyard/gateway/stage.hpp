// A stage of the request pipeline (pipeline.hpp lists them in order). Like an
// Envoy HTTP filter: one small interface, the stage object built once at
// start from immutable config and references to the services it uses
// (shared mutable state stays in those services: ledger writer, pools,
// metrics, breakers), and a local reply when it refuses.
//
//   admit   before anything is sent anywhere: refine the exchange (decode,
//           classify, plan), or refuse it with the error the client gets.
//           Synchronous: no stage today waits, and a coroutine per stage
//           would cost each request a frame allocation.
//   settle  once the outcome is recorded (answered, failed, or refused) and
//           before the answer's last bytes leave, in
//           reverse order, for every stage whose admit ran, the one that
//           refused included (as Bifrost runs post-hooks): what a stage
//           reserved in admit it charges or releases here. The outcome names
//           the stage that refused, if one did, so that stage knows it
//           reserved nothing.
//
// Fail closed: an error or exception from admit refuses the request; it is
// never skipped over.
#pragma once

#include <optional>

#include "switchyard/core/error.hpp"
#include "switchyard/gateway/exchange.hpp"

namespace switchyard::gateway {

class Stage {
 public:
  virtual ~Stage() = default;
  virtual std::optional<core::Error> admit(Exchange& ex) const = 0;
  virtual void settle(Exchange& /*ex*/, const Outcome& /*outcome*/) const {}
};

}  // namespace switchyard::gateway
