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

void Histogram::merge(std::span<const std::uint32_t> buckets, std::chrono::nanoseconds sum) {
  std::uint64_t n = 0;
  const std::size_t last = bounds_.size();
  for (std::size_t i = 0; i < buckets.size(); ++i) {
    if (buckets[i] == 0) continue;
    buckets_[std::min(i, last)].fetch_add(buckets[i], std::memory_order_relaxed);
    n += buckets[i];
  }
  if (n == 0) return;
  count_.fetch_add(n, std::memory_order_relaxed);
  sum_ns_.fetch_add(static_cast<std::uint64_t>(std::max<std::int64_t>(0, sum.count())),
                    std::memory_order_relaxed);
}

Registry::Series& Registry::find_or_add(Kind kind, std::string_view name, std::string_view help,
                                        std::string_view labels, bool& added) {
  for (auto& s : series_)
    if (s->kind == kind && s->name == name && s->labels == labels) {
      added = false;
      return *s;
    }
  auto s = std::make_unique<Series>();
  s->kind = kind;
  s->name = name;
  s->help = help;
  s->labels = labels;
  series_.push_back(std::move(s));
  added = true;
  return *series_.back();
}

Counter& Registry::counter(std::string_view name, std::string_view help, std::string_view labels) {
  std::lock_guard lock(mu_);
  bool added = false;
  Series& s = find_or_add(Kind::counter, name, help, labels, added);
  if (added) s.counter = std::make_unique<Counter>();
  return *s.counter;
}

FloatCounter& Registry::float_counter(std::string_view name, std::string_view help,
                                      std::string_view labels) {
  std::lock_guard lock(mu_);
  bool added = false;
  Series& s = find_or_add(Kind::float_counter, name, help, labels, added);
  if (added) s.float_counter = std::make_unique<FloatCounter>();
  return *s.float_counter;
}

Histogram& Registry::histogram(std::string_view name, std::string_view help,
                               std::vector<double> bounds, std::string_view labels) {
  std::lock_guard lock(mu_);
  bool added = false;
  Series& s = find_or_add(Kind::histogram, name, help, labels, added);
  if (added) s.histogram = std::make_unique<Histogram>(std::move(bounds));
  return *s.histogram;
}

void Registry::add_reader(Kind kind, std::string_view name, std::string_view help,
                          std::string_view labels, std::function<double()> read) {
  std::lock_guard lock(mu_);
  bool added = false;
  // The same series again (a configuration reload): it reads the new state.
  Series& s = find_or_add(kind, name, help, labels, added);
  s.read = std::move(read);
}

void Registry::gauge(std::string_view name, std::string_view help, std::string_view labels,
                     std::function<double()> read) {
  add_reader(Kind::gauge, name, help, labels, std::move(read));
}

void Registry::counter_reader(std::string_view name, std::string_view help, std::string_view labels,
                              std::function<double()> read) {
  add_reader(Kind::counter_reader, name, help, labels, std::move(read));
}

namespace {

const char* type_name(bool counter, bool histogram) {
  return counter ? "counter" : histogram ? "histogram" : "gauge";
}

// The text form of a sample value: integers without a fraction, others in
// the shortest form that reads back the same.
std::string sample(double v) {
  if (v == static_cast<double>(static_cast<std::int64_t>(v)) && v < 9e15 && v > -9e15)
    return fmt::format("{}", static_cast<std::int64_t>(v));
  return fmt::format("{}", v);
}

}  // namespace

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
    const bool counter = s->kind == Kind::counter || s->kind == Kind::float_counter ||
                         s->kind == Kind::counter_reader;
    if (described.insert(s->name).second) {
      out += fmt::format("# HELP {} {}\n# TYPE {} {}\n", s->name, s->help, s->name,
                         type_name(counter, s->kind == Kind::histogram));
    }
    switch (s->kind) {
      case Kind::gauge:
      case Kind::counter_reader:
        out += fmt::format("{}{} {}\n", s->name, with(s->labels, {}), sample(s->read()));
        continue;
      case Kind::counter:
        out += fmt::format("{}{} {}\n", s->name, with(s->labels, {}), s->counter->value());
        continue;
      case Kind::float_counter:
        out += fmt::format("{}{} {}\n", s->name, with(s->labels, {}),
                           sample(s->float_counter->value()));
        continue;
      case Kind::histogram:
        break;
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
