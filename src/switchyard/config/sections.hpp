// One reader per top-level section of the configuration file. Each checks its
// section against the schema, reports every problem, and fills in what it could
// read, so later sections can still be checked against it (deployments against
// the declared providers).
#pragma once

#include <yaml-cpp/yaml.h>

#include <vector>

#include "switchyard/config/config.hpp"
#include "switchyard/config/yaml_map.hpp"

namespace switchyard::config {

using GetEnv = const char* (*)(const char*);

// `line` is where the section's key is, for problems about the section itself.
void read_server(const YAML::Node& node, int line, ServerConfig& out, Problems& problems);
// `config_dir` anchors a relative llama model_path.
std::vector<ProviderConfig> read_providers(const YAML::Node& node, int line, GetEnv getenv_fn,
                                           const std::string& config_dir, Problems& problems);
std::vector<ModelConfig> read_models(const YAML::Node& node, int line,
                                     const std::vector<ProviderConfig>& providers,
                                     Problems& problems);
// Reads routing.retry, routing.spill, routing.difficulty_model (a relative
// path anchored at `config_dir`) and routing.rules into cfg; the rules are
// checked against cfg's models (aliases, deployment names) and privacy
// class names, so both are read first. Also reports a virtual alias (a
// model without deployments) that no rule serves.
void read_routing(const YAML::Node& node, int line, const std::string& config_dir, Config& cfg,
                  Problems& problems);
// Reads the privacy section; check_model_classes then checks each model's
// data_class against the class names it declares.
void read_privacy(const YAML::Node& node, int line, PrivacyConfig& out, Problems& problems);
void check_model_classes(const PrivacyConfig& privacy, const std::vector<ModelConfig>& models,
                         Problems& problems);
// `config_dir` anchors a relative ledger path; the default is
// <config_dir>/switchyard-ledger.db.
// `getenv_fn` reads the PostgreSQL URL from the variable url_env names.
void read_ledger(const YAML::Node& node, int line, const std::string& config_dir, GetEnv getenv_fn,
                 LedgerConfig& out, Problems& problems);
// Reads `limits:`; `getenv_fn` reads the Redis URL.
void read_limits(const YAML::Node& node, int line, GetEnv getenv_fn, LimitsConfig& out,
                 Problems& problems);
// The URL in the environment variable `url_env` names under `m` (a secret:
// the file names the variable, never the URL), for `what` ("PostgreSQL").
// `env` gets the variable's name. "" after reporting a problem.
std::string read_url_env(const MapReader& m, GetEnv getenv_fn, const std::string& what,
                         const std::string& example, std::string& env);

// Reads admin.key_env and the admin key from the variable it names.
void read_admin(const YAML::Node& node, int line, GetEnv getenv_fn, AdminConfig& out,
                Problems& problems);

// Reads the observe section (access log, metric teams, traces); `config_dir`
// anchors a relative access log path.
void read_observe(const YAML::Node& node, int line, const std::string& config_dir,
                  ObserveConfig& out, Problems& problems);

// Reads the keys section; `ledger` (read first) gives the default key
// database.
void read_keys(const YAML::Node& node, int line, const std::string& config_dir,
               const LedgerConfig& ledger, KeysConfig& out, Problems& problems);

// The `circuit_breaker` map under `parent` (a provider or a deployment), if
// any, over `out`: keys it does not set keep their values in `out`.
void read_circuit_breaker(const MapReader& parent, CircuitBreakerConfig& out);

// `spill:` under a deployment (its load limits; `side` must be local) and
// under routing (resume_below, latency_window_ms, max_wait_ms).
void read_deployment_spill(const MapReader& deployment, Side side, SpillLimitsConfig& out);
void read_routing_spill(const MapReader& routing, SpillConfig& out);

// `cascade:` under a routing rule's `then` (`then`), its deployments checked
// against the models' (first: local ones).
void read_cascade_action(const MapReader& then, const std::vector<ModelConfig>& models,
                         std::optional<CascadeConfig>& out);

// A price map (a deployment's `price:`, the cost reference): per-1M prices
// by token kind, or a hardware profile they are derived from.
void read_price_map(const YAML::Node& node, int line, const std::string& what, Price& out,
                    Problems& problems);

// `cost:` (the counterfactual's reference model: a deployment's name or a
// price) and `budgets:` (how key budgets are enforced); read after models.
void read_cost(const YAML::Node& node, int line, const std::vector<ModelConfig>& models,
               CostConfig& out, Problems& problems);
void read_budgets(const YAML::Node& node, int line, BudgetsConfig& out, Problems& problems);

// The scalar under `key` in a map, or "" — for naming a list item in messages
// before it has been checked.
std::string peek_scalar(const YAML::Node& map, const char* key);

}  // namespace switchyard::config
