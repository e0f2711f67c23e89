// The request pipeline: the stages a request passes, in the order of its
// life, written out once (pipeline.cpp):
//
//   identify   who is asking (the caller's key fingerprint)
//   decode     the body, in the route's dialect, into the canonical request
//   classify   its data class: header, the model's default, PII findings
//   route      the plan for the model, filtered by what the class permits
//   [reserve]  rate limits and budgets: not yet
//   execute    the permitted candidates in order: retries, backoff, circuit
//              breaker, fallback before the first byte, the deadline
//   respond    the ledger record durable, then the answer (or error)
//              through the dialect
//
// The admit stages run in order until one refuses; the refusal is recorded
// and sent like any other error. Then every stage whose admit ran settles,
// in reverse, against the recorded outcome. Stages are built once at start;
// per request there is only the Exchange, on this coroutine's frame.
#pragma once

#include <array>
#include <cstddef>
#include <optional>

#include "switchyard/gateway/classify_stage.hpp"
#include "switchyard/gateway/decode_stage.hpp"
#include "switchyard/gateway/exchange.hpp"
#include "switchyard/gateway/execute_stage.hpp"
#include "switchyard/gateway/identify_stage.hpp"
#include "switchyard/gateway/respond_stage.hpp"
#include "switchyard/gateway/route_stage.hpp"

namespace switchyard::gateway {

class Pipeline {
 public:
  // Every reference must outlive the pipeline.
  Pipeline(const config::Config& cfg, const Router& router,
           const std::unordered_map<std::string, Deployment>& deployments,
           const std::vector<std::string>& provider_keys, ledger::LedgerWriter& ledger,
           observe::Registry& metrics);

  // One request of `endpoint`, in `dialect`, from its first stage to its
  // answer; `ctx` has its id, arrival and deadline.
  http::Task<void> serve(const http::Request& req, http::ResponseWriter& out,
                         core::RequestContext ctx, const api::Dialect& dialect, Endpoint endpoint);

  // Responses the gateway sends outside the pipeline (models, 404, 405)
  // are counted with the pipeline's.
  RespondStage& respond() { return respond_; }

 private:
  // The admit stages in order; how many ran, and the refusal, if any.
  struct Admission {
    std::size_t ran = 0;
    std::optional<core::Error> refusal;
  };
  Admission admit(Exchange& ex) const;
  // Settles the first `ran` admit stages, last first.
  void settle(Exchange& ex, std::size_t ran) const;

  IdentifyStage identify_;
  DecodeStage decode_;
  ClassifyStage classify_;
  RouteStage route_;
  RespondStage respond_;
  ExecuteStage execute_;
  const std::array<const Stage*, 4> admit_stages_;
};

}  // namespace switchyard::gateway
