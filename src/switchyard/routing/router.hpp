// The router: from a request's facts to its plan. Built once from the
// configuration (the models, their deployments and the routing rules),
// immutable afterwards, so a new configuration builds a new router and the
// two can be swapped between requests.
//
// Deployments are numbered once (the router's index, in the order the file
// first names them); plans, the load board and the gateway's per-deployment
// state (providers, breakers, metrics) all use that index.
//
//   complete(facts)  the router's own facts: the alias's index; the exact
//                    prompt tokens, the local side's load and the prompt's
//                    difficulty only when a rule asks for them (each costs
//                    more than a field read)
//   plan(facts)      the rules in order, first match wins; none matched:
//                    the alias's own deployments (a virtual alias has none:
//                    503). A rule may refuse (403).
//   explain(facts)   the facts, each rule's verdict and the plan, as text
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "switchyard/config/config.hpp"
#include "switchyard/core/error.hpp"
#include "switchyard/routing/difficulty_model.hpp"
#include "switchyard/routing/facts.hpp"
#include "switchyard/routing/local_load_source.hpp"
#include "switchyard/routing/plan.hpp"
#include "switchyard/routing/prompt_token_source.hpp"
#include "switchyard/routing/rule.hpp"

namespace switchyard::routing {

class Router {
 public:
  // `cfg` must outlive the router (deployments are read from it).
  // `difficulty` scores the `difficulty` fact; when null, the model
  // routing.difficulty_model names (if any) is read here (load_difficulty):
  // throws std::runtime_error with its problem (file:line) when it does not
  // read or does not fit the rules.
  explicit Router(const config::Config& cfg,
                  std::shared_ptr<const DifficultyModel> difficulty = nullptr);

  std::size_t deployment_count() const { return deployments_.size(); }
  const config::DeploymentConfig& deployment(std::size_t i) const { return *deployments_[i]; }
  // Every alias, in the order the file declares them (virtual ones too).
  const std::vector<std::string>& aliases() const { return aliases_; }
  const std::vector<Rule>& rules() const { return rules_; }
  const ClassNames& class_names() const { return classes_; }
  // Where the local_load fact is read (must outlive the router). Set once,
  // by the route stage built with this router, before any request is
  // routed; without one the fact reads 0.
  void attach_load(const LocalLoadSource* source) const { load_source_ = source; }
  // Where the exact prompt_tokens fact is counted (must outlive the
  // router). Set once, by the runtime that built the router, before any
  // request is routed; without one the fact stays the estimate.
  void attach_tokenizer(const PromptTokenSource* source) const { token_source_ = source; }
  // Whether some rule asks for the prompt's tokens, for the local side's
  // load, for its latency, and for the difficulty.
  bool needs_prompt_tokens() const { return needs_tokens_; }
  bool needs_local_load() const { return needs_load_; }
  // A rule reads the caller's `budget` fact (its spend, from the budget store).
  bool needs_budget() const { return needs_budget_; }
  bool needs_local_p95() const { return needs_p95_; }
  bool needs_difficulty() const { return needs_difficulty_; }

  // Fills the router's part of `f`. `exact_tokens`: count the prompt
  // exactly even when no rule asks (the caller has a tokens-per-minute
  // limit to reserve against).
  void complete(Facts& f, core::Clock::time_point now = core::Clock::now(),
                bool exact_tokens = false) const;
  // The first rule the completed facts match (its index), or kDefaultRule.
  std::size_t decide(const Facts& f) const;
  // The plan that rule (kDefaultRule: none) makes for the facts: 404 for an
  // unknown model, 403 when the rule refuses, 503 when nothing is left to
  // try (a virtual alias no rule matched, a price cap no deployment meets).
  core::Expected<Plan> plan(const Facts& f, std::size_t rule) const;
  core::Expected<Plan> plan(const Facts& f) const { return plan(f, decide(f)); }
  // Several lines: the facts, every rule's verdict until the first match,
  // and the plan (or the refusal).
  std::string explain(const Facts& f) const;
  // One line: every fact with its value.
  std::string describe_facts(const Facts& f) const;

 private:
  struct Alias {
    std::string name;
    std::vector<std::uint32_t> deployments;  // in fallback order
    bool virtual_alias = false;
    // Whose load the local_load fact reads: its local deployments (a virtual
    // alias: every local deployment).
    std::vector<std::uint32_t> local;
  };
  Rule compile(const config::RoutingRuleConfig& r) const;
  bool applies(const Rule& r, const Facts& f) const;
  core::Expected<Plan> build(const Facts& f, const Alias& alias, std::size_t rule_index) const;
  std::string deployment_list(const Plan& p) const;
  // The alias's deployments, those of `side` first (their reason: `first`,
  // the others': `rest`, each followed by its place in the alias's list).
  static void side_first(Plan& p, const Alias& alias, core::Side side, const std::string& first,
                         const std::string& rest,
                         const std::vector<const config::DeploymentConfig*>& deployments);
  static bool within(const config::DeploymentConfig& d, double cap);

  std::vector<const config::DeploymentConfig*> deployments_;
  std::unordered_map<std::string, std::uint32_t> deployment_index_;
  std::vector<Alias> by_id_;
  std::unordered_map<std::string, std::uint32_t> alias_index_;
  std::vector<std::string> aliases_;
  std::vector<Rule> rules_;
  ClassNames classes_;
  std::shared_ptr<const DifficultyModel> difficulty_;
  mutable const LocalLoadSource* load_source_ = nullptr;
  mutable const PromptTokenSource* token_source_ = nullptr;
  bool needs_tokens_ = false;
  bool needs_load_ = false;
  bool needs_budget_ = false;
  bool needs_p95_ = false;
  bool needs_difficulty_ = false;
};

}  // namespace switchyard::routing
