// Where request records live. The embedded default is SQLite (one file, WAL);
// a PostgreSQL store for several replicas implements the same interface, and
// both pass the same tests.
//
// A store links each appended record to the chain inside the same transaction
// that writes it (reading the head there), so several writers, even in several
// processes, still build one unbroken chain.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "switchyard/core/error.hpp"
#include "switchyard/ledger/record.hpp"

namespace switchyard::ledger {

struct ChainHead {
  std::int64_t seq = 0;  // 0: the chain is empty
  std::string hash;      // "" when empty
};

// "Journal `journal_id` has been ingested up to and including frame `seq`."
// Stored in the same transaction as the records that came from those frames,
// so after a crash at any point the store and the journal agree on which
// frames are already in the store: recovery skips frames <= seq, and a
// journal is ingested exactly once (see journal.hpp).
struct JournalMark {
  std::uint64_t journal_id = 0;
  std::int64_t seq = 0;
};

class RecordStore {
 public:
  virtual ~RecordStore() = default;

  // The last record, to continue the chain after a restart.
  virtual core::Expected<ChainHead> head() = 0;

  // Appends the batch in one transaction, setting each record's seq,
  // prev_hash and hash (chain_hash) after the current head: all records are
  // durable when this returns without error, none when it fails. With a
  // `mark`, the same transaction also sets that journal's mark (the batch may
  // then be empty).
  virtual std::optional<core::Error> append(std::vector<RequestRecord>& batch,
                                            const JournalMark* mark) = 0;
  std::optional<core::Error> append(std::vector<RequestRecord>& batch) {
    return append(batch, nullptr);
  }

  // The last frame of journal `journal_id` already in the store; 0 when none.
  virtual core::Expected<std::int64_t> journal_mark(std::uint64_t journal_id) = 0;

  // Housekeeping that must not run on a request's thread (e.g. a WAL
  // checkpoint, which fsyncs). Called from LedgerWriter's maintenance thread,
  // possibly while append() runs on another thread: a store must allow that.
  virtual void checkpoint() {}

  // Calls `visit` for each record with time_ms >= since_ms, in seq order,
  // until it returns false.
  virtual std::optional<core::Error> scan(
      std::int64_t since_ms, const std::function<bool(const RequestRecord&)>& visit) = 0;
};

}  // namespace switchyard::ledger
