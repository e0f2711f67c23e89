// What a virtual key costs a request: the identify stage's check of the key
// (id lookup in the KeyRing's snapshot, salted SHA-256, constant-time
// compare) and the reserve stage's take-and-settle of RPM, TPM and a
// concurrency slot in the in-memory limit store, alone and together.
//
//   build/bench/switchyard-micro-bench --benchmark_filter='Key|Limit'
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "switchyard/keys/key_lifecycle.hpp"
#include "switchyard/keys/key_ring.hpp"
#include "switchyard/keys/sqlite_key_store.hpp"
#include "switchyard/limits/admission.hpp"
#include "switchyard/limits/in_memory_budget_store.hpp"
#include "switchyard/limits/in_memory_limit_store.hpp"

namespace {

using namespace switchyard;

// A key ring over a temporary store holding `n` keys; `secret` is one of them.
struct Ring {
  std::string path;
  std::unique_ptr<keys::KeyRing> ring;
  std::string secret;
  std::string id;

  explicit Ring(int n) {
    path = (std::filesystem::temp_directory_path() /
            ("switchyard-keys-bench-" + std::to_string(::getpid()) + ".db"))
               .string();
    std::filesystem::remove(path);
    auto store = keys::SqliteKeyStore::open(path);
    if (!store) throw std::runtime_error(store.error().message);
    std::shared_ptr<keys::KeyStore> shared(std::move(*store));
    const keys::PolicyVocabulary vocabulary{{"public"}, {"chat"}};
    keys::KeyPolicy p;
    p.team = "bench";
    for (int i = 0; i < n; ++i) {
      auto created = keys::create_key(*shared, p, vocabulary, 1);
      if (!created) throw std::runtime_error(created.error().message);
      secret = created->secret;
      id = created->key.id;
    }
    auto loaded = keys::KeyRing::load(shared);
    if (!loaded) throw std::runtime_error(loaded.error().message);
    ring = std::move(*loaded);
  }
  ~Ring() {
    ring.reset();
    for (const char* s : {"", "-wal", "-shm"}) std::filesystem::remove(path + s);
  }
};

void BM_KeyAuthenticate(benchmark::State& state) {
  Ring r(static_cast<int>(state.range(0)));
  for (auto _ : state) {
    auto a = r.ring->authenticate(r.secret, 2);
    benchmark::DoNotOptimize(a);
  }
}
BENCHMARK(BM_KeyAuthenticate)->Arg(1)->Arg(1000);

void BM_LimitReserveSettle(benchmark::State& state) {
  limits::InMemoryLimitStore store;
  const limits::Limits l{1'000'000'000, 1'000'000'000'000, 1'000'000};
  for (auto _ : state) {
    auto refused = store.reserve("0123456789ab", l, 600, limits::Clock::now());
    benchmark::DoNotOptimize(refused);
    store.settle("0123456789ab", l, 600, 400, limits::Clock::now());
  }
}
BENCHMARK(BM_LimitReserveSettle);

// Both, as one request with a limited key goes through identify and
// reserve (the admission and the Hold as the Exchange keeps it).
void BM_KeyIdentifyAndReserve(benchmark::State& state) {
  Ring r(1000);
  limits::InMemoryLimitStore store;
  limits::InMemoryBudgetStore budgets;
  limits::SeparateAdmission admission(store, budgets);
  limits::Ask ask;
  ask.limits = {1'000'000'000, 1'000'000'000'000, 1'000'000};
  ask.tokens = 600;
  for (auto _ : state) {
    auto a = r.ring->authenticate(r.secret, 2);
    if (!admission.admit(a.key->id, ask).held) state.SkipWithError("refused");
    limits::Hold hold(admission, a.key->id, ask, false);
    hold.settle(400, 0);
  }
}
BENCHMARK(BM_KeyIdentifyAndReserve);

}  // namespace
