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
void read_routing(const YAML::Node& node, int line, RetryConfig& out, Problems& problems);
// Reads the privacy section; check_model_classes then checks each model's
// data_class against the class names it declares.
void read_privacy(const YAML::Node& node, int line, PrivacyConfig& out, Problems& problems);
void check_model_classes(const PrivacyConfig& privacy, const std::vector<ModelConfig>& models,
                         Problems& problems);
// `config_dir` anchors a relative ledger path; the default is
// <config_dir>/switchyard-ledger.db.
void read_ledger(const YAML::Node& node, int line, const std::string& config_dir, LedgerConfig& out,
                 Problems& problems);

// The `circuit_breaker` map under `parent` (a provider or a deployment), if
// any, over `out`: keys it does not set keep their values in `out`.
void read_circuit_breaker(const MapReader& parent, CircuitBreakerConfig& out);

// The scalar under `key` in a map, or "" — for naming a list item in messages
// before it has been checked.
std::string peek_scalar(const YAML::Node& map, const char* key);

}  // namespace switchyard::config
