#include "switchyard/gateway/respond_stage.hpp"

#include <algorithm>
#include <functional>

#include "switchyard/gateway/failure_report.hpp"
#include "switchyard/gateway/ledger_commit.hpp"
#include "switchyard/gateway/response_headers.hpp"
#include "switchyard/gateway/work_pool.hpp"

namespace switchyard::gateway {

namespace net = http::net;
using std::chrono::nanoseconds;

RespondStage::RespondStage(ledger::LedgerWriter& ledger, const std::vector<std::string>& keys,
                           observe::Registry& metrics, std::optional<config::Price> reference)
    : ledger_(ledger), keys_(keys), metrics_(metrics), reference_(std::move(reference)) {
  overhead_ = &metrics_.histogram(
      "switchyard_gateway_overhead_seconds",
      "Time the gateway spent on a request itself: total minus time waiting on upstreams "
      "and on the ledger's group commit (see switchyard_ledger_commit_wait_seconds).",
      {1e-6, 2e-6, 5e-6, 1e-5, 2e-5, 5e-5, 1e-4, 2e-4, 5e-4, 1e-3, 1e-2});
  duration_ =
      &metrics_.histogram("switchyard_request_duration_seconds",
                          "Chat and embeddings request duration, first byte in to last byte out.",
                          {1e-3, 5e-3, 1e-2, 5e-2, 0.1, 0.5, 1, 5, 10, 30, 120});
  ledger_wait_ = &metrics_.histogram(
      "switchyard_ledger_commit_wait_seconds",
      "Time a request waited for its ledger record to be durable (journaled, or committed by "
      "the group commit when the journal is off).",
      {1e-6, 5e-6, 1e-5, 2e-5, 5e-5, 1e-4, 2e-4, 5e-4, 1e-3, 5e-3, 2e-2});
  ledger_failures_ = &metrics_.counter("switchyard_ledger_failures_total",
                                       "Request records the ledger could not commit.");
}

core::Error RespondStage::unrecorded(const core::Error& cause) {
  return {
      core::ErrorKind::unavailable,
      503,
      "The answer could not be recorded in the request ledger, so it is withheld: " + cause.message,
      {},
      "ledger_unavailable",
      false};
}

core::Error RespondStage::scrubbed(const core::Error& e) const {
  return gateway::scrubbed(e, keys_);
}

core::Clock::time_point RespondStage::fill_record(Exchange& ex, int status,
                                                  const std::optional<core::Usage>& usage) {
  ledger::RequestRecord& rec = ex.record;
  const Attempted& where = ex.attempted;
  rec.redacted = where.redacted;
  if (ex.key) {
    rec.team = ex.team;
    rec.key_id = ex.key->id;
    rec.key_name = ex.key->policy.name;
  }
  if (where.deployment) {
    const config::DeploymentConfig& d = *where.deployment->config;
    rec.deployment = d.name;
    rec.side = config::to_string(d.side);
    if (usage) rec.cost_usd = d.price.usd(*usage);
  }
  rec.status = status;
  if (usage) {
    rec.prompt_tokens = usage->input_tokens;
    rec.completion_tokens = usage->output_tokens;
    rec.cache_read_tokens = usage->cache_read_tokens;
    rec.cache_write_tokens = usage->cache_write_tokens;
    rec.reasoning_tokens = usage->reasoning_tokens;
    // The all-cloud counterfactual prices chat tokens at the reference
    // model; embeddings have no chat counterpart and count at their own cost.
    if (where.deployment)
      rec.counterfactual_usd =
          reference_ && ex.endpoint == Endpoint::chat ? reference_->usd(*usage) : rec.cost_usd;
  }
  const auto now = core::Clock::now();
  using std::chrono::microseconds;
  rec.duration_us = std::chrono::duration_cast<microseconds>(now - ex.ctx.received).count();
  rec.upstream_us = std::chrono::duration_cast<microseconds>(ex.ctx.upstream_wait).count();
  rec.gateway_us = std::max<std::int64_t>(0, rec.duration_us - rec.upstream_us);
  ex.outcome.status = status;
  ex.outcome.deployment = where.deployment;
  ex.outcome.prompt_tokens = rec.prompt_tokens;
  ex.outcome.completion_tokens = rec.completion_tokens;
  ex.outcome.cost_usd = rec.cost_usd;
  return core::Clock::now();
}

void RespondStage::note_commit(Exchange& ex, core::Clock::time_point started,
                               const std::optional<core::Error>& error) {
  const auto waited = core::Clock::now() - started;
  ex.ctx.ledger_wait += waited;
  ledger_wait_->observe(waited);
  if (error) ledger_failures_->inc();
}

http::Task<std::optional<core::Error>> RespondStage::record(
    Exchange& ex, int status, const std::optional<core::Usage>& usage) {
  const auto started = fill_record(ex, status, usage);
  std::optional<core::Error> error;
  if (ledger_.journaled())
    error = ledger_.append(std::move(ex.record));  // durable on return; no suspension, no hand-off
  else
    error = co_await async_commit(ledger_, std::move(ex.record), net::use_awaitable);
  note_commit(ex, started, error);
  // The outcome is known and recorded: the stages settle before the answer
  // leaves (exchange.hpp); off the io thread when they call Redis.
  if (offload_ && !ex.settled) {
    std::function<void()> job = [&ex] { ex.settle(); };
    http::Task<void> settled = offload_->run(std::move(job));
    co_await std::move(settled);
  } else {
    ex.settle();
  }
  co_return error;
}

http::Task<bool> RespondStage::send(Exchange& ex, const http::Headers& headers, std::string body) {
  count_status(200);
  return ex.out.send(200, ex.dialect.content_type(), std::move(body), headers);
}

http::Task<void> RespondStage::withhold(Exchange& ex, const core::Error& cause) {
  const core::Error e = unrecorded(cause);
  const auto status = static_cast<unsigned>(e.status);
  count_status(status);
  co_await ex.out.send(status, ex.dialect.content_type(), ex.dialect.encode_error(e),
                       error_headers(ex, e, status));
}

http::Task<void> RespondStage::fail(Exchange& ex, const core::Error& error) {
  // The commit is written out here rather than awaited through record():
  // one frame fewer on the way to the send.
  const auto started = fill_record(ex, error.status, std::nullopt);
  std::optional<core::Error> unstored;
  if (ledger_.journaled())
    unstored = ledger_.append(std::move(ex.record));
  else
    unstored = co_await async_commit(ledger_, std::move(ex.record), net::use_awaitable);
  note_commit(ex, started, unstored);
  if (offload_ && !ex.settled) {  // as in record()
    std::function<void()> job = [&ex] { ex.settle(); };
    http::Task<void> settled = offload_->run(std::move(job));
    co_await std::move(settled);
  } else {
    ex.settle();
  }
  // The error goes out whether or not its record could be stored: there is
  // no answer to withhold.
  const core::Error e = scrubbed(error);
  const unsigned status =
      e.status >= 400 && e.status <= 599 ? static_cast<unsigned>(e.status) : 502;
  count_status(status);
  co_await ex.out.send(status, ex.dialect.content_type(), ex.dialect.encode_error(e),
                       error_headers(ex, e, status));
}

http::Headers RespondStage::error_headers(const Exchange& ex, const core::Error& e,
                                          unsigned status) const {
  http::Headers h = route_headers(ex.ctx.request_id, ex.attempted);
  // The upstream's own 429/503 passes its Retry-After on: the client's
  // backoff then matches what the upstream asked for.
  if (e.retry_after && (status == 429 || status == 503))
    h.emplace_back("retry-after", std::to_string((e.retry_after->count() + 999) / 1000));
  return h;
}

void RespondStage::count_status(unsigned status) {
  if (status >= status_counters_.size()) status = 599;
  observe::Counter* c = status_counters_[status].load(std::memory_order_acquire);
  if (!c) {
    c = &metrics_.counter("switchyard_http_responses_total", "HTTP responses by status code.",
                          "code=\"" + std::to_string(status) + "\"");
    status_counters_[status].store(c, std::memory_order_release);
  }
  c->inc();
}

void RespondStage::observe_done(const core::RequestContext& ctx) {
  const auto total = core::Clock::now() - ctx.received;
  overhead_->observe(
      std::chrono::duration_cast<nanoseconds>(total - ctx.upstream_wait - ctx.ledger_wait));
  duration_->observe(std::chrono::duration_cast<nanoseconds>(total));
}

}  // namespace switchyard::gateway
