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

class RecordStore {
 public:
  virtual ~RecordStore() = default;

  // The last record, to continue the chain after a restart.
  virtual core::Expected<ChainHead> head() = 0;

  // Appends the batch in one transaction, setting each record's seq,
  // prev_hash and hash (chain_hash) after the current head: all records are
  // durable when this returns without error, none when it fails.
  virtual std::optional<core::Error> append(std::vector<RequestRecord>& batch) = 0;

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
