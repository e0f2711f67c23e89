#include "switchyard/routing/difficulty_training.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace switchyard::routing {

namespace {

constexpr std::size_t kDims = kFeatureCount + 1;  // the weights, then the bias

// Solves A x = b for a symmetric positive definite A (Cholesky); A is n x n, row-major.
std::vector<double> solve_spd(std::vector<double> a, std::vector<double> b, std::size_t n) {
  for (std::size_t j = 0; j < n; ++j) {
    double d = a[j * n + j];
    for (std::size_t k = 0; k < j; ++k) d -= a[j * n + k] * a[j * n + k];
    d = std::sqrt(std::max(d, 1e-12));
    a[j * n + j] = d;
    for (std::size_t i = j + 1; i < n; ++i) {
      double s = a[i * n + j];
      for (std::size_t k = 0; k < j; ++k) s -= a[i * n + k] * a[j * n + k];
      a[i * n + j] = s / d;
    }
  }
  for (std::size_t i = 0; i < n; ++i) {  // L y = b
    double s = b[i];
    for (std::size_t k = 0; k < i; ++k) s -= a[i * n + k] * b[k];
    b[i] = s / a[i * n + i];
  }
  for (std::size_t i = n; i-- > 0;) {  // L^T x = y
    double s = b[i];
    for (std::size_t k = i + 1; k < n; ++k) s -= a[k * n + i] * b[k];
    b[i] = s / a[i * n + i];
  }
  return b;
}

// The gain map: logistic regression of `gained` on 1, z, z^2 (Newton's
// method; a light penalty on b and c keeps it finite on separable data).
DifficultyGainMap fit_gain_map(const std::vector<double>& z, const std::vector<double>& gained,
                               const std::vector<double>& weight) {
  constexpr std::size_t kTerms = 3;
  constexpr double kPenalty = 1.0;
  std::vector<double> c(kTerms, 0.0);
  for (int iter = 0; iter < 50; ++iter) {
    std::vector<double> grad(kTerms, 0.0), hess(kTerms * kTerms, 0.0);
    for (std::size_t i = 0; i < z.size(); ++i) {
      const double x[kTerms] = {1.0, z[i], z[i] * z[i]};
      const double s = c[0] + c[1] * x[1] + c[2] * x[2];
      const double p = 1.0 / (1.0 + std::exp(-s));
      const double g = weight[i] * (p - gained[i]);
      const double h = weight[i] * std::max(p * (1 - p), 1e-9);
      for (std::size_t a = 0; a < kTerms; ++a) {
        grad[a] += g * x[a];
        for (std::size_t b = 0; b < kTerms; ++b) hess[a * kTerms + b] += h * x[a] * x[b];
      }
    }
    for (std::size_t k = 1; k < kTerms; ++k) {
      grad[k] += kPenalty * c[k];
      hess[k * kTerms + k] += kPenalty;
    }
    hess[0] += 1e-9;
    const std::vector<double> step = solve_spd(hess, grad, kTerms);
    double largest = 0;
    for (std::size_t k = 0; k < kTerms; ++k) {
      c[k] -= step[k];
      largest = std::max(largest, std::abs(step[k]));
    }
    if (largest < 1e-10) break;
  }
  return {c[0], c[1], c[2]};
}

}  // namespace

bool weak_good_enough(const Outcome& row, const std::string& label) {
  if (label == "weak_correct") return row.weak_ok;
  return row.weak_ok || !row.strong_ok;
}

DifficultyModel train_difficulty_model(const OutcomeSet& data,
                                       const std::vector<std::size_t>& rows_in,
                                       const TrainOptions& options) {
  std::vector<std::size_t> rows = rows_in;
  if (rows.empty()) {
    rows.resize(data.rows.size());
    std::iota(rows.begin(), rows.end(), 0);
  }
  const std::size_t n = rows.size();

  // Row weights: equal per subject (scaled so they sum to n), or all 1.
  std::vector<double> weight(n, 1.0);
  if (options.balance_subjects) {
    std::vector<double> per_subject(data.subjects.size(), 0);
    for (std::size_t r : rows) per_subject[data.rows[r].subject] += 1;
    const double present = static_cast<double>(
        std::count_if(per_subject.begin(), per_subject.end(), [](double c) { return c > 0; }));
    for (std::size_t i = 0; i < n; ++i)
      weight[i] = static_cast<double>(n) / (present * per_subject[data.rows[rows[i]].subject]);
  }

  std::vector<bool> wanted(kFeatureCount, options.features.empty());
  for (const std::string& name : options.features) {
    if (const auto k = feature_index(name)) wanted[*k] = true;
  }

  // Features, their clip ranges and standardisation.
  std::vector<FeatureVector> raw(n);
  for (std::size_t i = 0; i < n; ++i) raw[i] = outcome_features(data.rows[rows[i]]);
  DifficultyModel model;
  model.weak_model = data.weak_model;
  model.strong_model = data.strong_model;
  model.label = options.label;
  model.terms.resize(kFeatureCount);
  const double total_weight = std::accumulate(weight.begin(), weight.end(), 0.0);
  for (std::size_t k = 0; k < kFeatureCount; ++k) {
    DifficultyTerm& t = model.terms[k];
    t.feature = k;
    t.lo = t.hi = raw.empty() ? 0 : raw[0][k];
    double sum = 0;
    for (std::size_t i = 0; i < n; ++i) {
      t.lo = std::min(t.lo, raw[i][k]);
      t.hi = std::max(t.hi, raw[i][k]);
      sum += weight[i] * raw[i][k];
    }
    t.mean = sum / total_weight;
    double var = 0;
    for (std::size_t i = 0; i < n; ++i)
      var += weight[i] * (raw[i][k] - t.mean) * (raw[i][k] - t.mean);
    var /= total_weight;
    t.scale = var > 1e-12 ? std::sqrt(var) : 1.0;  // a constant feature keeps weight 0
  }
  std::vector<std::array<double, kDims>> x(n);
  std::vector<double> y(n);
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t k = 0; k < kFeatureCount; ++k) {
      const DifficultyTerm& t = model.terms[k];
      x[i][k] = wanted[k] ? (std::clamp(raw[i][k], t.lo, t.hi) - t.mean) / t.scale : 0.0;
    }
    x[i][kFeatureCount] = 1.0;
    y[i] = weak_good_enough(data.rows[rows[i]], options.label) ? 1.0 : 0.0;
  }

  // Newton's method on the penalised log loss (the bias is not penalised).
  std::vector<double> w(kDims, 0.0);
  const double lambda = options.l2;
  for (int iter = 0; iter < options.max_iterations; ++iter) {
    std::vector<double> grad(kDims, 0.0), hess(kDims * kDims, 0.0);
    for (std::size_t i = 0; i < n; ++i) {
      double z = 0;
      for (std::size_t k = 0; k < kDims; ++k) z += w[k] * x[i][k];
      const double p = 1.0 / (1.0 + std::exp(-z));
      const double g = weight[i] * (p - y[i]);
      const double h = weight[i] * std::max(p * (1 - p), 1e-9);
      for (std::size_t a = 0; a < kDims; ++a) {
        grad[a] += g * x[i][a];
        const double hx = h * x[i][a];
        for (std::size_t b = 0; b <= a; ++b) hess[a * kDims + b] += hx * x[i][b];
      }
    }
    for (std::size_t a = 0; a < kDims; ++a)
      for (std::size_t b = 0; b < a; ++b) hess[b * kDims + a] = hess[a * kDims + b];
    for (std::size_t k = 0; k < kFeatureCount; ++k) {
      grad[k] += lambda * w[k];
      hess[k * kDims + k] += lambda;
    }
    hess[kFeatureCount * kDims + kFeatureCount] += 1e-9;
    const std::vector<double> step = solve_spd(hess, grad, kDims);
    double largest = 0;
    for (std::size_t k = 0; k < kDims; ++k) {
      w[k] -= step[k];
      largest = std::max(largest, std::abs(step[k]));
    }
    if (largest < 1e-9) break;
  }
  for (std::size_t k = 0; k < kFeatureCount; ++k) model.terms[k].weight = w[k];
  model.bias = w[kFeatureCount];

  if (options.gain_map && options.label == "weak_correct") {
    std::vector<double> fail(n), gained(n);
    bool strong_wrong = false, some_gain = false, some_not = false;
    for (std::size_t i = 0; i < n; ++i) {
      double z = 0;
      for (std::size_t k = 0; k < kDims; ++k) z += w[k] * x[i][k];
      fail[i] = -z;
      const Outcome& r = data.rows[rows[i]];
      gained[i] = r.strong_ok && !r.weak_ok ? 1.0 : 0.0;
      strong_wrong = strong_wrong || !r.strong_ok;
      (gained[i] > 0 ? some_gain : some_not) = true;
    }
    if (strong_wrong && some_gain && some_not) model.gain = fit_gain_map(fail, gained, weight);
  }
  // A feature that never varied in training carries nothing; leave it out,
  // with those not asked for.
  std::erase_if(model.terms,
                [&](const DifficultyTerm& t) { return t.lo == t.hi || !wanted[t.feature]; });
  return model;
}

}  // namespace switchyard::routing
