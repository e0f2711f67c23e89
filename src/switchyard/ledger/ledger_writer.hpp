// Appends request records from any thread with leader-based group commit.
//
// When nothing is being written, the caller becomes the leader and commits its
// record at once on its own thread: no hand-off, so a lone request pays only
// for the SQLite write itself. Records that arrive while a commit is running
// queue up, and the writer thread commits everything queued in one
// transaction, then reports to each caller. A caller that waits for its
// report before finishing its response knows the record is durable before
// the client sees the answer end.
//
// Store maintenance (WAL checkpoints, which fsync) runs on a thread of its
// own, never on a caller's, and alongside commits rather than between them.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "switchyard/ledger/record_store.hpp"

namespace switchyard::ledger {

class LedgerWriter {
 public:
  // Called on the writer thread once the record is committed (no error) or
  // could not be (error). Must not block.
  using Done = std::function<void(const std::optional<core::Error>&)>;

  // `inline_commit`: let an idle writer's caller commit on its own thread.
  // Turn it off when a commit is slow (synchronous = FULL fsyncs each one).
  explicit LedgerWriter(std::unique_ptr<RecordStore> store, std::size_t max_batch = 512,
                        bool inline_commit = true);
  // Commits what is queued, then stops.
  ~LedgerWriter();
  LedgerWriter(const LedgerWriter&) = delete;
  LedgerWriter& operator=(const LedgerWriter&) = delete;

  struct Entry {
    RequestRecord record;
    Done done;
  };
  void append(RequestRecord record, Done done);
  // Several records at once: committed in one transaction when the writer
  // is idle (an event loop's turn of finished requests, say).
  void append(std::vector<Entry> entries);

  // Blocks until everything appended before the call is committed or failed.
  void flush();

  std::int64_t committed() const;  // records committed since start
  std::int64_t failed() const;     // records that could not be committed

 private:
  using Pending = Entry;
  void run();
  void maintain();
  // Takes up to max_batch_ queued records; mu_ held.
  std::vector<Pending> take_batch();
  // Writes a batch and reports to its callers; mu_ not held, busy_ set.
  void commit(std::vector<Pending>& batch, std::vector<RequestRecord>& records);

  std::unique_ptr<RecordStore> store_;
  const std::size_t max_batch_;
  const bool inline_commit_;
  static constexpr std::int64_t kCheckpointEvery = 2000;  // records between WAL checkpoints

  mutable std::mutex mu_;
  std::condition_variable wake_;
  std::condition_variable idle_;
  std::condition_variable maintenance_due_;
  std::deque<Pending> queue_;
  bool busy_ = false;  // a commit is running (the store commits one batch at a time)
  std::int64_t since_checkpoint_ = 0;
  bool stop_ = false;
  std::int64_t committed_ = 0;
  std::int64_t failed_ = 0;
  std::thread thread_;
  std::thread maintenance_;
};

}  // namespace switchyard::ledger
