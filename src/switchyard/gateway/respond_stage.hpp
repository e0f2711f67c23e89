// The last step of a request: its ledger record made durable, then the
// answer (or the error) through the exchange's dialect, with the route
// headers. Nothing reaches the client before its record is durable: a
// record that cannot be stored withholds the answer (503
// ledger_unavailable). Also counts responses by status and observes how
// long the gateway itself took.
//
// With the journal, making a record durable never suspends (a memcpy into
// a shared file mapping); without it the request waits for the group commit.
#pragma once

#include <array>
#include <atomic>
#include <optional>
#include <string>
#include <vector>

#include "switchyard/config/price.hpp"
#include "switchyard/core/chat.hpp"
#include "switchyard/core/error.hpp"
#include "switchyard/gateway/exchange.hpp"
#include "switchyard/http/server.hpp"
#include "switchyard/ledger/ledger_writer.hpp"
#include "switchyard/observe/metrics.hpp"

namespace switchyard::gateway {

class WorkPool;

// A stream the client closed is recorded as a client-closed request (nginx's
// 499), with what the upstream had streamed until then.
inline constexpr int kClientClosedRequest = 499;

class RespondStage {
 public:
  // `keys` (the provider keys) are scrubbed from every error sent;
  // `reference` prices each record's counterfactual (cost.reference).
  RespondStage(ledger::LedgerWriter& ledger, const std::vector<std::string>& keys,
               observe::Registry& metrics, std::optional<config::Price> reference = std::nullopt);

  // An answer goes out in three steps, so that no frame of this stage is
  // alive beside the send's (asio recycles one coroutine frame per thread:
  // record's, freed, becomes the send's):
  //   if (auto e = co_await respond.record(ex, 200, usage)) → withhold(ex, *e)
  //   else co_await respond.send(ex, headers, body), then observe_done.
  //
  // Makes the record durable with `status` and `usage` (and ex.attempted);
  // the error says it could not be stored. Moves ex.record away: call once
  // per request (fail does it itself).
  http::Task<std::optional<core::Error>> record(Exchange& ex, int status,
                                                const std::optional<core::Usage>& usage);
  // Sends `body` (encoded by the dialect) as the 200 answer, with `headers`.
  // Not a coroutine: the send's is the only frame.
  http::Task<bool> send(Exchange& ex, const http::Headers& headers, std::string body);
  // 503 ledger_unavailable instead of an answer whose record could not be
  // stored: nothing reaches the client before its record is durable.
  http::Task<void> withhold(Exchange& ex, const core::Error& cause);
  // The request ends with `error` (refused by a stage, or every attempt
  // failed): recorded, then sent with the route headers of ex.attempted and
  // the upstream's Retry-After on a 429/503.
  http::Task<void> fail(Exchange& ex, const core::Error& error);
  // The stages settle (exchange.hpp) once the record is made, before the
  // answer goes: on `pool` when set (their stores call Redis; pipeline.hpp),
  // else inline. Set once, before the first request.
  void settle_on(WorkPool* pool) { offload_ = pool; }
  // The error that withholds an answer whose record could not be stored.
  static core::Error unrecorded(const core::Error& cause);
  // `e` as the client may see it: scrubbed of every provider key.
  core::Error scrubbed(const core::Error& e) const;

  void count_status(unsigned status);
  // The gateway's own time on the request (total minus upstream and ledger
  // waits) and its whole duration.
  void observe_done(const core::RequestContext& ctx);

 private:
  // Fills the record's outcome fields (and ex.outcome); returns when that was.
  core::Clock::time_point fill_record(Exchange& ex, int status,
                                      const std::optional<core::Usage>& usage);
  void note_commit(Exchange& ex, core::Clock::time_point started,
                   const std::optional<core::Error>& error);
  http::Headers error_headers(const Exchange& ex, const core::Error& e, unsigned status) const;

  ledger::LedgerWriter& ledger_;
  const std::vector<std::string>& keys_;
  observe::Registry& metrics_;
  const std::optional<config::Price> reference_;
  WorkPool* offload_ = nullptr;
  observe::Histogram* overhead_ = nullptr;
  observe::Histogram* duration_ = nullptr;
  observe::Histogram* ledger_wait_ = nullptr;
  observe::Counter* ledger_failures_ = nullptr;
  std::array<std::atomic<observe::Counter*>, 600> status_counters_{};
};

}  // namespace switchyard::gateway
