// What the shared Redis limit store adds per request: one reserve (one Lua
// script: refill, check and take RPM, TPM and a concurrency slot) and one
// settle (another script: the slot back, unused tokens refunded) against a
// real redis-server, beside the same in the in-memory store. The added
// latency per request is the difference (two round trips on loopback).
//
//   tests/support/test-servers start /tmp/sy-bench-servers
//   export SWITCHYARD_BENCH_REDIS_URL=$(cat /tmp/sy-bench-servers/redis.url)
//   build/bench/switchyard-micro-bench --benchmark_filter='LimitReserveSettle'
//   tests/support/test-servers stop /tmp/sy-bench-servers
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <memory>

#include "switchyard/limits/in_memory_limit_store.hpp"
#include "switchyard/limits/redis_limit_store.hpp"

namespace {

using namespace switchyard;

// Limits far above the load: every reserve succeeds, as for a request
// that is served.
constexpr limits::Limits kLimits{
    .rpm = 1'000'000'000, .tpm = 1'000'000'000, .max_concurrent = 1000};

void BM_RedisLimitReserveSettle(benchmark::State& state) {
  const char* url = std::getenv("SWITCHYARD_BENCH_REDIS_URL");
  if (!url || !*url) {
    state.SkipWithError("set SWITCHYARD_BENCH_REDIS_URL (see the file's comment)");
    return;
  }
  limits::RedisLimitOptions o;
  o.redis.url = url;
  o.prefix = "switchyard-bench:";
  auto store = limits::RedisLimitStore::open(o);
  if (!store) {
    state.SkipWithError(store.error().message.c_str());
    return;
  }
  for (auto _ : state) {
    auto refused = (*store)->reserve("bench-key", kLimits, 300, limits::Clock::now());
    benchmark::DoNotOptimize(refused);
    (*store)->settle("bench-key", kLimits, 300, 120, limits::Clock::now());
  }
  state.SetLabel((*store)->where());
}
// Real time: the cost is waiting for Redis, not CPU.
BENCHMARK(BM_RedisLimitReserveSettle)->UseRealTime();

void BM_InMemoryLimitReserveSettleRealTime(benchmark::State& state) {
  limits::InMemoryLimitStore store;
  for (auto _ : state) {
    auto refused = store.reserve("bench-key", kLimits, 300, limits::Clock::now());
    benchmark::DoNotOptimize(refused);
    store.settle("bench-key", kLimits, 300, 120, limits::Clock::now());
  }
}
BENCHMARK(BM_InMemoryLimitReserveSettleRealTime)->UseRealTime();

}  // namespace
