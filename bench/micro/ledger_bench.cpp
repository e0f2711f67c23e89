// What recording a request costs: one LedgerWriter round trip (append, group
// commit to SQLite in WAL mode, completion callback), from one thread waiting
// for each record as a request does, and from many threads at once, where
// group commit shares one transaction among many records. And the same with
// the record journal (the default): the append returns once the record is in
// the journal, the ingester thread commits to SQLite behind it; the figure
// includes the ingester's work, since the run ends with a flush.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <vector>

#include "switchyard/ledger/journal.hpp"
#include "switchyard/ledger/ledger_writer.hpp"
#include "switchyard/ledger/sqlite_store.hpp"

namespace {

using namespace switchyard;

ledger::RequestRecord sample() {
  ledger::RequestRecord r;
  r.time_ms = 1'700'000'000'000;
  r.request_id = "req_0123456789abcdef01234567";
  r.model = "gpt-4o-mini";
  r.data_class = "confidential";
  r.class_reason = "finding EMAIL_ADDRESS";
  r.entities = {{"EMAIL_ADDRESS", 1}};
  r.plan = "openai/gpt-4o-mini: primary deployment of 'gpt-4o-mini'";
  r.side = "cloud";
  r.deployment = "openai/gpt-4o-mini";
  r.status = 200;
  r.prompt_tokens = 300;
  r.completion_tokens = 80;
  r.cost_usd = 0.000093;
  return r;
}

struct Waiter {
  std::mutex mu;
  std::condition_variable cv;
  bool done = false;
  void wait() {
    std::unique_lock lock(mu);
    cv.wait(lock, [&] { return done; });
    done = false;
  }
  void notify() {
    std::lock_guard lock(mu);
    done = true;
    cv.notify_one();
  }
};

std::string bench_path() {
  return (std::filesystem::temp_directory_path() /
          ("switchyard-ledger-bench-" + std::to_string(::getpid()) + ".db"))
      .string();
}

void remove_database() {
  for (const char* s : {"", "-wal", "-shm"}) std::filesystem::remove(bench_path() + s);
  for (const auto& j : ledger::journal_files(bench_path())) std::filesystem::remove(j);
}

void BM_LedgerCommitRoundTrip(benchmark::State& state) {
  static std::unique_ptr<ledger::LedgerWriter> writer;
  if (state.thread_index() == 0) {
    remove_database();
    writer = std::make_unique<ledger::LedgerWriter>(
        std::move(*ledger::SqliteStore::open({bench_path()})));
  }
  Waiter w;
  const ledger::RequestRecord r = sample();
  for (auto _ : state) {
    writer->append(r, [&](const std::optional<core::Error>&) { w.notify(); });
    w.wait();
  }
  state.SetItemsProcessed(state.iterations());
  if (state.thread_index() == 0) {
    writer->flush();
    writer.reset();
    remove_database();
  }
}
BENCHMARK(BM_LedgerCommitRoundTrip)->Threads(1)->Threads(8)->UseRealTime();

// Arg 0: what a request pays, the append alone (when the journal fills, the
// clock stops while the ingester catches up). Arg 1: sustained throughput,
// the clock running while the ingester catches up (bound by SQLite).
void BM_LedgerJournalAppend(benchmark::State& state) {
  static std::unique_ptr<ledger::LedgerWriter> writer;
  if (state.thread_index() == 0) {
    remove_database();
    writer = std::move(*ledger::LedgerWriter::with_journal(
        std::move(*ledger::SqliteStore::open({bench_path()})), bench_path()));
  }
  const bool sustained = state.range(0) == 1;
  const ledger::RequestRecord r = sample();
  for (auto _ : state) {
    while (writer->append(r)) {  // durable (journaled) once it returns nullopt
      if (!sustained) state.PauseTiming();
      writer->flush();
      if (!sustained) state.ResumeTiming();
    }
  }
  state.SetItemsProcessed(state.iterations());
  if (state.thread_index() == 0) {
    writer->flush();
    writer.reset();
    remove_database();
  }
}
BENCHMARK(BM_LedgerJournalAppend)->Arg(0)->Arg(1)->Threads(1)->Threads(8)->UseRealTime();

// The record's own costs, without the writer's locks and threads: its
// journal payload (sized, then written; on the request's path), decoding it
// again (the ingester), and its chain hash (in the store's transaction).
void BM_RecordJournalEncode(benchmark::State& state) {
  const ledger::RequestRecord r = sample();
  std::vector<unsigned char> out(4096);
  for (auto _ : state) {
    const std::size_t n = ledger::encoded_size(r);
    ledger::encode_record(r, out.data());
    benchmark::DoNotOptimize(n);
    benchmark::ClobberMemory();
  }
}
BENCHMARK(BM_RecordJournalEncode);

void BM_RecordJournalDecode(benchmark::State& state) {
  const ledger::RequestRecord r = sample();
  std::vector<unsigned char> bytes(ledger::encoded_size(r));
  ledger::encode_record(r, bytes.data());
  for (auto _ : state) {
    ledger::RequestRecord got;
    benchmark::DoNotOptimize(ledger::decode_record(bytes.data(), bytes.size(), got));
  }
}
BENCHMARK(BM_RecordJournalDecode);

void BM_RecordChainHash(benchmark::State& state) {
  ledger::RequestRecord r = sample();
  r.seq = 1234;
  r.prev_hash = std::string(64, 'a');
  for (auto _ : state) benchmark::DoNotOptimize(ledger::chain_hash(r));
}
BENCHMARK(BM_RecordChainHash);

}  // namespace
