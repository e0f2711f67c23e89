// Prometheus metrics. Series are created up front (or once, on first use) and
// then updated lock-free on the hot path with relaxed atomics; rendering walks
// the registry under a mutex only at scrape time.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace switchyard::observe {

class Counter {
 public:
  void inc(std::uint64_t n = 1) { v_.fetch_add(n, std::memory_order_relaxed); }
  std::uint64_t value() const { return v_.load(std::memory_order_relaxed); }

 private:
  std::atomic<std::uint64_t> v_{0};
};

// Latency histogram in seconds with fixed buckets; exported as a Prometheus
// histogram (_bucket, _sum, _count).
class Histogram {
 public:
  explicit Histogram(std::vector<double> upper_bounds_seconds);
  void observe(std::chrono::nanoseconds d);
  std::uint64_t count() const { return count_.load(std::memory_order_relaxed); }
  double sum_seconds() const { return sum_ns_.load(std::memory_order_relaxed) / 1e9; }
  const std::vector<double>& bounds() const { return bounds_; }
  std::uint64_t bucket(std::size_t i) const { return buckets_[i].load(std::memory_order_relaxed); }

 private:
  std::vector<double> bounds_;
  std::vector<std::int64_t> bounds_ns_;
  std::unique_ptr<std::atomic<std::uint64_t>[]> buckets_;
  std::atomic<std::uint64_t> count_{0};
  std::atomic<std::uint64_t> sum_ns_{0};
};

class Registry {
 public:
  // `labels` is the rendered label set without braces, e.g. `route="chat",code="200"`.
  Counter& counter(std::string_view name, std::string_view help, std::string_view labels = {});
  Histogram& histogram(std::string_view name, std::string_view help, std::vector<double> bounds,
                       std::string_view labels = {});
  // A gauge whose value is read at scrape time from state kept elsewhere (an
  // endpoint's health, its requests in flight); `read` must stay callable for
  // the registry's lifetime and be safe to call from any thread.
  void gauge(std::string_view name, std::string_view help, std::string_view labels,
             std::function<double()> read);
  std::string render() const;  // Prometheus text exposition format 0.0.4

 private:
  struct Series {
    std::string name, help, labels;
    std::unique_ptr<Counter> counter;
    std::unique_ptr<Histogram> histogram;
    std::function<double()> gauge;
  };
  mutable std::mutex mu_;
  std::vector<std::unique_ptr<Series>> series_;
};

// Escapes a label value for the exposition format.
std::string label_value(std::string_view v);

}  // namespace switchyard::observe
