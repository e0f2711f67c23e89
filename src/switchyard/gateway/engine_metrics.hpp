// The in-process engines' load in /metrics, read at scrape time (a short
// lock the engine takes once a step), by provider name:
//
//   switchyard_local_queued_requests{provider}       waiting for a slot
//   switchyard_local_active_sequences{provider}      generating now
//   switchyard_local_decoded_tokens_total{provider}  rate() of it: tokens/s
//   switchyard_local_decode_steps_total{provider}
//
// The gauges hold the engine weakly: a provider a reload dropped reads 0.
#pragma once

#include "switchyard/observe/metrics.hpp"
#include "switchyard/providers/provider_registry.hpp"

namespace switchyard::gateway {

void add_engine_metrics(const providers::ProviderSet& providers, observe::Registry& metrics);

}  // namespace switchyard::gateway
