#include "switchyard/config/sections.hpp"

namespace switchyard::config {
namespace {

const MapSchema kRouting{{"retry"}};
const MapSchema kRetry{
    {"max_attempts", "initial_backoff_ms", "max_backoff_ms", "backoff_multiplier", "jitter"}};

}  // namespace

void read_routing(const YAML::Node& node, int line, RetryConfig& out, Problems& problems) {
  const MapReader routing(node, line, "routing", kRouting, problems);
  const YAML::Node* retry_node = routing.value("retry");
  const MapReader retry(retry_node ? *retry_node : YAML::Node(), routing.line("retry"),
                        "routing.retry", kRetry, problems);
  retry.read_int("max_attempts", 1, 10, out.max_attempts);
  const bool initial_ok = retry.read_millis("initial_backoff_ms", 0, out.initial_backoff);
  const bool max_ok = retry.read_millis("max_backoff_ms", 0, out.max_backoff);
  // Checked only when either was written: the defaults are consistent.
  if ((initial_ok || max_ok) && out.max_backoff < out.initial_backoff)
    retry.report(max_ok ? "max_backoff_ms" : "initial_backoff_ms",
                 "makes max_backoff_ms (" + std::to_string(out.max_backoff.count()) +
                     ") smaller than initial_backoff_ms (" +
                     std::to_string(out.initial_backoff.count()) + ")");
  retry.read_number("backoff_multiplier", 1, 100, out.backoff_multiplier);
  retry.read_number("jitter", 0, 1, out.jitter);
}

}  // namespace switchyard::config
