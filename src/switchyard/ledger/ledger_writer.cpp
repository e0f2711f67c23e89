#include "switchyard/ledger/ledger_writer.hpp"

#include <algorithm>
#include <chrono>
#include <vector>

namespace switchyard::ledger {
namespace {

// The ingester's pace: right after a batch it looks again in kPoll; each
// look that finds nothing doubles the wait up to kMaxPoll (so a record
// reaches the store within a few milliseconds), and after kIdleAfter without
// records it sleeps until an append wakes it.
constexpr std::chrono::microseconds kPoll{1000};
constexpr std::chrono::microseconds kMaxPoll{8000};
constexpr std::chrono::milliseconds kIdleAfter{100};
// Retry pace while the store fails: the records are safe in the journal.
constexpr std::chrono::milliseconds kFirstRetry{10};
constexpr std::chrono::milliseconds kMaxRetry{1000};

}  // namespace

LedgerWriter::LedgerWriter(std::unique_ptr<RecordStore> store, std::size_t max_batch,
                           bool inline_commit)
    : store_(std::move(store)),
      max_batch_(max_batch == 0 ? 1 : max_batch),
      inline_commit_(inline_commit) {
  thread_ = std::thread([this] { run(); });
  maintenance_ = std::thread([this] { maintain(); });
}

LedgerWriter::LedgerWriter(std::unique_ptr<RecordStore> store, std::size_t max_batch,
                           std::unique_ptr<Journal> journal, RecoveryReport recovered)
    : store_(std::move(store)),
      max_batch_(max_batch == 0 ? 1 : max_batch),
      inline_commit_(false),
      journal_(std::move(journal)),
      recovered_(std::move(recovered)) {
  thread_ = std::thread([this] { ingest(); });
  maintenance_ = std::thread([this] { maintain(); });
}

core::Expected<std::unique_ptr<LedgerWriter>> LedgerWriter::with_journal(
    std::unique_ptr<RecordStore> store, const std::string& db_path, std::size_t journal_bytes,
    std::size_t max_batch) {
  auto recovered = recover_journals(db_path, *store, std::max<std::size_t>(max_batch, 1));
  if (!recovered) return recovered.error();
  auto journal = Journal::create(db_path, journal_bytes);
  if (!journal) return journal.error();
  return std::unique_ptr<LedgerWriter>(
      new LedgerWriter(std::move(store), max_batch, std::move(*journal), std::move(*recovered)));
}

LedgerWriter::~LedgerWriter() {
  {
    std::lock_guard lock(mu_);
    stop_ = true;
    ingester_asleep_.store(false);
  }
  wake_.notify_one();
  maintenance_due_.notify_one();
  thread_.join();
  maintenance_.join();
  // Everything journaled is in the store: the journal has done its job. If
  // not (the store failed), it stays, and the next writer on this database
  // ingests it once this process has released its lock.
  if (journal_ && journal_->empty()) journal_->remove();
}

std::optional<core::Error> LedgerWriter::append(RequestRecord record) {
  if (!journal_) {
    std::mutex mu;
    std::condition_variable cv;
    bool done = false;
    std::optional<core::Error> result;
    append(std::move(record), [&](const std::optional<core::Error>& e) {
      std::lock_guard lock(mu);
      result = e;
      done = true;
      cv.notify_one();
    });
    std::unique_lock lock(mu);
    cv.wait(lock, [&] { return done; });
    return result;
  }
  if (auto e = journal_->append(record)) {
    refused_.fetch_add(1, std::memory_order_relaxed);
    std::lock_guard lock(mu_);
    if (!store_error_.empty()) e->message += " (the database fails: " + store_error_ + ")";
    return e;
  }
  // The ingester polls while records flow; only a sleeping one needs a call.
  // (It sets the flag under mu_ before its last look at the journal, and
  // this append's frame was in the journal before the flag is read here, so
  // either that look sees the frame or this read sees the flag.)
  if (ingester_asleep_.load()) {
    {
      std::lock_guard lock(mu_);
      ingester_asleep_.store(false);
    }
    wake_.notify_one();
  }
  return std::nullopt;
}

void LedgerWriter::append(RequestRecord record, Done done) {
  if (journal_) {
    auto error = append(std::move(record));
    if (done) done(error);
    return;
  }
  std::vector<Entry> one;
  one.push_back({std::move(record), std::move(done)});
  append(std::move(one));
}

void LedgerWriter::append(std::vector<Entry> entries) {
  if (entries.empty()) return;
  if (journal_) {
    for (Entry& e : entries) append(std::move(e.record), std::move(e.done));
    return;
  }
  std::unique_lock lock(mu_);
  for (Entry& e : entries) queue_.push_back(std::move(e));
  if (!inline_commit_ || busy_ || stop_) {
    lock.unlock();
    wake_.notify_one();
    return;
  }
  // Nothing is being written: lead, and commit on this thread.
  busy_ = true;
  std::vector<Pending> batch = take_batch();
  lock.unlock();
  std::vector<RequestRecord> records;
  commit(batch, records);
  lock.lock();
  busy_ = false;
  const bool more = !queue_.empty() || stop_;
  const bool maintenance = since_checkpoint_ >= kCheckpointEvery;
  if (queue_.empty()) idle_.notify_all();
  lock.unlock();
  if (more) wake_.notify_one();  // followers that queued meanwhile
  if (maintenance) maintenance_due_.notify_one();
}

std::vector<LedgerWriter::Pending> LedgerWriter::take_batch() {
  std::vector<Pending> batch;
  while (!queue_.empty() && batch.size() < max_batch_) {
    batch.push_back(std::move(queue_.front()));
    queue_.pop_front();
  }
  return batch;
}

void LedgerWriter::commit(std::vector<Pending>& batch, std::vector<RequestRecord>& records) {
  records.clear();
  for (auto& p : batch) records.push_back(std::move(p.record));
  const std::optional<core::Error> error = store_->append(records);
  {
    std::lock_guard lock(mu_);
    (error ? failed_ : committed_) += static_cast<std::int64_t>(batch.size());
    if (!error) since_checkpoint_ += static_cast<std::int64_t>(batch.size());
  }
  for (auto& p : batch)
    if (p.done) p.done(error);
}

void LedgerWriter::flush() {
  std::unique_lock lock(mu_);
  if (!journal_) {
    idle_.wait(lock, [this] { return queue_.empty() && !busy_; });
    return;
  }
  const std::int64_t target = journal_->last_appended();
  const std::int64_t failures = store_failures_;
  flush_requested_ = true;
  ingester_asleep_.store(false);
  wake_.notify_one();  // cut its pause short
  idle_.wait(lock, [&] { return ingested_seq_ >= target || store_failures_ != failures || stop_; });
}

std::int64_t LedgerWriter::committed() const {
  std::lock_guard lock(mu_);
  return committed_;
}

std::int64_t LedgerWriter::failed() const {
  std::lock_guard lock(mu_);
  return failed_ + refused_.load(std::memory_order_relaxed);
}

void LedgerWriter::ingest() {
  Journal::Batch batch;
  auto pause = kPoll;
  auto idle_for = std::chrono::microseconds{0};
  auto retry = std::chrono::milliseconds{0};
  for (;;) {
    journal_->read(max_batch_, batch);
    if (!batch.records.empty()) {
      const auto n = static_cast<std::int64_t>(batch.records.size());
      const JournalMark mark{journal_->id(), batch.last_seq};
      const std::optional<core::Error> error = store_->append(batch.records, &mark);
      std::unique_lock lock(mu_);
      if (error) {
        ++store_failures_;
        store_error_ = error->message;
        idle_.notify_all();  // flush() reports what it waited for as failed
        if (stop_) return;   // the rest stays in the journal for the next start
        retry = std::clamp(retry * 2, kFirstRetry, kMaxRetry);
        wake_.wait_for(lock, retry, [this] { return stop_; });
        continue;
      }
      retry = std::chrono::milliseconds{0};
      store_error_.clear();
      journal_->release(batch);
      committed_ += n;
      ingested_seq_ = batch.last_seq;
      since_checkpoint_ += n;
      const bool maintenance = since_checkpoint_ >= kCheckpointEvery;
      idle_.notify_all();  // no system call unless flush() waits
      pause = kPoll;
      idle_for = std::chrono::microseconds{0};
      if (static_cast<std::size_t>(n) < max_batch_ && !stop_) {
        // Let records gather: one transaction per pause, not per record.
        wake_.wait_for(lock, pause, [this] { return stop_ || flush_requested_; });
        flush_requested_ = false;
      }
      lock.unlock();
      if (maintenance) maintenance_due_.notify_one();
      continue;
    }
    std::unique_lock lock(mu_);
    if (stop_) {
      if (journal_->empty()) return;  // everything journaled is in the store
      continue;                       // appended since the read
    }
    if (idle_for < kIdleAfter) {
      wake_.wait_for(lock, pause, [this] { return stop_ || flush_requested_; });
      flush_requested_ = false;
      idle_for += pause;
      pause = std::min(pause * 2, kMaxPoll);
      continue;
    }
    // Idle: sleep until an append or flush() clears the flag. The journal
    // is looked at after the flag is set (see append()).
    ingester_asleep_.store(true);
    if (journal_->empty()) wake_.wait(lock, [this] { return stop_ || !ingester_asleep_.load(); });
    ingester_asleep_.store(false);
    pause = kPoll;
    idle_for = std::chrono::microseconds{0};
  }
}

void LedgerWriter::run() {
  std::vector<RequestRecord> records;
  for (;;) {
    std::vector<Pending> batch;
    bool maintenance = false;
    {
      std::unique_lock lock(mu_);
      wake_.wait(lock, [this] { return !busy_ && (stop_ || !queue_.empty()); });
      if (queue_.empty()) return;  // stopping, and everything is committed
      busy_ = true;
      batch = take_batch();
    }
    commit(batch, records);
    {
      std::lock_guard lock(mu_);
      busy_ = false;
      if (queue_.empty()) idle_.notify_all();
      maintenance = since_checkpoint_ >= kCheckpointEvery;
    }
    if (maintenance) maintenance_due_.notify_one();
  }
}

void LedgerWriter::maintain() {
  for (;;) {
    {
      std::unique_lock lock(mu_);
      maintenance_due_.wait(lock,
                            [this] { return stop_ || since_checkpoint_ >= kCheckpointEvery; });
      if (stop_) return;
      since_checkpoint_ = 0;
    }
    store_->checkpoint();  // a failure only delays it; the records are safe in the WAL
  }
}

}  // namespace switchyard::ledger
