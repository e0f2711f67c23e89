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
#include <span>
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

// A counter of a quantity that is not a whole number (US dollars).
class FloatCounter {
 public:
  void add(double x) {
    if (x > 0) v_.fetch_add(x, std::memory_order_relaxed);
  }
  double value() const { return v_.load(std::memory_order_relaxed); }

 private:
  std::atomic<double> v_{0};
};

// Latency histogram in seconds with fixed buckets; exported as a Prometheus
// histogram (_bucket, _sum, _count).
class Histogram {
 public:
  explicit Histogram(std::vector<double> upper_bounds_seconds);
  void observe(std::chrono::nanoseconds d);
  // Adds observations tallied elsewhere against the same bounds (one count
  // per bucket, the last one past the largest bound), e.g. a stream's chunk
  // gaps counted on the request and merged once at its end.
  void merge(std::span<const std::uint32_t> buckets, std::chrono::nanoseconds sum);
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
  FloatCounter& float_counter(std::string_view name, std::string_view help,
                              std::string_view labels = {});
  Histogram& histogram(std::string_view name, std::string_view help, std::vector<double> bounds,
                       std::string_view labels = {});
  // A gauge whose value is read at scrape time from state kept elsewhere (an
  // endpoint's health, its requests in flight); `read` must stay callable for
  // the registry's lifetime (capture shared ownership of what it reads) and
  // be safe to call from any thread. Registering a series again (same name
  // and labels, e.g. at a configuration reload) replaces its reader.
  void gauge(std::string_view name, std::string_view help, std::string_view labels,
             std::function<double()> read);
  // The same for a counter kept elsewhere (the local engine's decoded
  // tokens): exposed with TYPE counter. A new reader must go on from where
  // the old one was, or the series restarts as a counter reset.
  void counter_reader(std::string_view name, std::string_view help, std::string_view labels,
                      std::function<double()> read);
  std::string render() const;  // Prometheus text exposition format 0.0.4

 private:
  enum class Kind { counter, float_counter, histogram, gauge, counter_reader };
  struct Series {
    Kind kind;
    std::string name, help, labels;
    std::unique_ptr<Counter> counter;
    std::unique_ptr<FloatCounter> float_counter;
    std::unique_ptr<Histogram> histogram;
    std::function<double()> read;
  };
  // The series of `name` and `labels`, made with `kind` when new; under mu_.
  Series& find_or_add(Kind kind, std::string_view name, std::string_view help,
                      std::string_view labels, bool& added);
  void add_reader(Kind kind, std::string_view name, std::string_view help, std::string_view labels,
                  std::function<double()> read);
  mutable std::mutex mu_;
  std::vector<std::unique_ptr<Series>> series_;
};

// Escapes a label value for the exposition format.
std::string label_value(std::string_view v);

}  // namespace switchyard::observe
