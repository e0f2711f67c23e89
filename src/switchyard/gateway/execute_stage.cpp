#include "switchyard/gateway/execute_stage.hpp"

#include <array>
#include <cstdio>

#include "switchyard/gateway/attempt_errors.hpp"
#include "switchyard/gateway/failure_report.hpp"
#include "switchyard/gateway/privacy_stage.hpp"
#include "switchyard/gateway/response_headers.hpp"
#include "switchyard/gateway/stream_relay.hpp"

namespace switchyard::gateway {

namespace net = http::net;

namespace {

// The request as it goes to the deployment being tried: the client's, or
// (made once, at the first deployment that needs it) its redacted copy.
template <typename Request>
const Request& outbound(Exchange& ex) {
  const Request& original = std::get<Request>(ex.request);
  if (!ex.attempted.redacted) return original;
  if (!std::holds_alternative<Request>(ex.redacted))
    ex.redacted = redact_request(original, ex.seen, ex.vault);
  return std::get<Request>(ex.redacted);
}

}  // namespace

ExecuteStage::ExecuteStage(const std::vector<Deployment>& deployments, config::RetryConfig retry,
                           const std::vector<std::string>& keys, RespondStage& respond,
                           observe::Registry& metrics)
    : retry_(retry), keys_(keys), respond_(respond), deployments_(deployments), registry_(metrics) {
  for (const Deployment& dep : deployments) {
    const std::string& name = dep.config->name;
    std::string labels = "deployment=\"" + observe::label_value(name) + "\",side=\"" +
                         config::to_string(dep.config->side) + "\"";
    metrics_.push_back(
        {&metrics.counter("switchyard_upstream_attempts_total",
                          "Attempts sent to upstream deployments.", labels + ",outcome=\"ok\""),
         &metrics.counter("switchyard_upstream_attempts_total",
                          "Attempts sent to upstream deployments.", labels + ",outcome=\"error\""),
         add_circuit_breaker(dep, metrics)});
  }
}

CircuitBreaker* ExecuteStage::add_circuit_breaker(const Deployment& dep,
                                                  observe::Registry& metrics) {
  const std::string& name = dep.config->name;
  const std::string labels = "deployment=\"" + observe::label_value(name) + "\"";
  const char* help = "Circuit breaker state changes of a deployment, by the state entered.";
  std::array<observe::Counter*, 3> entered = {
      &metrics.counter("switchyard_circuit_transitions_total", help, labels + ",to=\"closed\""),
      &metrics.counter("switchyard_circuit_transitions_total", help, labels + ",to=\"open\""),
      &metrics.counter("switchyard_circuit_transitions_total", help, labels + ",to=\"half_open\"")};
  auto observer = [name, entered](CircuitBreaker::State to, const char* why) {
    entered[static_cast<std::size_t>(to)]->inc();
    std::fprintf(stderr, "switchyard: deployment '%s': circuit %s (%s)\n", name.c_str(),
                 to_string(to), why);
  };
  breakers_.push_back(
      std::make_shared<CircuitBreaker>(dep.config->circuit_breaker, std::move(observer)));
  std::shared_ptr<CircuitBreaker> breaker = breakers_.back();
  metrics.gauge("switchyard_circuit_state",
                "A deployment's circuit breaker: 0 closed, 1 open (skipped), 2 half-open "
                "(probing).",
                labels,
                [breaker] { return static_cast<double>(static_cast<int>(breaker->state())); });
  return breaker.get();
}

http::Task<void> ExecuteStage::run(Exchange& ex) {
  ex.attempted.data_class = ex.record.data_class;
  if (ex.plan.cascade && ex.endpoint == Endpoint::chat) {
    co_await cascade(ex);
    co_return;
  }
  if (auto error = co_await try_candidates(ex, ex.permitted)) co_await respond_.fail(ex, *error);
}

http::Task<std::optional<core::Error>> ExecuteStage::try_candidates(
    Exchange& ex, const std::vector<const routing::Candidate*>& candidates, HeldAnswer* held) {
  Attempted& at = ex.attempted;
  std::optional<core::Error> last_error;
  // ex.skipped collects why each earlier candidate is not the answer.
  std::string& skipped = ex.skipped;
  const auto note = [&skipped](const std::string& why) {
    if (!skipped.empty()) skipped += "; ";
    skipped += why;
  };

  for (const routing::Candidate* candidate : candidates) {
    const routing::Candidate& cand = *candidate;
    const Deployment& dep = deployments_[cand.deployment];
    const std::string& name = dep.config->name;
    if (!ex.rule.allows(dep.config->side)) continue;  // fail closed, whatever the list says
    if (!dep.unavailable.empty()) {
      last_error = unavailable_error(dep.unavailable);
      note(name + " unavailable");
      continue;
    }
    auto& dm = metrics_[cand.deployment];
    const CircuitBreaker::Admission admission = dm.breaker->admit(core::Clock::now());
    if (!admission.allowed) {
      // Skipped at once: no attempt, no wait, on to the next candidate.
      last_error = circuit_open_error(name);
      note(name + ": circuit open");
      ex.record.plan += "; " + name + ": skipped, circuit open";
      continue;
    }
    at.deployment = &dep;
    at.reason = skipped.empty() ? cand.reason : cand.reason + " after " + skipped;
    if (!ex.plan.decision.empty()) at.reason = ex.plan.decision + ": " + at.reason;
    // Cloud-bound text of a class that demands it has its findings replaced.
    at.redacted =
        dep.config->side == core::Side::cloud && ex.rule.redact_for_cloud && ex.seen.found_any;
    http::Headers headers = route_headers(ex.ctx.request_id, at);

    for (int attempt_number = 1;; ++attempt_number) {
      if (core::Clock::now() >= ex.ctx.deadline) co_return deadline_error();
      // The endpoint picks the call; each is one coroutine, as one attempt was.
      const auto attempt_started = core::Clock::now();
      std::optional<core::Error> failed;
      if (held)
        failed = co_await hold_chat(ex, dep, *held, dm);
      else if (ex.endpoint == Endpoint::embeddings)
        failed = co_await embeddings(ex, dep, headers, dm);
      else if (ex.chat().stream)
        failed = co_await relay_chat_stream(ex, respond_, dep, outbound<core::ChatRequest>(ex),
                                            headers, dm);
      else
        failed = co_await chat(ex, dep, headers, dm);
      if (ex.trace)
        ex.trace->attempt(cand.deployment, attempt_number, attempt_started, core::Clock::now(),
                          failed ? failed->status : 0, failed ? failed->code : std::string());
      if (!failed) {
        dm.breaker->record(false, admission, core::Clock::now());
        co_return std::nullopt;
      }
      last_error = std::move(failed);
      settle_upstream_error(*last_error, *dep.config, keys_);
      dm.failed->inc();
      dm.breaker->record(CircuitBreaker::counts_as_failure(*last_error), admission,
                         core::Clock::now());
      // A probe is one attempt; a breaker that opened stops the retries.
      if (admission.probe || dm.breaker->state() != CircuitBreaker::State::closed) break;
      if (!retry_.retry_same(*last_error, attempt_number)) break;
      // false: the upstream's Retry-After outlasts the deadline; fall back.
      if (!co_await sleep_backoff(*last_error, attempt_number, ex.ctx)) break;
    }
    note(name + " failed: " + short_error(*last_error));
    if (!RetryPolicy::fall_back(*last_error)) break;
  }
  // The headers name the last deployment tried (if any) and every reason.
  at.reason = ex.plan.decision.empty() ? skipped : ex.plan.decision + ": " + skipped;
  if (!last_error) last_error = unavailable_error("no deployment of the plan could be tried");
  co_return last_error;
}

http::Task<std::optional<core::Error>> ExecuteStage::chat(Exchange& ex, const Deployment& dep,
                                                          const http::Headers& headers,
                                                          DeploymentMetrics& dm) {
  auto res =
      co_await dep.provider->chat(outbound<core::ChatRequest>(ex), dep.config->model, ex.ctx);
  if (!res) co_return std::move(res.error());
  dm.ok->inc();
  if (ex.attempted.redacted) restore_response(*res, ex.vault);
  // The record is durable before the client sees the answer.
  if (auto unstored = co_await respond_.record(ex, 200, res->usage)) {
    co_await respond_.withhold(ex, *unstored);
    co_return std::nullopt;
  }
  co_await respond_.send(ex, headers, ex.dialect.encode_chat_response_for(*res, ex.chat()));
  respond_.observe_done(ex.ctx);
  co_return std::nullopt;
}

// Embeddings take the same path as chat: cloud-bound inputs are redacted when
// the class demands it (the cloud then embeds the text with placeholders;
// there is nothing to restore in a vector).
http::Task<std::optional<core::Error>> ExecuteStage::embeddings(Exchange& ex, const Deployment& dep,
                                                                const http::Headers& headers,
                                                                DeploymentMetrics& dm) {
  auto res = co_await dep.provider->embeddings(outbound<core::EmbeddingRequest>(ex),
                                               dep.config->model, ex.ctx);
  if (!res) co_return std::move(res.error());
  dm.ok->inc();
  if (auto unstored = co_await respond_.record(ex, 200, res->usage)) {
    co_await respond_.withhold(ex, *unstored);
    co_return std::nullopt;
  }
  co_await respond_.send(ex, headers, ex.dialect.encode_embedding_response(*res, ex.embedding()));
  respond_.observe_done(ex.ctx);
  co_return std::nullopt;
}

http::Task<bool> ExecuteStage::sleep_backoff(const core::Error& e, int attempts,
                                             core::RequestContext& ctx) {
  const auto remaining =
      std::chrono::duration_cast<std::chrono::milliseconds>(ctx.deadline - core::Clock::now());
  const auto affordable = retry_.wait_before_retry(e, attempts, jitter_unit(), remaining);
  if (!affordable) co_return false;
  const auto wait = *affordable;
  auto until = std::min(ctx.deadline, core::Clock::now() + wait);
  net::steady_timer timer(co_await net::this_coro::executor, until);
  boost::system::error_code ec;
  co_await timer.async_wait(http::use_ec(ec));
  ctx.upstream_wait += wait;  // waiting is not processing
  co_return true;
}

}  // namespace switchyard::gateway
