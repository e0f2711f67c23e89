#include "switchyard/gateway/pipeline.hpp"

#include <exception>

namespace switchyard::gateway {

Pipeline::Pipeline(const config::Config& cfg, const Router& router,
                   const std::unordered_map<std::string, Deployment>& deployments,
                   const std::vector<std::string>& provider_keys, ledger::LedgerWriter& ledger,
                   observe::Registry& metrics)
    : classify_(cfg),
      route_(router, classify_.policy()),
      respond_(ledger, provider_keys, metrics),
      execute_(deployments, cfg.retry, provider_keys, respond_, metrics),
      // The request's life, in order. Rate limits and budgets (reserve) go
      // after route: they charge what will actually run.
      admit_stages_{&identify_, &decode_, &classify_, &route_} {}

Pipeline::Admission Pipeline::admit(Exchange& ex) const {
  Admission a;
  for (const Stage* stage : admit_stages_) {
    ++a.ran;
    try {
      a.refusal = stage->admit(ex);
    } catch (const std::exception&) {
      // Fail closed: a stage that could not decide refuses. (Its message
      // stays out of the answer: it may quote the request.)
      a.refusal = core::Error::internal(
          "The gateway failed while admitting the request, so it was not sent anywhere.");
    }
    if (a.refusal) {
      ex.outcome.refused_by = stage;
      break;
    }
  }
  return a;
}

void Pipeline::settle(Exchange& ex, std::size_t ran) const {
  // Every stage settles, even when one before it throws; the first
  // exception is then rethrown, never swallowed.
  std::exception_ptr first;
  for (std::size_t i = ran; i-- > 0;) {
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

  const Admission admission = admit(ex);
  std::exception_ptr failed;  // the server answers 500 if nothing was sent yet
  try {
    if (admission.refusal)
      co_await respond_.fail(ex, *admission.refusal);
    else
      co_await execute_.run(ex);
  } catch (...) {
    failed = std::current_exception();
  }
  // Settled whatever happened: what a stage reserved is released even then.
  // (A second failure, in settle, goes out with the first one's.)
  try {
    settle(ex, admission.ran);
  } catch (...) {
    if (!failed) failed = std::current_exception();
  }
  if (failed) std::rethrow_exception(failed);
}

}  // namespace switchyard::gateway
