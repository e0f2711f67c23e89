#include "switchyard/config/price.hpp"

#include <algorithm>

#include "switchyard/core/usage.hpp"

namespace switchyard::config {

bool Price::free() const {
  return input_per_1m == 0 && output_per_1m == 0 && cache_read() == 0 && cache_write() == 0 &&
         reasoning() == 0;
}

double Price::highest_per_1m() const {
  return std::max({input_per_1m, output_per_1m, cache_read(), cache_write(), reasoning()});
}

double Price::usd(const core::Usage& u) const {
  const auto n = [](std::int64_t v) { return static_cast<double>(std::max<std::int64_t>(v, 0)); };
  // The kinds are parts of input and output; a provider that reports more
  // cached than input tokens has the parts win (nothing is priced twice).
  const double plain_in = n(u.input_tokens - u.cache_read_tokens - u.cache_write_tokens);
  const double plain_out = n(u.output_tokens - u.reasoning_tokens);
  return (plain_in * input_per_1m + n(u.cache_read_tokens) * cache_read() +
          n(u.cache_write_tokens) * cache_write() + plain_out * output_per_1m +
          n(u.reasoning_tokens) * reasoning()) /
         1e6;
}

double Price::most_usd(std::int64_t prompt_tokens, std::int64_t output_tokens) const {
  const double in = std::max({input_per_1m, cache_read(), cache_write()});
  const double out = std::max(output_per_1m, reasoning());
  return (static_cast<double>(std::max<std::int64_t>(prompt_tokens, 0)) * in +
          static_cast<double>(std::max<std::int64_t>(output_tokens, 0)) * out) /
         1e6;
}

Price price_of(const HardwareProfile& hw) {
  Price p;
  const double prompt_rate = hw.prompt_tokens_per_s > 0 ? hw.prompt_tokens_per_s : hw.tokens_per_s;
  // USD per second over tokens per second = USD per token.
  if (hw.tokens_per_s > 0) p.output_per_1m = hw.hourly_usd / 3600.0 / hw.tokens_per_s * 1e6;
  if (prompt_rate > 0) p.input_per_1m = hw.hourly_usd / 3600.0 / prompt_rate * 1e6;
  p.hardware = hw;
  return p;
}

}  // namespace switchyard::config
