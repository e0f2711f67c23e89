#include "switchyard/routing/difficulty_evaluation.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace switchyard::routing {

namespace {

// Row indices sorted hardest first.
std::vector<std::size_t> hardest_first(std::span<const double> difficulty) {
  std::vector<std::size_t> order(difficulty.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return difficulty[a] > difficulty[b]; });
  return order;
}

// The smallest share where PGR reaches `target` on a piecewise linear curve.
std::optional<double> share_reaching(const std::vector<RoutingPoint>& curve, double weak,
                                     double gap, double target) {
  if (!(gap > 0)) return std::nullopt;
  const double goal = weak + target * gap;
  for (std::size_t i = 0; i < curve.size(); ++i) {
    if (curve[i].accuracy >= goal - 1e-12) {
      if (i == 0) return curve[0].strong_share;
      const RoutingPoint& a = curve[i - 1];
      const RoutingPoint& b = curve[i];
      const double t = (goal - a.accuracy) / (b.accuracy - a.accuracy);
      return a.strong_share + t * (b.strong_share - a.strong_share);
    }
  }
  return std::nullopt;
}

}  // namespace

double RouterEvaluation::accuracy_at(double share) const {
  if (curve.empty()) return 0;
  if (share <= curve.front().strong_share) return curve.front().accuracy;
  for (std::size_t i = 1; i < curve.size(); ++i) {
    if (share <= curve[i].strong_share) {
      const RoutingPoint& a = curve[i - 1];
      const RoutingPoint& b = curve[i];
      const double t = (share - a.strong_share) / (b.strong_share - a.strong_share);
      return a.accuracy + t * (b.accuracy - a.accuracy);
    }
  }
  return curve.back().accuracy;
}

RouterEvaluation evaluate_router(std::span<const double> difficulty,
                                 std::span<const Outcome> rows) {
  RouterEvaluation e;
  const std::size_t n = rows.size();
  e.prompts = n;
  if (n == 0 || difficulty.size() != n) {
    e.apgr = std::numeric_limits<double>::quiet_NaN();
    return e;
  }
  std::size_t weak_good = 0, strong_good = 0;
  for (const Outcome& r : rows) {
    weak_good += r.weak_ok;
    strong_good += r.strong_ok;
  }
  const double total = static_cast<double>(n);
  e.weak_accuracy = static_cast<double>(weak_good) / total;
  e.strong_accuracy = static_cast<double>(strong_good) / total;

  // Walk the groups of equal difficulty, hardest first: each moves its
  // prompts from the weak model to the strong one.
  const auto order = hardest_first(difficulty);
  double correct = static_cast<double>(weak_good);
  e.curve.push_back({0.0, e.weak_accuracy});
  std::size_t i = 0;
  while (i < n) {
    std::size_t j = i;
    while (j < n && difficulty[order[j]] == difficulty[order[i]]) {
      const Outcome& r = rows[order[j]];
      correct += static_cast<double>(r.strong_ok) - static_cast<double>(r.weak_ok);
      ++j;
    }
    e.curve.push_back({static_cast<double>(j) / total, correct / total});
    i = j;
  }

  const double gap = e.strong_accuracy - e.weak_accuracy;
  if (gap > 0 || gap < 0) {
    double area = 0;  // trapezoids: exact for the piecewise linear curve
    for (std::size_t k = 1; k < e.curve.size(); ++k) {
      const RoutingPoint& a = e.curve[k - 1];
      const RoutingPoint& b = e.curve[k];
      area += (b.strong_share - a.strong_share) * 0.5 *
              ((a.accuracy - e.weak_accuracy) + (b.accuracy - e.weak_accuracy));
    }
    e.apgr = area / gap;
  } else {
    e.apgr = std::numeric_limits<double>::quiet_NaN();
  }
  e.share_for_half_gap = share_reaching(e.curve, e.weak_accuracy, gap, 0.5);
  e.share_for_80_gap = share_reaching(e.curve, e.weak_accuracy, gap, 0.8);
  return e;
}

Calibration calibrate_threshold(std::span<const double> difficulty, std::span<const Outcome> rows,
                                double strong_share) {
  Calibration c;
  const std::size_t n = difficulty.size();
  if (n == 0) return c;
  std::vector<double> sorted(difficulty.begin(), difficulty.end());
  std::sort(sorted.begin(), sorted.end(), std::greater<>());
  const double wanted = std::clamp(strong_share, 0.0, 1.0) * static_cast<double>(n);
  const std::size_t k = static_cast<std::size_t>(std::llround(wanted));
  // Prompts over the threshold go strong: the first k of `sorted`. Between
  // two distinct values the midpoint; inside a tie the nearer group edge.
  if (k == 0) {
    c.threshold = sorted.front();
  } else if (k >= n) {
    c.threshold = std::nextafter(sorted.back(), -1.0);
    if (c.threshold < 0) c.threshold = 0;
  } else if (sorted[k - 1] > sorted[k]) {
    c.threshold = 0.5 * (sorted[k - 1] + sorted[k]);
  } else {
    // A tie straddles k: take the edge of the tied group nearer to k.
    const double v = sorted[k];
    const std::size_t first = static_cast<std::size_t>(
        std::lower_bound(sorted.begin(), sorted.end(), v, std::greater<>()) - sorted.begin());
    const std::size_t last = static_cast<std::size_t>(
        std::upper_bound(sorted.begin(), sorted.end(), v, std::greater<>()) - sorted.begin());
    if (k - first <= last - k) {
      c.threshold = v;  // the group stays weak
    } else {
      c.threshold = last < n ? 0.5 * (v + sorted[last]) : std::nextafter(v, -1.0);
    }
  }
  std::size_t strong = 0, correct = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const bool to_strong = difficulty[i] > c.threshold;
    strong += to_strong;
    if (i < rows.size()) correct += to_strong ? rows[i].strong_ok : rows[i].weak_ok;
  }
  c.strong_share = static_cast<double>(strong) / static_cast<double>(n);
  c.accuracy = static_cast<double>(correct) / static_cast<double>(n);
  return c;
}

}  // namespace switchyard::routing
