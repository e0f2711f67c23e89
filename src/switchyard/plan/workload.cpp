#include "switchyard/plan/workload.hpp"

#include <algorithm>
#include <cmath>

#include "switchyard/core/usage.hpp"
#include "switchyard/plan/hardware.hpp"
#include "switchyard/plan/recorded_facts.hpp"

namespace switchyard::plan {
namespace {

constexpr double kDayMs = 86'400'000.0;

// Nearest rank: the smallest value with at least p of them at or below it.
Percentiles percentiles(std::vector<std::int64_t>& us) {
  Percentiles p;
  p.count = static_cast<std::int64_t>(us.size());
  if (us.empty()) return p;
  std::sort(us.begin(), us.end());
  auto rank = [&](double q) {
    const auto n = static_cast<double>(us.size());
    const auto i = static_cast<std::size_t>(std::max(1.0, std::ceil(q * n))) - 1;
    return static_cast<double>(us[std::min(i, us.size() - 1)]) / 1000.0;
  };
  p.p50_ms = rank(0.50);
  p.p95_ms = rank(0.95);
  return p;
}

struct Durations {
  std::vector<std::int64_t> all, local, cloud;
};

class Accumulator {
 public:
  explicit Accumulator(const TrafficOptions& o) : options_(o) {
    for (std::size_t i = 0; i < privacy::kDataClassCount; ++i) {
      const privacy::ClassRule& rule = o.policy.rules[i];
      if (!rule.cloud) local_only_.push_back(o.policy.names[i]);
      if (rule.cloud && rule.redact_for_cloud) redacted_.push_back(o.policy.names[i]);
    }
  }

  void add(const ledger::RequestRecord& r) {
    ++records_;
    if (first_ms_ == 0 || r.time_ms < first_ms_) first_ms_ = r.time_ms;
    last_ms_ = std::max(last_ms_, r.time_ms);
    WorkloadKey key{r.task, r.route_rule, r.team};
    auto [it, inserted] = groups_.try_emplace(key);
    if (inserted) it->second.first.key = key;
    add_to(it->second.first, it->second.second, r);
  }

  Traffic finish() {
    Traffic t;
    t.since_ms = options_.since_ms;
    t.now_ms = options_.now_ms;
    t.first_ms = first_ms_;
    t.last_ms = last_ms_;
    t.records = records_;
    t.reference_given = options_.reference.has_value();
    const std::int64_t start = first_ms_ > options_.since_ms ? first_ms_ : options_.since_ms;
    t.window_days = std::max(1.0, static_cast<double>(options_.now_ms - start) / kDayMs);
    t.monthly_factor = kDaysPerMonth / t.window_days;
    for (auto& [key, entry] : groups_) {
      Workload& w = entry.first;
      w.latency = percentiles(entry.second.all);
      w.latency_local = percentiles(entry.second.local);
      w.latency_cloud = percentiles(entry.second.cloud);
      t.workloads.push_back(std::move(w));
    }
    // The total: every record again, through the same sums.
    t.total = total_;
    t.total.latency = percentiles(total_durations_.all);
    t.total.latency_local = percentiles(total_durations_.local);
    t.total.latency_cloud = percentiles(total_durations_.cloud);
    std::stable_sort(t.workloads.begin(), t.workloads.end(),
                     [](const Workload& a, const Workload& b) { return a.cost_usd > b.cost_usd; });
    return t;
  }

 private:
  void add_to(Workload& w, Durations& d, const ledger::RequestRecord& r) {
    add_one(w, d, r);
    add_one(total_, total_durations_, r);
  }

  void add_one(Workload& w, Durations& d, const ledger::RequestRecord& r) {
    ++w.requests;
    const bool served = r.status > 0 && r.status < 400 && !r.side.empty();
    if (served) {
      ++w.served;
      d.all.push_back(r.duration_us);
      if (r.side == "local") {
        ++w.served_local;
        d.local.push_back(r.duration_us);
      } else if (r.side == "cloud") {
        ++w.served_cloud;
        d.cloud.push_back(r.duration_us);
      }
    }
    w.prompt_tokens += r.prompt_tokens;
    w.completion_tokens += r.completion_tokens;
    w.cache_read_tokens += r.cache_read_tokens;
    w.cache_write_tokens += r.cache_write_tokens;
    w.reasoning_tokens += r.reasoning_tokens;
    ++w.classes[r.data_class.empty() ? "(none)" : r.data_class];
    if (std::find(local_only_.begin(), local_only_.end(), r.data_class) != local_only_.end()) {
      ++w.local_only;
      auto& names = w.local_only_classes;
      if (std::find(names.begin(), names.end(), r.data_class) == names.end())
        names.push_back(r.data_class);
    }
    if (std::find(redacted_.begin(), redacted_.end(), r.data_class) != redacted_.end())
      ++w.redact_for_cloud;
    w.cost_usd += r.cost_usd + r.cascade_first_cost_usd;
    if (options_.reference) {
      core::Usage u;
      u.input_tokens = r.prompt_tokens;
      u.output_tokens = r.completion_tokens;
      u.cache_read_tokens = r.cache_read_tokens;
      u.cache_write_tokens = r.cache_write_tokens;
      u.reasoning_tokens = r.reasoning_tokens;
      w.cloud_usd += options_.reference->usd(u);
    } else {
      w.cloud_usd += r.counterfactual_usd;
    }
    if (!r.cascade.empty()) {
      ++w.cascades;
      if (r.cascade.starts_with("escalated")) ++w.escalated;
    }
    if (!r.route_facts.empty()) {
      const RecordedFacts f = decode_route_facts(r.route_facts);
      ++w.facts_known;
      if (f.attachments.value_or(false)) ++w.attachments;
      if (f.tools.value_or(false)) ++w.tools;
    }
  }

  const TrafficOptions& options_;
  std::vector<std::string> local_only_, redacted_;
  std::map<WorkloadKey, std::pair<Workload, Durations>> groups_;
  Workload total_;
  Durations total_durations_;
  std::int64_t first_ms_ = 0, last_ms_ = 0, records_ = 0;
};

std::string part(const std::string& v) {
  return v.empty() ? "(none)" : v;
}

}  // namespace

std::string WorkloadKey::label() const {
  return "task=" + part(task) + " rule=" + part(rule) + " team=" + part(team);
}

core::Expected<Traffic> analyse_traffic(ledger::RecordStore& store, const TrafficOptions& options) {
  Accumulator acc(options);
  if (auto err = store.scan(options.since_ms, [&](const ledger::RequestRecord& r) {
        if (r.time_ms <= options.now_ms) acc.add(r);
        return true;
      }))
    return std::move(*err);
  return acc.finish();
}

Traffic analyse_records(const std::vector<ledger::RequestRecord>& records,
                        const TrafficOptions& options) {
  Accumulator acc(options);
  for (const auto& r : records)
    if (r.time_ms >= options.since_ms && r.time_ms <= options.now_ms) acc.add(r);
  return acc.finish();
}

}  // namespace switchyard::plan
