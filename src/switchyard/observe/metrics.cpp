#include "switchyard/observe/metrics.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

namespace switchyard::observe {

Histogram::Histogram(std::vector<double> upper_bounds_seconds)
    : bounds_(std::move(upper_bounds_seconds)),
      buckets_(new std::atomic<std::uint64_t>[bounds_.size() + 1]) {
  std::sort(bounds_.begin(), bounds_.end());
  for (double b : bounds_) bounds_ns_.push_back(static_cast<std::int64_t>(b * 1e9));
  for (std::size_t i = 0; i <= bounds_.size(); ++i) buckets_[i].store(0);
}

void Histogram::observe(std::chrono::nanoseconds d) {
  const std::int64_t ns = std::max<std::int64_t>(0, d.count());
  std::size_t i = std::lower_bound(bounds_ns_.begin(), bounds_ns_.end(), ns) - bounds_ns_.begin();
  buckets_[i].fetch_add(1, std::memory_order_relaxed);
  count_.fetch_add(1, std::memory_order_relaxed);
  sum_ns_.fetch_add(static_cast<std::uint64_t>(ns), std::memory_order_relaxed);
}

Counter& Registry::counter(std::string_view name, std::string_view help, std::string_view labels) {
  std::lock_guard lock(mu_);
  for (auto& s : series_)
    if (s->counter && s->name == name && s->labels == labels) return *s->counter;
  auto s = std::make_unique<Series>();
  s->name = name;
  s->help = help;
  s->labels = labels;
  s->counter = std::make_unique<Counter>();
  series_.push_back(std::move(s));
  return *series_.back()->counter;
}

Histogram& Registry::histogram(std::string_view name, std::string_view help,
                               std::vector<double> bounds, std::string_view labels) {
  std::lock_guard lock(mu_);
  for (auto& s : series_)
    if (s->histogram && s->name == name && s->labels == labels) return *s->histogram;
  auto s = std::make_unique<Series>();
  s->name = name;
  s->help = help;
  s->labels = labels;
  s->histogram = std::make_unique<Histogram>(std::move(bounds));
  series_.push_back(std::move(s));
  return *series_.back()->histogram;
}

void Registry::gauge(std::string_view name, std::string_view help, std::string_view labels,
                     std::function<double()> read) {
  std::lock_guard lock(mu_);
  auto s = std::make_unique<Series>();
  s->name = name;
  s->help = help;
  s->labels = labels;
  s->gauge = std::move(read);
  series_.push_back(std::move(s));
}

std::string Registry::render() const {
  std::lock_guard lock(mu_);
  std::string out;
  std::set<std::string> described;
  auto with = [](const std::string& labels, std::string extra) {
    if (labels.empty() && extra.empty()) return std::string();
    if (labels.empty()) return "{" + extra + "}";
    if (extra.empty()) return "{" + labels + "}";
    return "{" + labels + "," + extra + "}";
  };
  // Group series of one name together, as the format requires.
  std::vector<const Series*> sorted;
  for (auto& s : series_) sorted.push_back(s.get());
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const Series* a, const Series* b) { return a->name < b->name; });
  for (const Series* s : sorted) {
    if (described.insert(s->name).second) {
      out += fmt::format("# HELP {} {}\n# TYPE {} {}\n", s->name, s->help, s->name,
                         s->counter ? "counter"
                         : s->gauge ? "gauge"
                                    : "histogram");
    }
    if (s->gauge) {
      out += fmt::format("{}{} {}\n", s->name, with(s->labels, {}), s->gauge());
      continue;
    }
    if (s->counter) {
      out += fmt::format("{}{} {}\n", s->name, with(s->labels, {}), s->counter->value());
      continue;
    }
    const Histogram& h = *s->histogram;
    std::uint64_t cumulative = 0;
    for (std::size_t i = 0; i < h.bounds().size(); ++i) {
      cumulative += h.bucket(i);
      out += fmt::format("{}_bucket{} {}\n", s->name,
                         with(s->labels, fmt::format("le=\"{}\"", h.bounds()[i])), cumulative);
    }
    cumulative += h.bucket(h.bounds().size());
    out += fmt::format("{}_bucket{} {}\n", s->name, with(s->labels, "le=\"+Inf\""), cumulative);
    out += fmt::format("{}_sum{} {:.9f}\n", s->name, with(s->labels, {}), h.sum_seconds());
    out += fmt::format("{}_count{} {}\n", s->name, with(s->labels, {}), h.count());
  }
  return out;
}

std::string label_value(std::string_view v) {
  std::string out;
  out.reserve(v.size());
  for (char c : v) {
    if (c == '\\' || c == '"') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace switchyard::observe
