// Appends request records from any thread with group commit: one writer thread
// takes everything queued since its last commit and commits it in one
// transaction, then reports to each caller. A
// caller that waits for its report before finishing its response knows the
// record is durable before the client sees the answer end.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include "switchyard/ledger/record_store.hpp"

namespace switchyard::ledger {

class LedgerWriter {
 public:
  // Called on the writer thread once the record is committed (no error) or
  // could not be (error). Must not block.
  using Done = std::function<void(const std::optional<core::Error>&)>;

  explicit LedgerWriter(std::unique_ptr<RecordStore> store, std::size_t max_batch = 512);
  // Commits what is queued, then stops.
  ~LedgerWriter();
  LedgerWriter(const LedgerWriter&) = delete;
  LedgerWriter& operator=(const LedgerWriter&) = delete;

  void append(RequestRecord record, Done done);

  // Blocks until everything appended before the call is committed or failed.
  void flush();

  std::int64_t committed() const;  // records committed since start
  std::int64_t failed() const;     // records that could not be committed

 private:
  struct Pending {
    RequestRecord record;
    Done done;
  };
  void run();

  std::unique_ptr<RecordStore> store_;
  const std::size_t max_batch_;

  mutable std::mutex mu_;
  std::condition_variable wake_;
  std::condition_variable idle_;
  std::deque<Pending> queue_;
  bool busy_ = false;
  bool stop_ = false;
  std::int64_t committed_ = 0;
  std::int64_t failed_ = 0;
  std::thread thread_;
};

}  // namespace switchyard::ledger
