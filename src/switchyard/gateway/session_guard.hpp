// The classify stage's part for privacy sessions (x-switchyard-session,
// privacy/session_store.hpp, docs/privacy.md).
//
//   check     the header is 1-128 of [A-Za-z0-9._:-], else 400
//             invalid_session_id; no header, no session
//   raise     the request's class goes up to what the session remembers
//             (never down); a store that cannot be read raises it to the
//             highest class (fail closed); the reason says which
//   remember  a request classed at `remember` or above marks the session
//             for `ttl` from now: the ones the session raised too, since
//             their answers were made with its context
//
// The session is stored under privacy::session_key(caller, id): per caller,
// hashed; the id itself goes nowhere (not the ledger, not a log). Counts
// switchyard_session_class_raised_total{cause="session"|"store_error"} and
// switchyard_session_store_errors_total (reads and writes).
#pragma once

#include <optional>
#include <string>

#include "switchyard/config/config.hpp"
#include "switchyard/core/error.hpp"
#include "switchyard/gateway/exchange.hpp"
#include "switchyard/observe/metrics.hpp"
#include "switchyard/privacy/data_class.hpp"
#include "switchyard/privacy/session_store.hpp"

namespace switchyard::gateway {

class SessionGuard {
 public:
  // `store` must outlive the guard.
  SessionGuard(const config::SessionsConfig& cfg, const privacy::PrivacyPolicy& policy,
               privacy::SessionStore& store, observe::Registry& metrics);

  // The request's session key, "" when it names none; a 400 for a header
  // that is not a session id. Raises ex.seen.classification (call after
  // every other source has set it, before the rule is taken from it).
  core::Expected<std::string> raise(Exchange& ex) const;
  // Marks the session when ex's class is at `remember` or above (call with
  // raise's key once the class is final).
  void remember(const Exchange& ex, const std::string& key) const;

 private:
  privacy::SessionStore& store_;
  const std::chrono::milliseconds ttl_;
  const privacy::DataClass remember_;
  const privacy::PrivacyPolicy policy_;
  const std::string ttl_text_;  // "24h", for reasons
  observe::Counter& raised_by_session_;
  observe::Counter& raised_by_store_error_;
  observe::Counter& store_errors_;
};

}  // namespace switchyard::gateway
