// Gateway configuration: the validated, typed form of the YAML file.
// `load_config` reports every problem at once, each with file:line and what to
// write instead; a Config that comes back is complete and consistent.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "switchyard/core/side.hpp"

namespace switchyard::config {

using Millis = std::chrono::milliseconds;

struct ServerConfig {
  std::string host = "127.0.0.1";
  std::uint16_t port = 8080;
  unsigned threads = 0;                      // 0: one per core
  std::size_t max_body_bytes = 8u << 20;     // 8 MiB
  std::size_t max_header_bytes = 16u << 10;  // 16 KiB
  Millis read_timeout{30'000};               // whole request (headers + body) must arrive in this
  Millis idle_timeout{60'000};               // keep-alive connection with no request
  Millis shutdown_timeout{10'000};           // drain limit on SIGTERM/SIGINT
  Millis request_timeout{300'000};           // per request, all attempts included
};

// openai_compatible: an HTTP upstream (cloud API or local server).
// llama: the in-process llama.cpp engine serving one GGUF file.
enum class ProviderKind { openai_compatible, llama };
const char* to_string(ProviderKind k);

// The in-process engine's settings (kind: llama).
struct LlamaConfig {
  std::string model_path;   // GGUF file; a relative path in the file is relative to its folder
  int context_size = 4096;  // tokens per request (prompt + answer)
  int threads = 0;          // 0: one per core
  int parallel = 4;         // requests generating at once (slots)
  int batch_size = 512;     // most tokens decoded in one step, over all slots
  bool embeddings = false;  // also serve /v1/embeddings (a second, pooled context)
};

// Active health checks of a pool's endpoints (openai_compatible with endpoints).
struct HealthCheckConfig {
  std::string path = "/health";  // on each endpoint's host, not under its base path
  Millis interval{5'000};        // between probes of one endpoint
  Millis timeout{1'000};         // one probe, connect included
  int unhealthy_after = 2;       // consecutive failed probes that take an endpoint out
  int healthy_after = 1;         // consecutive good probes that bring it back
};

// The per-deployment circuit breaker (gateway/circuit_breaker.hpp). Set on
// a provider for all its deployments; a deployment's own keys override.
struct CircuitBreakerConfig {
  bool enabled = true;
  int failure_threshold = 5;  // consecutive failed attempts that open it
  double error_rate = 0.5;    // failed share of a window's attempts that opens it; 0: off
  int min_requests = 20;      // attempts a window needs before its error rate counts
  Millis window{30'000};      // the error-rate window
  Millis cooldown{10'000};    // open this long before probes are let through
  int half_open_probes = 1;   // attempts let through while half-open
};

struct ProviderConfig {
  std::string name;
  ProviderKind kind = ProviderKind::openai_compatible;
  LlamaConfig llama;                   // kind == llama
  std::string base_url;                // e.g. https://api.openai.com/v1; "" when endpoints is set
  std::vector<std::string> endpoints;  // a pool of servers of one model, instead of base_url
  HealthCheckConfig health_check;      // endpoints only
  std::string api_key_env;             // name of the environment variable; empty: no key
  std::string api_key;                 // resolved from api_key_env at load time; never logged
  Millis connect_timeout{5'000};
  Millis timeout{120'000};  // one upstream attempt, first byte to last
  // Streams: until the first byte of the body; then the longest gap between reads.
  Millis first_byte_timeout{60'000};
  Millis stream_idle_timeout{30'000};
  // What one answer may make the gateway hold (docs/configuration.md).
  std::size_t max_stream_line_bytes = 1u << 20;
  std::size_t max_stream_event_bytes = 4u << 20;
  std::size_t max_response_bytes = 64u << 20;
  bool verify_tls = true;
  std::string ca_file;  // empty: system CA bundle
  CircuitBreakerConfig circuit_breaker;
  int line = 0;  // where it was declared, for messages
};

using core::Side;
using core::to_string;

struct Price {
  double input_per_1m = 0;   // USD per 1M input tokens
  double output_per_1m = 0;  // USD per 1M output tokens
};

struct DeploymentConfig {
  std::string name;      // unique; default "<provider>/<model>"
  std::string provider;  // ProviderConfig::name
  std::string model;     // upstream model name
  Side side = Side::cloud;
  Price price;
  CircuitBreakerConfig circuit_breaker;  // the provider's, with this deployment's keys applied
  int line = 0;
};

struct ModelConfig {
  std::string alias;                          // public name clients send
  std::vector<DeploymentConfig> deployments;  // in fallback order
  std::string data_class;                     // the route's default class; "" for none
  int data_class_line = 0;
  int line = 0;
};

struct RetryConfig {
  int max_attempts = 2;  // per deployment, first try included
  Millis initial_backoff{25};
  Millis max_backoff{2'000};
  double backoff_multiplier = 2.0;
  double jitter = 0.2;  // ± fraction of the backoff
};

// Where each data class may be served.
struct ClassRuleConfig {
  bool local = true;
  bool cloud = true;
  bool redact_for_cloud = false;
};

// Per entity type (by its name, e.g. US_SSN): detection and the class a
// finding implies. Unset members keep the built-in defaults.
struct EntityPolicyConfig {
  std::string entity;
  std::optional<bool> enabled;
  std::optional<double> threshold;
  std::optional<std::string> data_class;  // "" : implies no class
  int line = 0;
};

struct PrivacyConfig {
  bool enabled = true;  // false: no scanning, every request is of base_class
  std::vector<std::string> classes = {"public", "internal", "confidential", "restricted"};
  std::string base_class = "public";
  std::vector<std::string> phone_regions;  // empty: the detector's default regions
  std::vector<EntityPolicyConfig> entities;
  // By class level (0 = lowest); unset: the built-in default for that level.
  std::vector<std::optional<ClassRuleConfig>> rules =
      std::vector<std::optional<ClassRuleConfig>>(4);
};

// Entity type names the privacy section accepts (privacy::entity_name's).
extern const std::vector<std::string_view> kEntityNames;

// The request ledger and audit chain (SQLite, WAL).
struct LedgerConfig {
  std::string path;        // a relative path in the file is relative to the file's folder
  bool full_sync = false;  // sync: full — survive power loss, not only a process crash
  // Records go through a per-process journal beside the database (a shared
  // file mapping) instead of a database commit per answer; sync: full
  // commits to the database directly either way.
  bool journal = true;
  std::size_t journal_bytes = std::size_t{8} << 20;  // ledger::kDefaultJournalBytes
};

struct Config {
  std::string source_path;
  LedgerConfig ledger;
  PrivacyConfig privacy;
  ServerConfig server;
  std::vector<ProviderConfig> providers;
  std::vector<ModelConfig> models;
  RetryConfig retry;

  const ProviderConfig* find_provider(std::string_view name) const;
  const ModelConfig* find_model(std::string_view alias) const;
};

struct ConfigProblem {
  std::string file;
  int line = 0;                   // 1-based; 0 when unknown
  std::string message;            // what is wrong and what to write instead
  std::string to_string() const;  // "file:line: message"
};

struct LoadResult {
  std::optional<Config> config;  // set when there are no problems
  std::vector<ConfigProblem> problems;
};

// Parse and validate. `getenv` resolves api_key_env (injectable for tests).
LoadResult load_config_file(const std::string& path);
LoadResult load_config_text(const std::string& yaml, const std::string& source_name,
                            const char* (*getenv_fn)(const char*) = nullptr);

}  // namespace switchyard::config
