#include "switchyard/ledger/ledger_writer.hpp"

#include <vector>

namespace switchyard::ledger {

LedgerWriter::LedgerWriter(std::unique_ptr<RecordStore> store, std::size_t max_batch)
    : store_(std::move(store)), max_batch_(max_batch == 0 ? 1 : max_batch) {
  thread_ = std::thread([this] { run(); });
}

LedgerWriter::~LedgerWriter() {
  {
    std::lock_guard lock(mu_);
    stop_ = true;
  }
  wake_.notify_one();
  thread_.join();
}

void LedgerWriter::append(RequestRecord record, Done done) {
  {
    std::lock_guard lock(mu_);
    queue_.push_back({std::move(record), std::move(done)});
  }
  wake_.notify_one();
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
  std::vector<Pending> batch;
  std::vector<RequestRecord> records;
  for (;;) {
    {
      std::unique_lock lock(mu_);
      busy_ = false;
      if (queue_.empty()) idle_.notify_all();
      wake_.wait(lock, [this] { return stop_ || !queue_.empty(); });
      if (queue_.empty()) return;  // stopping, and everything is committed
      busy_ = true;
      batch.clear();
      while (!queue_.empty() && batch.size() < max_batch_) {
        batch.push_back(std::move(queue_.front()));
        queue_.pop_front();
      }
    }
    records.clear();
    for (auto& p : batch) records.push_back(std::move(p.record));
    const std::optional<core::Error> error = store_->append(records);
    {
      std::lock_guard lock(mu_);
      (error ? failed_ : committed_) += static_cast<std::int64_t>(batch.size());
    }
    for (auto& p : batch)
      if (p.done) p.done(error);
  }
}

}  // namespace switchyard::ledger
