// The request pipeline: the stages a request passes, in the order of its
// life, written out once (pipeline.cpp):
//
//   identify   who is asking: the virtual key (its team, policy, limits),
//              or the caller's key fingerprint in open mode
//   decode     the body, in the route's dialect, into the canonical request
//   authorize  the key may use the model asked for
//   classify   its data class: header, the key's and the model's default,
//              PII findings; the key's cloud ceiling
//   route      the request's facts → the first matching rule → the plan,
//              filtered by what the class permits, ordered by load (a
//              request with nowhere to spill waits here)
//   reserve    the key's rate limits (RPM, TPM, concurrency) and budgets
//              (the dearest permitted candidate's estimate; downgrade to
//              local at budgets.downgrade_at; spent: 429 budget_exceeded)
//   execute    the permitted candidates in order: retries, backoff, circuit
//              breaker, fallback before the first byte, the deadline
//   respond    the ledger record durable, then the answer (or error)
//              through the dialect
//
// The admit stages run in order until one refuses; the refusal is recorded
// and sent like any other error. Then every stage whose admit ran settles,
// in reverse, against the recorded outcome: as soon as it is recorded,
// before the answer's last bytes leave (so a client's next request sees its
// slot free and its usage charged), or at the end if no record was reached.
// Stages are built once at start;
// per request there is only the Exchange, on this coroutine's frame.
#pragma once

#include <array>
#include <cstddef>
#include <optional>

#include "switchyard/gateway/authorize_stage.hpp"
#include "switchyard/gateway/classify_stage.hpp"
#include "switchyard/gateway/decode_stage.hpp"
#include "switchyard/gateway/exchange.hpp"
#include "switchyard/gateway/execute_stage.hpp"
#include "switchyard/gateway/identify_stage.hpp"
#include "switchyard/gateway/request_observer.hpp"
#include "switchyard/gateway/reserve_stage.hpp"
#include "switchyard/gateway/respond_stage.hpp"
#include "switchyard/gateway/route_stage.hpp"
#include "switchyard/gateway/work_pool.hpp"

namespace switchyard::gateway {

class Pipeline final : private Settler {
 public:
  // The stages decide synchronously (stage.hpp), and some of them block:
  // with limits.store: redis, the limit, budget and session stores make
  // Redis round trips. Then the admit stages, and the settle, run on a
  // pool of this many threads (work_pool.hpp) while the io thread serves
  // other requests; each thread holds one request's admission or settle
  // (at most the Redis client's timeout, limits.timeout_ms, when Redis
  // hangs). With the stores in memory they run inline, with no thread hop.
  static constexpr unsigned kOffloadThreads = 8;

  // Every reference must outlive the pipeline. `keys` null: no key store.
  // `deployments` is indexed like the router's. `detector`: compiled from
  // cfg.privacy (null: scanning is off). `sessions`: the privacy sessions'
  // store (null: none).
  Pipeline(const config::Config& cfg, std::shared_ptr<const privacy::Detector> detector,
           const routing::Router& router, const std::vector<Deployment>& deployments,
           const std::vector<std::string>& provider_keys, ledger::LedgerWriter& ledger,
           observe::Registry& metrics, const LoadSpill& spill, const keys::KeyRing* keys,
           limits::LimitStore& limits, limits::BudgetStore& budgets,
           privacy::SessionStore* sessions = nullptr);

  // One request of `endpoint`, in `dialect`, from its first stage to its
  // answer; `ctx` has its id, arrival and deadline.
  http::Task<void> serve(const http::Request& req, http::ResponseWriter& out,
                         core::RequestContext ctx, const api::Dialect& dialect, Endpoint endpoint);

  // Responses the gateway sends outside the pipeline (models, 404, 405)
  // are counted with the pipeline's.
  RespondStage& respond() { return respond_; }

 private:
  // The admit stages in order (counted in ex.admitted); the refusal, if any.
  std::optional<core::Error> admit(Exchange& ex) const;
  // Settles the admit stages that ran (ex.admitted), last first.
  void settle(Exchange& ex) const override;
  // How far `ex` got: what the observer may read of it.
  Reached reached(const Exchange& ex) const;

  const LoadSpill& spill_;
  IdentifyStage identify_;
  DecodeStage decode_;
  AuthorizeStage authorize_;
  ClassifyStage classify_;
  RouteStage route_;
  ReserveStage reserve_;
  RespondStage respond_;
  ExecuteStage execute_;
  const std::array<const Stage*, 6> admit_stages_;
  // Their names in traces, in the same order.
  static constexpr std::array<const char*, 6> kStageNames = {"identify", "decode", "authorize",
                                                             "classify", "route",  "reserve"};
  RequestObserver observer_;  // metrics, access log and trace of each request when done
  // With limits.store: redis, the admit stages and the settle run here,
  // off the io thread (their Redis round trips block the thread that makes
  // them); null: in memory, inline.
  std::unique_ptr<WorkPool> offload_;
};

}  // namespace switchyard::gateway
