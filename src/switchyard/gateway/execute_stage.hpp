// The execute stage, in order: the permitted candidates of the plan one after
// another. Each is checked against the class's rule once more (fail closed,
// whatever the list says), skipped when unavailable or when its circuit
// breaker is open, and redacted for when it is on the cloud side and the
// class demands it. Transient failures are retried with backoff (at least
// the upstream's Retry-After), then the next candidate is tried; nothing is
// tried past the request's deadline. The endpoint picks the call (chat,
// streamed chat, embeddings); the answer, or the last error, goes out
// through the respond stage. (A cascade, trying a local answer first and
// escalating, will be a second way to execute.)
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "switchyard/config/config.hpp"
#include "switchyard/core/error.hpp"
#include "switchyard/gateway/circuit_breaker.hpp"
#include "switchyard/gateway/exchange.hpp"
#include "switchyard/gateway/respond_stage.hpp"
#include "switchyard/gateway/retry_policy.hpp"
#include "switchyard/gateway/router.hpp"
#include "switchyard/observe/metrics.hpp"

namespace switchyard::gateway {

// A deployment's attempt counters and breaker; built once at start.
struct DeploymentMetrics {
  observe::Counter* ok;
  observe::Counter* failed;
  CircuitBreaker* breaker;
};

class ExecuteStage {
 public:
  // Registers each deployment's attempt counters, breaker and breaker gauge.
  // `deployments` and `keys` must outlive the stage.
  ExecuteStage(const std::unordered_map<std::string, Deployment>& deployments,
               config::RetryConfig retry, const std::vector<std::string>& keys,
               RespondStage& respond, observe::Registry& metrics);

  // Tries ex.permitted until one answers; the answer or the last error has
  // been recorded and sent when it returns.
  http::Task<void> run(Exchange& ex);

 private:
  // One call to one deployment. nullopt once the request is over (answered,
  // or an error inside a started stream recorded and sent), or the error to
  // retry or fall back on.
  http::Task<std::optional<core::Error>> chat(Exchange& ex, const Deployment& dep,
                                              const http::Headers& headers, DeploymentMetrics& dm);
  http::Task<std::optional<core::Error>> embeddings(Exchange& ex, const Deployment& dep,
                                                    const http::Headers& headers,
                                                    DeploymentMetrics& dm);
  // Waits before another attempt on the same deployment (backoff, at least
  // the upstream's Retry-After); false, without waiting, when the deadline
  // cannot afford the wait the upstream asked for.
  http::Task<bool> sleep_backoff(const core::Error& e, int attempts, core::RequestContext& ctx);
  // The deployment's breaker, with its state gauge and transition counters.
  CircuitBreaker* add_circuit_breaker(const Deployment& dep, observe::Registry& metrics);

  const RetryPolicy retry_;
  const std::vector<std::string>& keys_;  // scrubbed from every upstream error
  RespondStage& respond_;
  std::unordered_map<const Deployment*, DeploymentMetrics> metrics_;
  std::vector<std::unique_ptr<CircuitBreaker>> breakers_;  // one per deployment
};

}  // namespace switchyard::gateway
