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
// With a journal (with_journal), append() instead writes the record into
// this process's record journal (journal.hpp): a memcpy into a shared file
// mapping, durable against the process dying when append() returns, with no
// system call. An ingester thread moves journaled records into the store in
// batches, in journal order, a few milliseconds later: it polls every
// millisecond while records flow, backs off when none come, and sleeps once
// idle; only then does an append wake it (so a busy gateway makes no wake-up
// call per record).
//
// Store maintenance (WAL checkpoints, which fsync) runs on a thread of its
// own, never on a caller's, and alongside commits rather than between them.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "switchyard/ledger/journal.hpp"
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
  // Journal mode: first ingests the journals that processes gone before left
  // beside `db_path` (recovered() says what was found), then creates this
  // process's journal of `journal_bytes` there. `max_batch` records per
  // store transaction. Fails when the store fails during recovery or the
  // journal cannot be created.
  static core::Expected<std::unique_ptr<LedgerWriter>> with_journal(
      std::unique_ptr<RecordStore> store, const std::string& db_path,
      std::size_t journal_bytes = kDefaultJournalBytes, std::size_t max_batch = 512);
  // Commits what is queued (journal mode: ingests what is journaled), then
  // stops. A journal that could not be ingested completely (the store
  // failing) stays on disk for the next writer to ingest.
  ~LedgerWriter();
  LedgerWriter(const LedgerWriter&) = delete;
  LedgerWriter& operator=(const LedgerWriter&) = delete;

  struct Entry {
    RequestRecord record;
    Done done;
  };
  // In journal mode `done` runs before append() returns, on the caller's
  // thread, once the record is journaled (or could not be).
  void append(RequestRecord record, Done done);
  // Several records at once: committed in one transaction when the writer
  // is idle (an event loop's turn of finished requests, say).
  void append(std::vector<Entry> entries);
  // Returns once the record is durable, or with why it could not be. In
  // journal mode that is at once, without blocking or a system call (an
  // error: the journal is full, the store behind); without, the calling
  // thread waits for the commit.
  std::optional<core::Error> append(RequestRecord record);

  bool journaled() const { return journal_ != nullptr; }
  // Journal mode: the journals ingested at start.
  const RecoveryReport& recovered() const { return recovered_; }
  const Journal* journal() const { return journal_.get(); }

  // Blocks until everything appended before the call is in the store, or the
  // store has failed on it (journal mode: the ingester keeps retrying).
  void flush();

  // Records in the store since start (journal mode: ingested; recovered
  // ones not included).
  std::int64_t committed() const;
  // Records that could not be made durable: commits that failed; in journal
  // mode, appends refused because the journal was full.
  std::int64_t failed() const;

 private:
  using Pending = Entry;
  LedgerWriter(std::unique_ptr<RecordStore> store, std::size_t max_batch,
               std::unique_ptr<Journal> journal, RecoveryReport recovered);
  void run();
  void ingest();  // the journal's ingester thread
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

  // Journal mode.
  std::unique_ptr<Journal> journal_;
  RecoveryReport recovered_;
  std::atomic<bool> ingester_asleep_{false};  // set under mu_; appends then wake it
  std::atomic<std::int64_t> refused_{0};      // appends the journal refused
  std::int64_t ingested_seq_ = 0;             // the last journal frame in the store
  std::int64_t store_failures_ = 0;           // batches the store refused
  bool flush_requested_ = false;              // flush() waits: skip the ingester's pause
  std::string store_error_;                   // the store's last error, while it keeps failing

  std::thread thread_;
  std::thread maintenance_;
};

}  // namespace switchyard::ledger
