#include "switchyard/routing/latency_window.hpp"

#include <algorithm>
#include <bit>

namespace switchyard::routing {

LatencyWindow::LatencyWindow(std::chrono::milliseconds window)
    : window_(window),
      slice_ns_(std::max<std::int64_t>(
          1, std::chrono::duration_cast<std::chrono::nanoseconds>(window).count() / kSlices)) {}

int LatencyWindow::bin_of(std::int64_t ms) {
  if (ms < 8) return static_cast<int>(std::max<std::int64_t>(ms, 0));
  const int e = std::bit_width(static_cast<std::uint64_t>(ms)) - 1;  // ms in [2^e, 2^(e+1))
  const int sub = static_cast<int>((ms >> (e - 2)) & 3);
  return std::min(8 + (e - 3) * 4 + sub, kBins - 1);
}

std::int64_t LatencyWindow::lower_edge(int bin) {
  if (bin < 8) return bin;
  const int e = 3 + (bin - 8) / 4;
  const int sub = (bin - 8) % 4;
  return (std::int64_t{1} << e) + sub * (std::int64_t{1} << (e - 2));
}

std::int64_t LatencyWindow::period_of(core::Clock::time_point now) const {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(now.time_since_epoch()).count() /
         slice_ns_;
}

void LatencyWindow::record(std::chrono::nanoseconds latency, core::Clock::time_point now) {
  const std::int64_t period = period_of(now);
  Slice& s = slices_[static_cast<std::size_t>(period % kSlices)];
  std::int64_t seen = s.period.load(std::memory_order_acquire);
  if (seen != period) {
    if (seen > period || seen == kClearing) return;  // a late sample, or another is clearing
    if (!s.period.compare_exchange_strong(seen, kClearing, std::memory_order_acq_rel)) return;
    for (auto& b : s.bins) b.store(0, std::memory_order_relaxed);
    s.period.store(period, std::memory_order_release);
  }
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(latency).count();
  s.bins[static_cast<std::size_t>(bin_of(ms))].fetch_add(1, std::memory_order_relaxed);
}

namespace {

template <typename Slices, typename F>
void for_each_live(const Slices& slices, std::int64_t now_period, int n, F&& f) {
  for (const auto& s : slices) {
    const std::int64_t p = s.period.load(std::memory_order_acquire);
    if (p < 0 || p > now_period || p <= now_period - n) continue;
    f(s);
  }
}

}  // namespace

std::uint64_t LatencyWindow::samples(core::Clock::time_point now) const {
  std::uint64_t n = 0;
  for_each_live(slices_, period_of(now), kSlices, [&n](const Slice& s) {
    for (const auto& b : s.bins) n += b.load(std::memory_order_relaxed);
  });
  return n;
}

std::chrono::milliseconds LatencyWindow::p95(core::Clock::time_point now) const {
  std::array<std::uint64_t, kBins> sum{};
  std::uint64_t total = 0;
  for_each_live(slices_, period_of(now), kSlices, [&](const Slice& s) {
    for (int i = 0; i < kBins; ++i) {
      const std::uint64_t c = s.bins[static_cast<std::size_t>(i)].load(std::memory_order_relaxed);
      sum[static_cast<std::size_t>(i)] += c;
      total += c;
    }
  });
  if (total < kMinSamples) return std::chrono::milliseconds(0);
  // The smallest bin with at least 95% of the samples at or below it.
  const std::uint64_t rank = (total * 95 + 99) / 100;
  std::uint64_t seen = 0;
  for (int i = 0; i < kBins; ++i) {
    seen += sum[static_cast<std::size_t>(i)];
    if (seen >= rank) return std::chrono::milliseconds(lower_edge(i));
  }
  return std::chrono::milliseconds(lower_edge(kBins - 1));
}

}  // namespace switchyard::routing
