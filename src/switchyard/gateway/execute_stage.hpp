// The execute stage, in order: the permitted candidates of the plan one after
// another. Each is checked against the class's rule once more (fail closed,
// whatever the list says), skipped when unavailable or when its circuit
// breaker is open, and redacted for when it is on the cloud side and the
// class demands it. Transient failures are retried with backoff (at least
// the upstream's Retry-After), then the next candidate is tried; nothing is
// tried past the request's deadline. The endpoint picks the call (chat,
// streamed chat, embeddings); the answer, or the last error, goes out
// through the respond stage. A plan made by a cascade rule is executed as a
// cascade instead (cascade_execution.cpp, docs/cascade.md): the first
// answer from the local deployments, judged by routing's verifier, served
// again from the `then` deployments when weak and the class permits.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "switchyard/config/config.hpp"
#include "switchyard/core/error.hpp"
#include "switchyard/gateway/circuit_breaker.hpp"
#include "switchyard/gateway/deployment.hpp"
#include "switchyard/gateway/exchange.hpp"
#include "switchyard/gateway/respond_stage.hpp"
#include "switchyard/gateway/retry_policy.hpp"
#include "switchyard/observe/metrics.hpp"
#include "switchyard/routing/cascade_verifier.hpp"

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
  // `deployments` (indexed like the router's) and `keys` must outlive the stage.
  ExecuteStage(const std::vector<Deployment>& deployments, config::RetryConfig retry,
               const std::vector<std::string>& keys, RespondStage& respond,
               observe::Registry& metrics);

  // Tries ex.permitted until one answers; the answer or the last error has
  // been recorded and sent when it returns.
  http::Task<void> run(Exchange& ex);

 private:
  // A cascade's first answer, held back to be judged instead of sent:
  // `request` is what the first deployments are asked (the client's, with
  // log-probabilities asked for).
  struct HeldAnswer {
    const core::ChatRequest* request = nullptr;
    std::optional<core::ChatResponse> answer;
  };

  // Tries `candidates` in order (checks, retries, breaker, fallback) until
  // one answers. nullopt once the answer has been recorded and sent (or,
  // with `held`, is in held->answer, nothing sent); else the last error,
  // nothing sent.
  http::Task<std::optional<core::Error>> try_candidates(
      Exchange& ex, const std::vector<const routing::Candidate*>& candidates,
      HeldAnswer* held = nullptr);
  // The cascade (cascade_execution.cpp): answer, judge, keep or escalate.
  http::Task<void> cascade(Exchange& ex);
  // Sends a held first answer (streamed when the client asked for a stream).
  http::Task<void> send_held(Exchange& ex, const Deployment& dep, core::ChatResponse answer);
  // One call whose answer is held, not sent.
  http::Task<std::optional<core::Error>> hold_chat(Exchange& ex, const Deployment& dep,
                                                   HeldAnswer& held, DeploymentMetrics& dm);
  // Asks the rule's judge about a first answer `verdict` found strong; the
  // verdict with the judge's score added, or weak when the score is below
  // the threshold (or the judge failed and on_error is escalate).
  http::Task<routing::CascadeVerdict> judge(Exchange& ex,
                                            const config::CascadeJudgeConfig& settings,
                                            const core::ChatResponse& answer,
                                            routing::CascadeVerdict verdict);
  // switchyard_cascade_verdicts_total{rule, verdict}.
  void count_cascade(const std::string& rule, const char* verdict);

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
  const std::vector<Deployment>& deployments_;
  observe::Registry& registry_;
  // Counters for a held answer replayed as a stream: the attempt that wrote
  // it was counted already.
  observe::Counter replay_ok_;
  observe::Counter replay_failed_;
  std::vector<DeploymentMetrics> metrics_;  // by deployment index
  // One per deployment; shared with its state gauge, which may outlive the
  // stage (a reload replaces the stage, the registry stays).
  std::vector<std::shared_ptr<CircuitBreaker>> breakers_;
};

}  // namespace switchyard::gateway
