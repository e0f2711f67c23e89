#include "switchyard/plan/replay.hpp"

#include <algorithm>
#include <set>
#include <tuple>

#include "switchyard/core/usage.hpp"
#include "switchyard/plan/hardware.hpp"
#include "switchyard/plan/recorded_facts.hpp"
#include "switchyard/routing/local_load_source.hpp"

namespace switchyard::plan {
namespace {

constexpr double kDayMs = 86'400'000.0;

// The local_load fact as the record has it (replay is one thread).
class RecordedLoad final : public routing::LocalLoadSource {
 public:
  routing::LocalLoad load;
  routing::LocalLoad local_load(std::span<const std::uint32_t>,
                                core::Clock::time_point) const override {
    return load;
  }
};

core::Usage usage_of(const ledger::RequestRecord& r) {
  core::Usage u;
  u.input_tokens = r.prompt_tokens;
  u.output_tokens = r.completion_tokens;
  u.cache_read_tokens = r.cache_read_tokens;
  u.cache_write_tokens = r.cache_write_tokens;
  u.reasoning_tokens = r.reasoning_tokens;
  return u;
}

// The class under `p`: the recorded one (by name, in p's names or the
// other's by level; unknown: the highest), raised to what p says of the
// recorded entity types and its base class. Never lowered.
privacy::DataClass class_under(const ledger::RequestRecord& r, const Policy& p,
                               const Policy& other) {
  privacy::DataClass level = privacy::DataClass::restricted;
  if (auto c = p.privacy.parse(r.data_class))
    level = *c;
  else if (auto o = other.privacy.parse(r.data_class))
    level = *o;
  level = std::max(level, p.privacy.base);
  for (const auto& [name, count] : r.entities)
    if (auto type = privacy::parse_entity_name(name); type && count > 0)
      if (auto implied = p.privacy.entity_class[privacy::index_of(*type)])
        level = std::max(level, *implied);
  return level;
}

struct Replayer {
  const Policy& current;
  const Policy& candidate;
  RecordedLoad load;

  Decision decide(const Policy& p, const Policy& other, const ledger::RequestRecord& r,
                  const RecordedFacts& rf) {
    routing::Facts f;
    f.model = r.model;
    f.team = r.team;
    f.task = r.task;
    f.data_class = class_under(r, p, other);
    for (const auto& [name, count] : r.entities)
      if (auto type = privacy::parse_entity_name(name); type && count > 0)
        f.entities.set(privacy::index_of(*type));
    f.prompt_tokens = rf.prompt_tokens.value_or(r.prompt_tokens);
    f.tools = rf.tools.value_or(false);
    f.images = rf.images.value_or(false);
    f.attachments = rf.attachments.value_or(false);
    f.stream = rf.stream.value_or(false);
    f.response_format = rf.response_format.value_or(routing::ResponseFormat::none);
    f.budget = rf.budget.value_or(0);
    f.difficulty = rf.difficulty;
    load.load = {rf.queue_depth.value_or(0), rf.p95_ms.value_or(0)};
    p.router->complete(f);

    Decision d;
    if (f.model_id == routing::Facts::kNoModel) return d;
    const std::size_t rule = p.router->decide(f);
    d.rule = rule == routing::kDefaultRule ? "default" : p.router->rules()[rule].name;
    auto plan = p.router->plan(f, rule);
    if (!plan) {
      d.outcome = plan.error().status == 403 ? Outcome::refused_by_rule : Outcome::refused_no_route;
      return d;
    }
    privacy::ClassRule allowed = p.privacy.rule(f.data_class);
    if (!rf.key_allows_cloud.value_or(true)) allowed.cloud = false;
    const core::Usage usage = usage_of(r);
    std::optional<std::size_t> served;
    for (std::size_t i = 0; i < plan->candidates.size(); ++i) {
      const config::DeploymentConfig& dep = p.router->deployment(plan->candidates[i].deployment);
      if (allowed.allows(dep.side)) {
        if (!served) served = i;
        continue;
      }
      if (dep.side == core::Side::cloud) {
        if (i == 0) d.cloud_filtered = true;
        d.filtered += (d.filtered.empty() ? "" : ", ") + dep.name;
      }
    }
    if (!served) {
      d.outcome = Outcome::refused_privacy;
      return d;
    }
    const config::DeploymentConfig& dep =
        p.router->deployment(plan->candidates[*served].deployment);
    d.outcome = dep.side == core::Side::local ? Outcome::local : Outcome::cloud;
    d.deployment = dep.name;
    d.cost_usd = dep.price.usd(usage);
    if (plan->cascade && *served < plan->cascade_first)
      for (std::size_t i = plan->cascade_first; i < plan->candidates.size(); ++i) {
        const config::DeploymentConfig& then = p.router->deployment(plan->candidates[i].deployment);
        if (!allowed.allows(then.side)) continue;
        d.then_usd = then.price.usd(usage);
        break;
      }
    return d;
  }
};

std::vector<std::string> facts_read(const routing::Router& router) {
  std::set<std::string> names;
  for (const routing::Rule& rule : router.rules()) {
    for (const routing::Condition& c : rule.when) {
      const std::string name = routing::to_string(c.fact);
      names.insert(name.starts_with("local_load") ? std::string("local_load") : name);
    }
    if (rule.then.kind == routing::Action::Kind::by_difficulty) names.insert("difficulty");
  }
  return {names.begin(), names.end()};
}

void note_unavailable(std::map<std::string, std::int64_t>& out, const ledger::RequestRecord& r,
                      const RecordedFacts& f) {
  if (r.route_facts.empty()) {
    for (const char* name : {"task", "prompt_tokens", "tools", "images", "attachments",
                             "response_format", "stream", "budget", "key_cloud"})
      ++out[name];
  }
  if (!f.difficulty) ++out["difficulty"];
  if (!f.queue_depth) ++out["local_load"];
}

using ChangeKey = std::tuple<ClassKey, Outcome, Outcome, std::string, std::string, std::string,
                             std::string, std::string>;

}  // namespace

const char* to_string(Outcome o) {
  switch (o) {
    case Outcome::local:
      return "local";
    case Outcome::cloud:
      return "cloud";
    case Outcome::refused_by_rule:
      return "refused by rule";
    case Outcome::refused_privacy:
      return "refused: no permitted deployment";
    case Outcome::refused_no_route:
      return "refused: nothing to route to";
  }
  return "local";
}

void Split::add(Outcome o, double usd, double then) {
  if (o == Outcome::local)
    ++local;
  else if (o == Outcome::cloud)
    ++cloud;
  else
    ++refused;
  cost_usd += usd;
  then_usd += then;
}

core::Expected<ReplayReport> replay(ledger::RecordStore& store, const ReplayWindow& window,
                                    const Policy& current, const Policy& candidate) {
  ReplayReport rep;
  rep.since_ms = window.since_ms;
  rep.now_ms = window.now_ms;
  rep.candidate_reads = facts_read(*candidate.router);
  Replayer replayer{current, candidate, {}};
  current.router->attach_load(&replayer.load);
  candidate.router->attach_load(&replayer.load);
  std::map<ChangeKey, Change> changes;
  std::int64_t escalated = 0, first_ms = 0;
  auto err = store.scan(window.since_ms, [&](const ledger::RequestRecord& r) {
    if (r.time_ms > window.now_ms) return true;
    if (first_ms == 0) first_ms = r.time_ms;
    if (!r.cascade.empty()) {
      ++rep.cascades;
      if (r.cascade.starts_with("escalated")) ++escalated;
    }
    if (r.route_rule.empty()) {
      ++rep.skipped;
      return true;
    }
    ++rep.records;
    const RecordedFacts rf = decode_route_facts(r.route_facts);
    note_unavailable(rep.unavailable, r, rf);
    const bool served = r.status > 0 && r.status < 400 && !r.side.empty();
    rep.recorded.add(!served             ? Outcome::refused_no_route
                     : r.side == "local" ? Outcome::local
                                         : Outcome::cloud,
                     r.cost_usd + r.cascade_first_cost_usd);
    const Decision now = replayer.decide(current, candidate, r, rf);
    const Decision next = replayer.decide(candidate, current, r, rf);
    rep.current.add(now.outcome, now.cost_usd, now.then_usd);
    rep.candidate.add(next.outcome, next.cost_usd, next.then_usd);
    const privacy::DataClass level = class_under(r, candidate, current);
    if (next.outcome == Outcome::cloud && !candidate.privacy.rule(level).cloud)
      ++rep.local_only_to_cloud;
    if (now.outcome == next.outcome && now.deployment == next.deployment &&
        now.cloud_filtered == next.cloud_filtered)
      return true;
    ClassKey key{candidate.privacy.name(level), r.task, r.model};
    Change& c = changes[{key, now.outcome, next.outcome, now.rule, next.rule, now.deployment,
                         next.deployment, next.cloud_filtered ? next.filtered : ""}];
    if (c.requests == 0) {
      c.key = key;
      c.from = now.outcome;
      c.to = next.outcome;
      c.from_rule = now.rule;
      c.to_rule = next.rule;
      c.from_deployment = now.deployment;
      c.to_deployment = next.deployment;
      c.filtered = next.filtered;
      c.aimed_at_cloud = next.cloud_filtered;
    }
    ++c.requests;
    c.current_usd += now.cost_usd;
    c.candidate_usd += next.cost_usd;
    c.current_then_usd += now.then_usd;
    c.candidate_then_usd += next.then_usd;
    return true;
  });
  current.router->attach_load(nullptr);
  candidate.router->attach_load(nullptr);
  if (err) return std::move(*err);

  // Measured only when a rule asks: missing matters only when the candidate reads it.
  for (const char* measured : {"difficulty", "local_load"})
    if (std::find(rep.candidate_reads.begin(), rep.candidate_reads.end(), measured) ==
        rep.candidate_reads.end())
      rep.unavailable.erase(measured);
  rep.escalation_rate =
      rep.cascades ? static_cast<double>(escalated) / static_cast<double>(rep.cascades) : 0;
  for (Split* s : {&rep.current, &rep.candidate}) s->cost_usd += rep.escalation_rate * s->then_usd;
  const std::int64_t start = first_ms > window.since_ms ? first_ms : window.since_ms;
  rep.window_days = std::max(1.0, static_cast<double>(window.now_ms - start) / kDayMs);
  rep.monthly_factor = kDaysPerMonth / rep.window_days;
  for (auto& [k, c] : changes) {
    c.current_usd += rep.escalation_rate * c.current_then_usd;
    c.candidate_usd += rep.escalation_rate * c.candidate_then_usd;
    const bool filtered_now = c.aimed_at_cloud && c.to != Outcome::cloud;
    if (c.to == Outcome::cloud && c.from != Outcome::cloud)
      rep.newly_cloud.push_back(c);
    else if (filtered_now)
      rep.privacy_filtered.push_back(c);
    else if (c.from == Outcome::cloud && c.to != Outcome::cloud)
      rep.leaving_cloud.push_back(c);
    else
      rep.other_changes.push_back(c);
  }
  for (auto* list :
       {&rep.newly_cloud, &rep.privacy_filtered, &rep.leaving_cloud, &rep.other_changes})
    std::stable_sort(list->begin(), list->end(),
                     [](const Change& a, const Change& b) { return a.requests > b.requests; });
  return rep;
}

}  // namespace switchyard::plan
