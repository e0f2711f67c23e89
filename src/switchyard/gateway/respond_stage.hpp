// The last step of a request: its ledger record made durable, then the
// answer (or the error) through the exchange's dialect, with the route
// headers. Nothing reaches the client before its record is durable: a
// record that cannot be stored withholds the answer (503
// ledger_unavailable). Also counts responses by status and observes how
// long the gateway itself took.
//
// Each call that sends something is one coroutine around the ledger commit
// and the send, so answering costs no more frames than the send itself
// and the commit (journaled: no suspension at all).
#pragma once

#include <array>
#include <atomic>
#include <optional>
#include <string>
#include <vector>

#include "switchyard/core/chat.hpp"
#include "switchyard/core/error.hpp"
#include "switchyard/gateway/exchange.hpp"
#include "switchyard/http/server.hpp"
#include "switchyard/ledger/ledger_writer.hpp"
#include "switchyard/observe/metrics.hpp"

namespace switchyard::gateway {

// A stream the client closed is recorded as a client-closed request (nginx's
// 499), with what the upstream had streamed until then.
inline constexpr int kClientClosedRequest = 499;

class RespondStage {
 public:
  // `keys` (the provider keys) are scrubbed from every error sent.
  RespondStage(ledger::LedgerWriter& ledger, const std::vector<std::string>& keys,
               observe::Registry& metrics);

  // The answer: `usage` and ex.attempted into the record, the record made
  // durable, then `body` (encoded by the dialect) sent with `headers`.
  http::Task<void> answer(Exchange& ex, const http::Headers& headers,
                          const std::optional<core::Usage>& usage, std::string body);
  // The request ends with `error` (refused by a stage, or every attempt
  // failed): recorded, then sent with the route headers of ex.attempted and
  // the upstream's Retry-After on a 429/503.
  http::Task<void> fail(Exchange& ex, const core::Error& error);
  // Makes the record durable with `status` and `usage` (streams: before the
  // stream ends); the error says it could not be stored. Moves ex.record
  // away: call once per request, as answer and fail do.
  http::Task<std::optional<core::Error>> record(Exchange& ex, int status,
                                                const std::optional<core::Usage>& usage);
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
  observe::Histogram* overhead_ = nullptr;
  observe::Histogram* duration_ = nullptr;
  observe::Histogram* ledger_wait_ = nullptr;
  observe::Counter* ledger_failures_ = nullptr;
  std::array<std::atomic<observe::Counter*>, 600> status_counters_{};
};

}  // namespace switchyard::gateway
