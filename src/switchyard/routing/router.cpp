#include "switchyard/routing/router.hpp"

#include <algorithm>
#include <charconv>
#include <stdexcept>

#include "switchyard/routing/difficulty_setup.hpp"

namespace switchyard::routing {
namespace {

std::string number(double v) {
  char buf[32];
  const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
  return ec == std::errc() ? std::string(buf, end) : std::to_string(v);
}

core::Error refused(const Rule& r) {
  return {core::ErrorKind::permission,
          403,
          "Refused by routing rule '" + r.name + "': " + r.then.refuse,
          {},
          "refused_by_routing_rule",
          false};
}

core::Error nothing_left(std::string message, const char* code) {
  return {core::ErrorKind::unavailable, 503, std::move(message), {}, code, false};
}

const char* side_name(core::Side s) {
  return core::to_string(s);
}

}  // namespace

Router::Router(const config::Config& cfg, std::shared_ptr<const DifficultyModel> difficulty)
    : difficulty_(std::move(difficulty)) {
  if (!difficulty_ && !cfg.difficulty_model.empty()) {
    DifficultySetup d = load_difficulty(cfg);
    if (!d.ok()) throw std::runtime_error(d.problems.front().to_string());
    difficulty_ = std::move(d.model);
  }
  for (std::size_t i = 0; i < classes_.size() && i < cfg.privacy.classes.size(); ++i)
    classes_[i] = cfg.privacy.classes[i];
  for (const auto& m : cfg.models) {
    Alias alias{m.alias, {}, m.virtual_alias};
    for (const auto& d : m.deployments) {
      auto [it, inserted] =
          deployment_index_.emplace(d.name, static_cast<std::uint32_t>(deployments_.size()));
      if (inserted) deployments_.push_back(&d);
      alias.deployments.push_back(it->second);
    }
    alias_index_.emplace(m.alias, static_cast<std::uint32_t>(by_id_.size()));
    by_id_.push_back(std::move(alias));
    aliases_.push_back(m.alias);
  }
  for (Alias& alias : by_id_) {
    if (alias.virtual_alias) {
      for (std::uint32_t d = 0; d < deployments_.size(); ++d)
        if (deployments_[d]->side == core::Side::local) alias.local.push_back(d);
    } else {
      for (std::uint32_t d : alias.deployments)
        if (deployments_[d]->side == core::Side::local &&
            std::find(alias.local.begin(), alias.local.end(), d) == alias.local.end())
          alias.local.push_back(d);
    }
  }
  for (const auto& r : cfg.routing_rules) {
    rules_.push_back(compile(r));
    needs_tokens_ = needs_tokens_ || r.when.prompt_tokens;
    needs_load_ = needs_load_ || r.when.local_queue_depth || r.when.local_p95_ms;
    needs_p95_ = needs_p95_ || r.when.local_p95_ms;
    needs_budget_ = needs_budget_ || r.when.budget;
    needs_difficulty_ = needs_difficulty_ || r.when.difficulty || r.then.route;
  }
}

Rule Router::compile(const config::RoutingRuleConfig& r) const {
  Rule rule;
  rule.name = r.name;
  rule.line = r.line;
  const config::RuleCondition& w = r.when;
  auto names = [&rule](Fact fact, const std::vector<std::string>& values) -> Condition* {
    if (values.empty()) return nullptr;
    Condition c;
    c.fact = fact;
    c.names = values;
    rule.when.push_back(std::move(c));
    return &rule.when.back();
  };
  if (Condition* c = names(Fact::model, w.models))
    for (const auto& m : w.models)
      if (auto it = alias_index_.find(m); it != alias_index_.end()) c->ids.push_back(it->second);
  names(Fact::team, w.teams);
  if (Condition* c = names(Fact::data_class, w.data_classes))
    for (const auto& name : w.data_classes)
      for (std::size_t level = 0; level < classes_.size(); ++level)
        if (classes_[level] == name) c->mask |= 1u << level;
  if (Condition* c = names(Fact::entities, w.entities))
    for (const auto& name : w.entities)
      if (auto type = privacy::parse_entity_name(name)) c->entities.set(privacy::index_of(*type));
  names(Fact::task, w.tasks);
  if (Condition* c = names(Fact::response_format, w.response_formats))
    for (const auto& name : w.response_formats)
      if (auto f = parse_response_format(name)) c->mask |= 1u << static_cast<unsigned>(*f);
  auto range = [&rule](Fact fact, const std::optional<config::FactRange>& value) {
    if (!value) return;
    Condition c;
    c.fact = fact;
    c.range = *value;
    rule.when.push_back(std::move(c));
  };
  range(Fact::prompt_tokens, w.prompt_tokens);
  range(Fact::local_queue_depth, w.local_queue_depth);
  range(Fact::local_p95_ms, w.local_p95_ms);
  range(Fact::difficulty, w.difficulty);
  range(Fact::budget, w.budget);
  auto flag = [&rule](Fact fact, const std::optional<bool>& value) {
    if (!value) return;
    Condition c;
    c.fact = fact;
    c.flag = *value;
    rule.when.push_back(std::move(c));
  };
  flag(Fact::tools, w.tools);
  flag(Fact::images, w.images);
  flag(Fact::attachments, w.attachments);
  flag(Fact::stream, w.stream);

  const config::RuleAction& a = r.then;
  Action& act = rule.then;
  act.max_price_per_1m = a.max_price_per_1m;
  auto index_of = [this](const std::string& name) { return deployment_index_.at(name); };
  if (a.cascade) {
    act.kind = Action::Kind::cascade;
    act.cascade = &*a.cascade;
    for (const auto& name : a.cascade->first) act.serve.push_back(index_of(name));
    act.cascade_first = act.serve.size();
    for (const auto& name : a.cascade->then) act.serve.push_back(index_of(name));
  } else if (a.refuse) {
    act.kind = Action::Kind::refuse;
    act.refuse = *a.refuse;
  } else if (!a.pin.empty()) {
    act.kind = Action::Kind::pin;
    act.serve.push_back(index_of(a.pin));
  } else if (!a.serve.empty()) {
    act.kind = Action::Kind::serve;
    for (const auto& name : a.serve) act.serve.push_back(index_of(name));
  } else if (a.prefer) {
    act.kind = Action::Kind::prefer;
    act.prefer = *a.prefer;
  } else if (a.route) {
    act.kind = Action::Kind::by_difficulty;
    // load_difficulty has checked that the model has a threshold when the
    // rule gives none, and that it was calibrated for the share asked.
    if (a.route->threshold) {
      act.difficulty_threshold = *a.route->threshold;
    } else if (difficulty_ && difficulty_->threshold) {
      act.difficulty_threshold = difficulty_->threshold->difficulty;
      act.strong_share = difficulty_->threshold->strong_share;
    }
  } else {
    act.kind = Action::Kind::price_cap;
  }
  return rule;
}

void Router::complete(Facts& f, core::Clock::time_point now, bool exact_tokens) const {
  auto it = alias_index_.find(std::string(f.model));
  f.model_id = it == alias_index_.end() ? Facts::kNoModel : it->second;
  if (f.model_id == Facts::kNoModel) return;
  if ((needs_tokens_ || exact_tokens) && token_source_ && f.chat && !f.prompt_tokens_exact)
    if (auto n = token_source_->prompt_tokens(by_id_[f.model_id].deployments, *f.chat)) {
      f.prompt_tokens = *n;
      f.prompt_tokens_exact = true;
    }
  if (needs_load_ && load_source_)
    f.local_load = load_source_->local_load(by_id_[f.model_id].local, now);
  if (needs_difficulty_ && difficulty_ && f.chat) f.difficulty = difficulty_->difficulty(*f.chat);
}

void Router::side_first(Plan& p, const Alias& alias, core::Side side, const std::string& first,
                        const std::string& rest,
                        const std::vector<const config::DeploymentConfig*>& deployments) {
  for (int pass = 0; pass < 2; ++pass)
    for (std::size_t i = 0; i < alias.deployments.size(); ++i) {
      const std::uint32_t d = alias.deployments[i];
      const bool preferred = deployments[d]->side == side;
      if (preferred != (pass == 0)) continue;
      p.candidates.push_back({d, (preferred ? first : rest) + ", deployment #" +
                                     std::to_string(i + 1) + " of '" + alias.name + "'"});
    }
}

bool Router::within(const config::DeploymentConfig& d, double cap) {
  return std::max(d.price.input_per_1m, d.price.output_per_1m) <= cap;
}

bool Router::applies(const Rule& r, const Facts& f) const {
  // prefer and a price cap alone choose among the alias's own deployments:
  // a virtual alias has none, so such a rule passes it by.
  if ((r.then.kind == Action::Kind::prefer || r.then.kind == Action::Kind::by_difficulty ||
       r.then.kind == Action::Kind::price_cap) &&
      by_id_[f.model_id].virtual_alias)
    return false;
  return r.matches(f);
}

std::size_t Router::decide(const Facts& f) const {
  if (f.model_id == Facts::kNoModel) return kDefaultRule;
  for (std::size_t i = 0; i < rules_.size(); ++i)
    if (applies(rules_[i], f)) return i;
  return kDefaultRule;
}

core::Expected<Plan> Router::plan(const Facts& f, std::size_t rule) const {
  if (f.model_id == Facts::kNoModel) {
    std::string known;
    for (const auto& a : aliases_) known += (known.empty() ? "'" : ", '") + a + "'";
    return core::Error{core::ErrorKind::not_found,
                       404,
                       "The model '" + std::string(f.model) + "' does not exist on this gateway. " +
                           (known.empty() ? std::string("No models are configured.")
                                          : "Configured models: " + known + "."),
                       "model",
                       "model_not_found",
                       false};
  }
  return build(f, by_id_[f.model_id], rule);
}

core::Expected<Plan> Router::build(const Facts& f, const Alias& alias,
                                   std::size_t rule_index) const {
  Plan p;
  p.alias = alias.name;
  if (rule_index == kDefaultRule) {
    if (alias.virtual_alias) {
      std::string names;
      for (const Rule& r : rules_) names += (names.empty() ? "" : ", ") + r.name;
      return nothing_left("Model '" + alias.name +
                              "' is served only through routing rules, and none of them (" + names +
                              ") matched this request. Nothing was sent to any deployment.",
                          "no_matching_rule");
    }
    for (std::size_t i = 0; i < alias.deployments.size(); ++i)
      p.candidates.push_back({alias.deployments[i],
                              i == 0
                                  ? "primary deployment of '" + alias.name + "'"
                                  : "fallback #" + std::to_string(i) + " of '" + alias.name + "'"});
    return p;
  }
  const Rule& rule = rules_[rule_index];
  p.rule = rule.name;
  p.rule_index = rule_index;
  p.decision = "rule '" + rule.name + "' (" + rule.matched_on(f, classes_) + ")";
  const Action& act = rule.then;
  switch (act.kind) {
    case Action::Kind::refuse:
      return refused(rule);
    case Action::Kind::pin:
      p.candidates.push_back({act.serve[0], "pinned"});
      break;
    case Action::Kind::serve:
      for (std::size_t i = 0; i < act.serve.size(); ++i)
        p.candidates.push_back({act.serve[i], "serve #" + std::to_string(i + 1)});
      break;
    case Action::Kind::cascade:
      p.cascade = act.cascade;
      p.cascade_first = act.cascade_first;
      for (std::size_t i = 0; i < act.serve.size(); ++i) {
        const bool first = i < act.cascade_first;
        p.candidates.push_back(
            {act.serve[i], first ? "cascade first #" + std::to_string(i + 1)
                                 : "cascade then #" + std::to_string(i + 1 - act.cascade_first) +
                                       ", when the first answer is weak"});
      }
      break;
    case Action::Kind::prefer: {
      const std::string side = side_name(act.prefer);
      side_first(p, alias, act.prefer, "preferred " + side, "after the preferred " + side + " ones",
                 deployments_);
      break;
    }
    case Action::Kind::by_difficulty: {
      // The hardest prompts (over the threshold) to the cloud; an unscored
      // one (no chat prompt) stays local.
      const bool hard = f.difficulty && *f.difficulty > act.difficulty_threshold;
      std::string why = f.difficulty ? "difficulty " + number(*f.difficulty) +
                                           (hard ? " over " : " not over ") +
                                           number(act.difficulty_threshold)
                                     : std::string("difficulty unscored");
      if (act.strong_share > 0)
        why += " (calibrated for " + number(act.strong_share * 100) + "% to the cloud)";
      const std::string side = side_name(hard ? core::Side::cloud : core::Side::local);
      side_first(p, alias, hard ? core::Side::cloud : core::Side::local,
                 why + ": " + side + " first", why + ": after the " + side + " ones", deployments_);
      break;
    }
    case Action::Kind::price_cap:
      for (std::size_t i = 0; i < alias.deployments.size(); ++i)
        p.candidates.push_back({alias.deployments[i], "deployment #" + std::to_string(i + 1) +
                                                          " of '" + alias.name +
                                                          "', within the price cap"});
      break;
  }
  if (act.max_price_per_1m) {
    const double cap = *act.max_price_per_1m;
    std::erase_if(p.candidates, [&](const Candidate& c) {
      const config::DeploymentConfig& d = *deployments_[c.deployment];
      if (within(d, cap)) return false;
      if (!p.dropped.empty()) p.dropped += "; ";
      p.dropped += d.name + ": price " +
                   number(std::max(d.price.input_per_1m, d.price.output_per_1m)) +
                   " per 1M tokens over the cap of " + number(cap);
      return true;
    });
  }
  if (p.candidates.empty())
    return nothing_left("Routing rule '" + rule.name + "' leaves no deployment for model '" +
                            alias.name + "'" + (p.dropped.empty() ? "" : " (" + p.dropped + ")") +
                            ". Nothing was sent to any deployment.",
                        "no_deployment_left");
  return p;
}

std::string Router::describe_facts(const Facts& f) const {
  std::string out;
  for (Fact fact :
       {Fact::model, Fact::team, Fact::data_class, Fact::entities, Fact::task, Fact::prompt_tokens,
        Fact::tools, Fact::images, Fact::attachments, Fact::response_format, Fact::stream,
        Fact::local_queue_depth, Fact::local_p95_ms, Fact::difficulty, Fact::budget}) {
    if (!out.empty()) out += ' ';
    out += to_string(fact);
    out += '=';
    out += fact_value(fact, f, classes_);
    if (fact == Fact::prompt_tokens)
      out += f.prompt_tokens_exact ? " (exact: the local model's tokenizer)"
                                   : " (estimate: text bytes / 4)";
  }
  return out;
}

std::string Router::deployment_list(const Plan& p) const {
  std::string out;
  for (std::size_t i = 0; i < p.candidates.size(); ++i) {
    const config::DeploymentConfig& d = *deployments_[p.candidates[i].deployment];
    if (!out.empty()) out += "; ";
    out += std::to_string(i + 1) + ". " + d.name + " (" + side_name(d.side) +
           "): " + p.candidates[i].reason;
  }
  return out;
}

std::string Router::explain(const Facts& f) const {
  std::string out = "facts: " + describe_facts(f) + "\n";
  if (f.model_id == Facts::kNoModel)
    return out + "plan: none, model '" + std::string(f.model) +
           "' does not exist on this gateway\n";
  std::size_t matched = kDefaultRule;
  for (std::size_t i = 0; i < rules_.size(); ++i) {
    const Rule& r = rules_[i];
    out += "rule '" + r.name + "': ";
    if (matched != kDefaultRule) {
      out += "not reached\n";
      continue;
    }
    const Condition* failed = nullptr;
    for (const Condition& c : r.when)
      if (!c.holds(f)) {
        failed = &c;
        break;
      }
    if (failed) {
      out += std::string("no, ") + to_string(failed->fact) + "=" +
             fact_value(failed->fact, f, classes_) + ", wants " + failed->wanted() + "\n";
    } else if (!applies(r, f)) {
      out += "no, it chooses among the model's own deployments and '" + std::string(f.model) +
             "' has none\n";
    } else {
      out += "MATCH (" + r.matched_on(f, classes_) + ")\n";
      matched = i;
    }
  }
  auto plan = build(f, by_id_[f.model_id], matched);
  if (!plan) return out + "plan: none, " + plan.error().message + "\n";
  out += "plan (" +
         (plan->decision.empty() ? "default: the model's own deployments" : plan->decision) +
         "): " + deployment_list(*plan) + "\n";
  if (!plan->dropped.empty()) out += "left out by the price cap: " + plan->dropped + "\n";
  return out;
}

}  // namespace switchyard::routing
