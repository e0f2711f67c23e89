#include "switchyard/cli/ledger_outcomes.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>
#include <utility>

#include "switchyard/gateway/stores.hpp"

namespace switchyard::cli {
namespace {

// A client's score from here up says the answer was good enough.
constexpr double kGoodScore = 0.5;

// The cascade's verdict on the local (first) answer: true good, false weak,
// nullopt no verdict (cascade_execution.cpp writes these).
std::optional<bool> cascade_verdict(const std::string& cascade) {
  if (cascade.empty() || cascade.starts_with("stream_local")) return std::nullopt;
  if (cascade.starts_with("escalated") || cascade.starts_with("failed")) return false;
  if (cascade.starts_with("kept")) {
    // "kept; weak ...; escalation not permitted ..." and "kept; escalation
    // failed: ...; weak ..." kept a weak answer for want of a better one.
    return cascade.find("weak ") == std::string::npos;
  }
  return std::nullopt;
}

bool is_postgres_url(const std::string& where) {
  return where.starts_with("postgres://") || where.starts_with("postgresql://");
}

struct Labelled {
  routing::FeatureVector features{};
  std::string subject;
  std::optional<bool> weak_ok, strong_ok;
  bool rated = false;
  std::string side;
};

}  // namespace

core::Expected<LedgerOutcomes> read_ledger_outcomes(const std::string& where) {
  config::LedgerConfig cfg;
  if (is_postgres_url(where)) {
    cfg.store = config::LedgerConfig::Store::postgres;
    cfg.url = where;
  } else {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(where, ec))
      return core::Error::invalid("--ledger: no ledger database at '" + where +
                                  "' (give the gateway's ledger.path, or a postgres:// URL)");
    cfg.path = where;
  }
  auto records = gateway::open_record_store(cfg);
  if (!records) return records.error();
  auto feedback = gateway::open_feedback_store(cfg);
  if (!feedback) return feedback.error();

  LedgerOutcomes out;
  // (request id, caller) → the latest record of it that has features.
  std::map<std::pair<std::string, std::string>, Labelled> rows;
  std::vector<std::pair<std::string, std::string>> order;  // first seen, for a stable output
  if (auto e = (*records)->scan(0, [&](const ledger::RequestRecord& r) {
        ++out.records;
        if (r.prompt_features.empty()) return true;
        const auto features = routing::decode_feature_vector(r.prompt_features);
        if (!features) {
          ++out.other_features;
          return true;
        }
        ++out.featured;
        auto key = std::make_pair(r.request_id, r.caller);
        auto [it, fresh] = rows.try_emplace(key);
        if (fresh) order.push_back(key);
        Labelled& l = it->second;
        l = Labelled{};
        l.features = *features;
        l.subject = r.task.empty() ? "ledger" : "ledger:" + r.task;
        l.weak_ok = cascade_verdict(r.cascade);
        l.side = r.side;
        return true;
      }))
    return *e;
  // The latest rating of each request (scan order is arrival order).
  std::map<std::pair<std::string, std::string>, double> latest;
  if (auto e = (*feedback)->scan([&](const ledger::Feedback& f) {
        ++out.ratings;
        latest[{f.request_id, f.caller}] = f.score;
        return true;
      }))
    return *e;
  for (const auto& [key, score] : latest) {
    auto it = rows.find(key);
    if (it == rows.end()) continue;
    Labelled& l = it->second;
    const bool good = score >= kGoodScore;
    if (l.side == "local") {
      l.weak_ok = good;
      l.rated = true;
    } else if (l.side == "cloud") {
      l.strong_ok = good;
    }
  }

  routing::OutcomeSet& set = out.set;
  set.weak_model = "local";
  set.strong_model = "cloud";
  std::map<std::string, int> subject_index;
  for (const auto& key : order) {
    const Labelled& l = rows.at(key);
    if (!l.weak_ok) continue;
    subject_index.emplace(l.subject, 0);
  }
  for (auto& [name, index] : subject_index) {
    index = static_cast<int>(set.subjects.size());
    set.subjects.push_back(name);  // sorted, as the CSV reader's
  }
  for (const auto& key : order) {
    const Labelled& l = rows.at(key);
    if (!l.weak_ok) continue;
    routing::Outcome o;
    o.weak_ok = *l.weak_ok;
    o.strong_ok = l.strong_ok.value_or(true);
    o.subject = subject_index.at(l.subject);
    o.features = l.features;
    set.rows.push_back(std::move(o));
    ++(l.rated ? out.by_feedback : out.by_cascade);
  }
  return out;
}

void merge_outcomes(routing::OutcomeSet& to, const routing::OutcomeSet& from) {
  if (to.weak_model.empty()) to.weak_model = from.weak_model;
  if (to.strong_model.empty()) to.strong_model = from.strong_model;
  std::vector<int> index(from.subjects.size());
  for (std::size_t i = 0; i < from.subjects.size(); ++i) {
    auto it = std::find(to.subjects.begin(), to.subjects.end(), from.subjects[i]);
    index[i] = static_cast<int>(it - to.subjects.begin());
    if (it == to.subjects.end()) to.subjects.push_back(from.subjects[i]);
  }
  for (routing::Outcome row : from.rows) {
    row.subject = index[static_cast<std::size_t>(row.subject)];
    to.rows.push_back(std::move(row));
  }
}

}  // namespace switchyard::cli
