// The gateway's own outcomes as training data for the difficulty router
// (`switchyard router train --ledger`, docs/routing.md): each ledger record
// that kept its prompt's features (routing.record_prompt_features) and has
// evidence of how the local model did becomes an outcome row — features,
// never text.
//
// Evidence, strongest last (a later one overrides an earlier):
//   the cascade's verdict on the local answer: "kept" (judged good) → the
//     weak model was good enough; "escalated", "failed" or a weak verdict
//     kept only because escalation was not permitted or failed → it was not;
//     a streamed, unverified first answer ("stream_local") says nothing;
//   the client's latest rating (POST /v1/feedback, ledger/feedback_store.hpp)
//     of an answer served locally: score >= 0.5 → good enough, else not.
//     A rating of a cloud answer says how the strong model did.
// The strong model counts as right unless a rating says otherwise. Each
// task tag (x-switchyard-task) is a subject ("ledger:<task>", "ledger" for
// none), so `router validate`-style splits keep a task whole.
#pragma once

#include <cstdint>
#include <string>

#include "switchyard/core/error.hpp"
#include "switchyard/routing/difficulty_outcomes.hpp"

namespace switchyard::cli {

struct LedgerOutcomes {
  routing::OutcomeSet set;          // weak_model "local", strong_model "cloud"
  std::int64_t records = 0;         // records read
  std::int64_t featured = 0;        // with prompt features this build reads
  std::int64_t other_features = 0;  // with features of another build (skipped)
  std::int64_t by_cascade = 0;      // rows whose weak label came from a cascade verdict alone
  std::int64_t by_feedback = 0;     // rows whose label a client's rating set or confirmed
  std::int64_t ratings = 0;         // feedback rows read
};

// Reads `where`: a SQLite ledger file (which must exist), or a PostgreSQL
// URL (postgres:// or postgresql://; errors never repeat it).
core::Expected<LedgerOutcomes> read_ledger_outcomes(const std::string& where);

// Appends `from`'s rows to `to` (subjects renumbered); `to` keeps its model
// names unless it has none.
void merge_outcomes(routing::OutcomeSet& to, const routing::OutcomeSet& from);

}  // namespace switchyard::cli
