#include "switchyard/admin/dashboard_summary.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <array>
#include <map>

#include "switchyard/admin/query_params.hpp"
#include "switchyard/ledger/audit_report.hpp"
#include "switchyard/ledger/cost_report.hpp"

namespace switchyard::admin {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

constexpr int kMaxBuckets = 720;

void str(Writer& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

// Durations in microseconds; percentiles by nearest rank (the smallest
// value with at least p% of the values at or below it).
struct Durations {
  std::vector<std::int64_t> us;
  void write(Writer& w) {
    std::sort(us.begin(), us.end());
    // The ceil(p * n / 100)-th smallest, in integers (no rounding error).
    auto rank = [&](std::int64_t p) -> double {
      if (us.empty()) return 0;
      const auto n = static_cast<std::int64_t>(us.size());
      const std::int64_t i = std::clamp<std::int64_t>((p * n + 99) / 100, 1, n);
      return static_cast<double>(us[static_cast<std::size_t>(i - 1)]) / 1000.0;
    };
    w.StartObject();
    w.Key("count");
    w.Int64(static_cast<std::int64_t>(us.size()));
    const std::pair<const char*, std::int64_t> marks[] = {
        {"p50_ms", 50}, {"p90_ms", 90}, {"p99_ms", 99}};
    for (const auto& [name, p] : marks) {
      w.Key(name);
      w.Double(rank(p));
    }
    w.Key("max_ms");
    w.Double(us.empty() ? 0.0 : static_cast<double>(us.back()) / 1000.0);
    w.EndObject();
  }
};

struct ClassRow {
  std::int64_t requests = 0, local = 0, cloud = 0, refused = 0, failed = 0, redacted = 0;
};

struct Bucket {
  std::int64_t local = 0, cloud = 0, not_served = 0;
  double cost_usd = 0, counterfactual_usd = 0;
};

// A ranking row: a cost report row (the same sums as /admin/report).
void write_rows(Writer& w, std::map<std::string, ledger::CostRow>& rows) {
  std::vector<ledger::CostRow*> sorted;
  for (auto& [name, row] : rows) {
    row.group = name;
    sorted.push_back(&row);
  }
  std::stable_sort(sorted.begin(), sorted.end(), [](const auto* a, const auto* b) {
    return a->requests != b->requests ? a->requests > b->requests : a->cost_usd > b->cost_usd;
  });
  w.StartArray();
  for (const ledger::CostRow* row : sorted) {
    w.StartObject();
    w.Key("name");
    str(w, row->group);
    w.Key("requests");
    w.Int64(row->requests);
    w.Key("served");
    w.Int64(row->served);
    w.Key("cost_usd");
    w.Double(row->cost_usd);
    w.Key("savings_usd");
    w.Double(row->savings_usd());
    w.EndObject();
  }
  w.EndArray();
}

std::string class_of(const ledger::RequestRecord& r) {
  return r.data_class.empty() ? "unclassified" : r.data_class;
}

// The usual classes in their order, then any other.
int class_rank(const std::string& c) {
  static constexpr std::array<std::string_view, 5> order = {"public", "internal", "confidential",
                                                            "restricted", "unclassified"};
  const auto it = std::find(order.begin(), order.end(), c);
  return static_cast<int>(it - order.begin());
}

class Summary {
 public:
  Summary(const DashboardQuery& q, std::int64_t now_ms)
      : start_ms_(now_ms - q.since_ms),
        end_ms_(now_ms),
        bucket_ms_(std::max<std::int64_t>(1, (q.since_ms + q.buckets - 1) / q.buckets)),
        buckets_(static_cast<std::size_t>(q.buckets)) {}

  void add(const ledger::RequestRecord& r) {
    total_.add(r);
    const Outcome outcome = outcome_of(r);
    const bool local = r.side == "local";
    ClassRow& c = classes_[class_of(r)];
    ++c.requests;
    c.redacted += r.redacted ? 1 : 0;
    auto b = static_cast<std::size_t>(std::clamp<std::int64_t>(
        (r.time_ms - start_ms_) / bucket_ms_, 0, static_cast<std::int64_t>(buckets_.size()) - 1));
    Bucket& bucket = buckets_[b];
    bucket.cost_usd += r.cost_usd + r.cascade_first_cost_usd;
    bucket.counterfactual_usd += r.counterfactual_usd;
    switch (outcome) {
      case Outcome::served:
        (local ? c.local : c.cloud) += 1;
        (local ? bucket.local : bucket.cloud) += 1;
        (local ? local_ : cloud_) += 1;
        (local ? local_us_ : cloud_us_).us.push_back(r.duration_us);
        all_us_.us.push_back(r.duration_us);
        gateway_us_.us.push_back(r.gateway_us);
        break;
      case Outcome::refused:
        ++c.refused;
        ++bucket.not_served;
        ++refused_;
        ++refusals_[{r.status, class_of(r), r.route_rule.empty() ? "none" : r.route_rule}];
        break;
      case Outcome::failed:
        ++c.failed;
        ++bucket.not_served;
        ++failed_;
        break;
    }
    for (const auto& [entity, n] : r.entities) entities_[entity] += n;
    rules_[r.route_rule.empty() ? "(none)" : r.route_rule].add(r);
    teams_[r.team.empty() ? "(none)" : r.team].add(r);
    if (!r.deployment.empty()) models_[r.deployment].add(r);
    if (!r.cascade.empty()) {
      ++cascades_;
      if (r.cascade.starts_with("escalated")) ++escalated_;
    }
  }

  std::string json(const std::vector<EngineLoad>& engines) {
    rapidjson::StringBuffer sb;
    Writer w(sb);
    w.StartObject();
    w.Key("object");
    w.String("dashboard");
    w.Key("since_ms");
    w.Int64(start_ms_);
    w.Key("until_ms");
    w.Int64(end_ms_);
    w.Key("bucket_ms");
    w.Int64(bucket_ms_);
    write_totals(w);
    write_series(w);
    w.Key("latency");
    w.StartObject();
    w.Key("all");
    all_us_.write(w);
    w.Key("local");
    local_us_.write(w);
    w.Key("cloud");
    cloud_us_.write(w);
    w.Key("gateway");
    gateway_us_.write(w);
    w.EndObject();
    write_privacy(w);
    w.Key("top");
    w.StartObject();
    w.Key("rules");
    write_rows(w, rules_);
    w.Key("teams");
    write_rows(w, teams_);
    w.Key("models");
    write_rows(w, models_);
    w.EndObject();
    w.Key("cascade");
    w.StartObject();
    w.Key("runs");
    w.Int64(cascades_);
    w.Key("escalated");
    w.Int64(escalated_);
    w.Key("escalation_rate");
    w.Double(cascades_ ? static_cast<double>(escalated_) / static_cast<double>(cascades_) : 0.0);
    w.EndObject();
    write_engines(w, engines);
    w.EndObject();
    return std::string(sb.GetString(), sb.GetSize());
  }

 private:
  void write_totals(Writer& w) {
    w.Key("totals");
    w.StartObject();
    const std::pair<const char*, std::int64_t> counts[] = {
        {"requests", total_.requests},
        {"served", total_.served},
        {"local", local_},
        {"cloud", cloud_},
        {"refused", refused_},
        {"failed", failed_},
        {"prompt_tokens", total_.prompt_tokens},
        {"completion_tokens", total_.completion_tokens}};
    for (const auto& [name, v] : counts) {
      w.Key(name);
      w.Int64(v);
    }
    w.Key("local_share");
    w.Double(local_ + cloud_ ? static_cast<double>(local_) / static_cast<double>(local_ + cloud_)
                             : 0.0);
    w.Key("cost_usd");
    w.Double(total_.cost_usd);
    w.Key("counterfactual_usd");
    w.Double(total_.counterfactual_usd);
    w.Key("savings_usd");
    w.Double(total_.savings_usd());
    w.EndObject();
  }

  void write_series(Writer& w) {
    w.Key("series");
    w.StartObject();
    w.Key("t_ms");
    w.StartArray();
    for (std::size_t i = 0; i < buckets_.size(); ++i)
      w.Int64(start_ms_ + static_cast<std::int64_t>(i) * bucket_ms_);
    w.EndArray();
    auto ints = [&](const char* name, std::int64_t Bucket::*m) {
      w.Key(name);
      w.StartArray();
      for (const Bucket& b : buckets_) w.Int64(b.*m);
      w.EndArray();
    };
    auto reals = [&](const char* name, double Bucket::*m) {
      w.Key(name);
      w.StartArray();
      for (const Bucket& b : buckets_) w.Double(b.*m);
      w.EndArray();
    };
    ints("local", &Bucket::local);
    ints("cloud", &Bucket::cloud);
    ints("not_served", &Bucket::not_served);
    reals("cost_usd", &Bucket::cost_usd);
    reals("counterfactual_usd", &Bucket::counterfactual_usd);
    w.EndObject();
  }

  void write_privacy(Writer& w) {
    std::vector<std::pair<std::string, ClassRow>> classes(classes_.begin(), classes_.end());
    std::stable_sort(classes.begin(), classes.end(), [](const auto& a, const auto& b) {
      return class_rank(a.first) < class_rank(b.first);
    });
    w.Key("privacy");
    w.StartObject();
    w.Key("classes");
    w.StartArray();
    for (const auto& [name, c] : classes) {
      w.StartObject();
      w.Key("data_class");
      str(w, name);
      const std::pair<const char*, std::int64_t> counts[] = {
          {"requests", c.requests}, {"local", c.local},   {"cloud", c.cloud},
          {"refused", c.refused},   {"failed", c.failed}, {"redacted", c.redacted}};
      for (const auto& [key, v] : counts) {
        w.Key(key);
        w.Int64(v);
      }
      w.EndObject();
    }
    w.EndArray();
    w.Key("refusals");
    w.StartArray();
    for (const auto& [key, n] : refusals_) {
      const auto& [status, data_class, rule] = key;
      w.StartObject();
      w.Key("status");
      w.Int(status);
      w.Key("data_class");
      str(w, data_class);
      w.Key("rule");
      str(w, rule);
      w.Key("requests");
      w.Int64(n);
      w.EndObject();
    }
    w.EndArray();
    w.Key("entities");
    w.StartArray();
    for (const auto& [entity, n] : entities_) {
      w.StartObject();
      w.Key("entity");
      str(w, entity);
      w.Key("findings");
      w.Int64(n);
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }

  static void write_engines(Writer& w, const std::vector<EngineLoad>& engines) {
    w.Key("engines");
    w.StartArray();
    for (const EngineLoad& e : engines) {
      w.StartObject();
      w.Key("provider");
      str(w, e.provider);
      w.Key("queued_requests");
      w.Int(e.queued_requests);
      w.Key("active_sequences");
      w.Int(e.active_sequences);
      w.Key("decoded_tokens");
      w.Uint64(e.decoded_tokens);
      w.Key("decode_steps");
      w.Uint64(e.decode_steps);
      w.EndObject();
    }
    w.EndArray();
  }

  std::int64_t start_ms_, end_ms_, bucket_ms_;
  std::vector<Bucket> buckets_;
  ledger::CostRow total_;
  std::int64_t local_ = 0, cloud_ = 0, refused_ = 0, failed_ = 0;
  Durations all_us_, local_us_, cloud_us_, gateway_us_;
  std::map<std::string, ClassRow> classes_;
  std::map<std::tuple<int, std::string, std::string>, std::int64_t> refusals_;
  std::map<std::string, std::int64_t> entities_;
  std::map<std::string, ledger::CostRow> rules_, teams_, models_;
  std::int64_t cascades_ = 0, escalated_ = 0;
};

core::Error bad_query(std::string message, std::string param) {
  return core::Error::invalid(std::move(message), std::move(param), "invalid_dashboard_query");
}

}  // namespace

Outcome outcome_of(const ledger::RequestRecord& r) {
  // As ledger::CostRow counts `served`: a deployment answered, status < 400.
  if (r.deployment.empty()) return Outcome::refused;
  return r.status > 0 && r.status < 400 ? Outcome::served : Outcome::failed;
}

const char* to_string(Outcome o) {
  switch (o) {
    case Outcome::served:
      return "served";
    case Outcome::refused:
      return "refused";
    case Outcome::failed:
      return "failed";
  }
  return "served";
}

core::Expected<DashboardQuery> parse_dashboard_query(std::string_view query) {
  DashboardQuery q;
  for (const auto& [name, value] : parse_query(query)) {
    if (name == "since") {
      const auto age = ledger::parse_age(value);
      if (!age || *age <= 0)
        return bad_query("'since' must be a number and a unit d, h, m or s, e.g. 24h.", "since");
      q.since_ms = *age;
    } else if (name == "buckets") {
      int n = 0;
      bool digits = !value.empty() && value.size() <= 4;
      for (char c : value) digits = digits && c >= '0' && c <= '9';
      if (digits) n = std::stoi(value);
      if (!digits || n < 1 || n > kMaxBuckets)
        return bad_query("'buckets' must be a whole number from 1 to 720.", "buckets");
      q.buckets = n;
    } else {
      return bad_query("Unknown parameter '" + name.substr(0, 40) +
                           "'; /admin/dashboard takes since (e.g. 24h) and buckets (1 to 720).",
                       name.substr(0, 40));
    }
  }
  return q;
}

core::Expected<std::string> dashboard_json(ledger::RecordStore& store, const DashboardQuery& q,
                                           std::int64_t now_ms,
                                           const std::vector<EngineLoad>& engines) {
  Summary summary(q, now_ms);
  auto failed = store.scan(now_ms - q.since_ms, [&](const ledger::RequestRecord& r) {
    summary.add(r);
    return true;
  });
  if (failed) return std::move(*failed);
  return summary.json(engines);
}

}  // namespace switchyard::admin
