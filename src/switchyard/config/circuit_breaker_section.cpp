// `circuit_breaker:` under a provider or a deployment (docs/configuration.md).
#include "switchyard/config/sections.hpp"

namespace switchyard::config {
namespace {

const MapSchema kCircuitBreaker{{"enabled", "failure_threshold", "error_rate", "min_requests",
                                 "window_ms", "cooldown_ms", "half_open_probes"}};

}  // namespace

void read_circuit_breaker(const MapReader& parent, CircuitBreakerConfig& out) {
  if (!parent.has("circuit_breaker")) return;
  std::string what = "circuit_breaker of ";
  what += parent.what();
  const MapReader m(*parent.value("circuit_breaker"), parent.line("circuit_breaker"), what,
                    kCircuitBreaker, parent.problems());
  m.read_bool("enabled", out.enabled);
  m.read_int("failure_threshold", 1, 1'000'000, out.failure_threshold);
  m.read_number("error_rate", 0, 1, out.error_rate);
  m.read_int("min_requests", 1, 1'000'000, out.min_requests);
  m.read_millis("window_ms", 1, out.window);
  m.read_millis("cooldown_ms", 1, out.cooldown);
  m.read_int("half_open_probes", 1, 1'000, out.half_open_probes);
}

}  // namespace switchyard::config
