// What a deployment's tokens cost (`price:` on a deployment, docs/cost.md):
// USD per 1M tokens of each kind a provider reports. A local deployment is
// priced the same way, either explicitly or from a hardware profile (what
// the machine costs per hour and how many tokens per second it makes),
// which is turned into per-1M prices when the configuration is read.
//
// core::Usage counts cached and reasoning tokens inside input and output
// (usage.hpp), so a request pays the input price for the input tokens that
// were neither read from nor written to the cache, the cache prices for
// those that were, and likewise for output and reasoning. A kind whose
// price is not given costs what its whole does (cache read and write: the
// input price; reasoning: the output price): an unpriced kind is never free
// by omission.
#pragma once

#include <cstdint>
#include <optional>

namespace switchyard::core {
struct Usage;
}

namespace switchyard::config {

// A machine the deployment runs on: what it costs per hour (owned hardware
// amortised, or a rented GPU's rate) and its measured throughput.
struct HardwareProfile {
  double hourly_usd = 0;
  double tokens_per_s = 0;         // generated tokens per second, all requests together
  double prompt_tokens_per_s = 0;  // prompt tokens read per second; 0: tokens_per_s
  bool operator==(const HardwareProfile&) const = default;
};

struct Price {
  double input_per_1m = 0;                   // USD per 1M input tokens
  double output_per_1m = 0;                  // USD per 1M output tokens
  std::optional<double> cache_read_per_1m;   // input read from the provider's cache
  std::optional<double> cache_write_per_1m;  // input written to it
  std::optional<double> reasoning_per_1m;    // output spent thinking
  // Set when the prices above were derived from it.
  std::optional<HardwareProfile> hardware;
  bool operator==(const Price&) const = default;

  double cache_read() const { return cache_read_per_1m.value_or(input_per_1m); }
  double cache_write() const { return cache_write_per_1m.value_or(input_per_1m); }
  double reasoning() const { return reasoning_per_1m.value_or(output_per_1m); }
  // Every kind costs nothing: what a budget lets through once it is spent
  // (when the budget policy says so).
  bool free() const;
  // The dearest price of any kind, per 1M tokens (routing's price cap).
  double highest_per_1m() const;

  // What `usage` costs, in USD.
  double usd(const core::Usage& usage) const;
  // The most `prompt_tokens` in and `output_tokens` out could cost, every
  // token at the dearest price of its side (a budget reserves this).
  double most_usd(std::int64_t prompt_tokens, std::int64_t output_tokens) const;
};

// Per-1M prices from a hardware profile: an hour's cost over an hour's
// tokens (output at tokens_per_s, input at prompt_tokens_per_s).
Price price_of(const HardwareProfile& hw);

}  // namespace switchyard::config
