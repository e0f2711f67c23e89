// What the shared Redis limit store adds per request: one reserve (one Lua
// script: refill, check and take RPM, TPM and a concurrency slot) and one
// settle (another script: the slot back, unused tokens refunded) against a
// real redis-server, beside the same in the in-memory store. The added
// latency per request is the difference (two round trips on loopback).
//
//   tests/support/test-servers start /tmp/sy-bench-servers
//   export SWITCHYARD_BENCH_REDIS_URL=$(cat /tmp/sy-bench-servers/redis.url)
//   build/bench/switchyard-micro-bench --benchmark_filter='LimitReserveSettle|Admission'
//
// BM_RedisAdmission* compare a request with limits and a budget admitted
// and settled through the two stores one by one (four round trips:
// SeparateAdmission) against one script each way (two: RedisAdmission);
// the label says the round trips per request counted by the client.
//   tests/support/test-servers stop /tmp/sy-bench-servers
#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>

#include "switchyard/limits/admission.hpp"
#include "switchyard/limits/in_memory_limit_store.hpp"
#include "switchyard/limits/redis_admission.hpp"
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

// The limits and budgets of a served request: far above the load, so
// every admission succeeds.
void run_admission(benchmark::State& state, bool one_script) {
  const char* url = std::getenv("SWITCHYARD_BENCH_REDIS_URL");
  if (!url || !*url) {
    state.SkipWithError("set SWITCHYARD_BENCH_REDIS_URL (see the file's comment)");
    return;
  }
  limits::RedisLimitOptions lo;
  lo.redis.url = url;
  lo.prefix = "switchyard-bench:";
  auto l = limits::RedisLimitStore::open(lo);
  limits::RedisBudgetOptions bo;
  bo.redis = lo.redis;
  bo.prefix = lo.prefix;
  auto b = limits::RedisBudgetStore::open(std::move(bo));
  if (!l || !b) {
    state.SkipWithError((!l ? l.error() : b.error()).message.c_str());
    return;
  }
  std::unique_ptr<limits::Admission> admission;
  if (one_script)
    admission = std::make_unique<limits::RedisAdmission>(**l, **b);
  else
    admission = std::make_unique<limits::SeparateAdmission>(**l, **b);
  limits::Ask ask;
  ask.limits = kLimits;
  ask.tokens = 300;
  ask.budgets = {1e9, 1e9};
  ask.usd = 0.001;
  ask.now_ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                   std::chrono::system_clock::now().time_since_epoch())
                   .count();
  admission->settle("bench-key", ask, admission->admit("bench-key", ask).held, 300, 0.001);
  const auto trips0 = (*l)->round_trips() + (*b)->round_trips();
  for (auto _ : state) {
    const limits::Verdict v = admission->admit("bench-key", ask);
    benchmark::DoNotOptimize(v);
    admission->settle("bench-key", ask, v.held, 120, 0.0005);
  }
  const auto trips = (*l)->round_trips() + (*b)->round_trips() - trips0;
  char label[64];
  std::snprintf(label, sizeof label, "%.2f round trips/request",
                static_cast<double>(trips) / static_cast<double>(state.iterations()));
  state.SetLabel(label);
}

void BM_RedisAdmissionSeparateCalls(benchmark::State& state) {
  run_admission(state, false);
}
BENCHMARK(BM_RedisAdmissionSeparateCalls)->UseRealTime();

void BM_RedisAdmissionOneScript(benchmark::State& state) {
  run_admission(state, true);
}
BENCHMARK(BM_RedisAdmissionOneScript)->UseRealTime();

}  // namespace
