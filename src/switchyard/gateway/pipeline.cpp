#include "switchyard/gateway/pipeline.hpp"

#include <exception>
#include <functional>

namespace switchyard::gateway {

Pipeline::Pipeline(const config::Config& cfg, std::shared_ptr<const privacy::Detector> detector,
                   const routing::Router& router, const std::vector<Deployment>& deployments,
                   const std::vector<std::string>& provider_keys, ledger::LedgerWriter& ledger,
                   observe::Registry& metrics, const LoadSpill& spill, const keys::KeyRing* keys,
                   limits::LimitStore& limits, limits::BudgetStore& budgets,
                   privacy::SessionStore* sessions)
    : spill_(spill),
      identify_(keys, cfg.keys.required),
      classify_(cfg, std::move(detector), sessions, metrics),
      route_(router, deployments, classify_.policy(), metrics, spill, &budgets,
             cfg.budgets.downgrade_at > 0, cfg.record_prompt_features),
      reserve_(limits, budgets, cfg.budgets, deployments),
      respond_(ledger, provider_keys, metrics, cfg.cost.reference),
      execute_(deployments, cfg.retry, provider_keys, respond_, metrics),
      // The request's life, in order. Rate limits and budgets (reserve) go
      // after route: they charge what will actually run.
      admit_stages_{&identify_, &decode_, &authorize_, &classify_, &route_, &reserve_},
      observer_(cfg, router, deployments, classify_.policy(), metrics),
      offload_(cfg.limits.store == config::LimitsConfig::Store::redis
                   ? std::make_unique<WorkPool>(kOffloadThreads)
                   : nullptr) {
  respond_.settle_on(offload_.get());
  static_assert(kStageNames.size() == std::tuple_size_v<decltype(admit_stages_)>);
}

Reached Pipeline::reached(const Exchange& ex) const {
  // A stage's part is known once its admit ran without refusing; route's
  // plan also when a rule refused or the privacy filter left nothing (not
  // when the model is unknown: no plan, no rule).
  auto past = [&](const Stage* stage) {
    for (std::size_t i = 0; i < ex.admitted; ++i)
      if (admit_stages_[i] == stage) return ex.outcome.refused_by != stage;
    return false;
  };
  const bool planned = ex.outcome.refused_by == &route_ &&
                       (ex.plan.rule_index != routing::kDefaultRule || !ex.plan.candidates.empty());
  return Reached{past(&classify_), past(&route_) || planned};
}

std::optional<core::Error> Pipeline::admit(Exchange& ex) const {
  std::optional<core::Error> refusal;
  for (const Stage* stage : admit_stages_) {
    const auto started = ex.trace ? core::Clock::now() : core::Clock::time_point{};
    ++ex.admitted;
    try {
      refusal = stage->admit(ex);
      if (ex.trace)
        ex.trace->step(kStageNames[ex.admitted - 1], started, core::Clock::now(),
                       refusal.has_value());
    } catch (const std::exception&) {
      // Fail closed: a stage that could not decide refuses. (Its message
      // stays out of the answer: it may quote the request.)
      refusal = core::Error::internal(
          "The gateway failed while admitting the request, so it was not sent anywhere.");
    }
    if (refusal) {
      ex.outcome.refused_by = stage;
      break;
    }
  }
  return refusal;
}

void Pipeline::settle(Exchange& ex) const {
  // Every stage settles, even when one before it throws; the first
  // exception is then rethrown, never swallowed.
  std::exception_ptr first;
  for (std::size_t i = ex.admitted; i-- > 0;) {
    try {
      admit_stages_[i]->settle(ex, ex.outcome);
    } catch (...) {
      if (!first) first = std::current_exception();
    }
  }
  if (first) std::rethrow_exception(first);
}

http::Task<void> Pipeline::serve(const http::Request& req, http::ResponseWriter& out,
                                 core::RequestContext ctx, const api::Dialect& dialect,
                                 Endpoint endpoint) {
  Exchange ex(req, out, std::move(ctx), dialect, endpoint);
  ex.record.time_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                          std::chrono::system_clock::now().time_since_epoch())
                          .count();
  ex.record.request_id = ex.ctx.request_id;
  ex.record.data_class = "unclassified";

  ex.settler = this;
  observer_.begin(ex);
  std::optional<core::Error> refusal;
  if (offload_) {
    // The stages call Redis (limits, budgets, sessions): on a pool thread,
    // while this io thread serves other requests. admit() refuses rather
    // than throws.
    std::function<void()> job = [this, &ex, &refusal] { refusal = admit(ex); };
    http::Task<void> admitted = offload_->run(std::move(job));
    co_await std::move(admitted);
  } else {
    refusal = admit(ex);
  }
  std::exception_ptr failed;  // the server answers 500 if nothing was sent yet
  try {
    // Every permitted deployment over its load limits: wait for one, or 503.
    if (!refusal && ex.held_for_load) refusal = co_await spill_.wait(ex);
    if (refusal)
      co_await respond_.fail(ex, *refusal);
    else
      co_await execute_.run(ex);
  } catch (...) {
    failed = std::current_exception();
  }
  // Settled whatever happened (respond settles as soon as the outcome is
  // recorded; this is for what never got that far): what a stage reserved
  // is released even then. (A second failure, in settle, goes out with the
  // first one's.)
  try {
    if (offload_ && !ex.settled) {
      std::function<void()> job = [&ex] { ex.settle(); };
      http::Task<void> settled = offload_->run(std::move(job));
      co_await std::move(settled);
    } else {
      ex.settle();
    }
  } catch (...) {
    if (!failed) failed = std::current_exception();
  }
  // Told after the answer has gone: its whole duration is known.
  try {
    observer_.done(ex, reached(ex));
  } catch (...) {
    if (!failed) failed = std::current_exception();
  }
  if (failed) std::rethrow_exception(failed);
}

}  // namespace switchyard::gateway
