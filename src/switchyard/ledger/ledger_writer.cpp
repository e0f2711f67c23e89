#include "switchyard/ledger/ledger_writer.hpp"

#include <vector>

namespace switchyard::ledger {

LedgerWriter::LedgerWriter(std::unique_ptr<RecordStore> store, std::size_t max_batch,
                           bool inline_commit)
    : store_(std::move(store)),
      max_batch_(max_batch == 0 ? 1 : max_batch),
      inline_commit_(inline_commit) {
  thread_ = std::thread([this] { run(); });
  maintenance_ = std::thread([this] { maintain(); });
}

LedgerWriter::~LedgerWriter() {
  {
    std::lock_guard lock(mu_);
    stop_ = true;
  }
  wake_.notify_one();
  maintenance_due_.notify_one();
  thread_.join();
  maintenance_.join();
}

void LedgerWriter::append(RequestRecord record, Done done) {
  std::vector<Entry> one;
  one.push_back({std::move(record), std::move(done)});
  append(std::move(one));
}

void LedgerWriter::append(std::vector<Entry> entries) {
  if (entries.empty()) return;
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
  idle_.wait(lock, [this] { return queue_.empty() && !busy_; });
}

std::int64_t LedgerWriter::committed() const {
  std::lock_guard lock(mu_);
  return committed_;
}

std::int64_t LedgerWriter::failed() const {
  std::lock_guard lock(mu_);
  return failed_;
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
