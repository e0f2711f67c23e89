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

#include "switchyard/config/cascade_config.hpp"
#include "switchyard/config/price.hpp"
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
  bool operator==(const ServerConfig&) const = default;
};

// openai_compatible: an HTTP upstream (cloud API or local server).
// llama: the in-process llama.cpp engine serving one GGUF file.
// azure_openai: Azure OpenAI (deployment-based URLs, `api-key` header).
// gemini: Google's Gemini API (generateContent, `x-goog-api-key` header).
// anthropic: Anthropic's Messages API (`x-api-key`, `anthropic-version` headers).
enum class ProviderKind { openai_compatible, llama, azure_openai, gemini, anthropic };
const char* to_string(ProviderKind k);

// The in-process engine's settings (kind: llama).
struct LlamaConfig {
  std::string model_path;   // GGUF file; a relative path in the file is relative to its folder
  int context_size = 4096;  // tokens per request (prompt + answer)
  int threads = 0;          // 0: one per core
  int parallel = 4;         // requests generating at once (slots)
  int batch_size = 512;     // most tokens decoded in one step, over all slots
  bool embeddings = false;  // also serve /v1/embeddings (a second, pooled context)
  bool operator==(const LlamaConfig&) const = default;
};

// Active health checks of a pool's endpoints (openai_compatible with endpoints).
struct HealthCheckConfig {
  std::string path = "/health";  // on each endpoint's host, not under its base path
  Millis interval{5'000};        // between probes of one endpoint
  Millis timeout{1'000};         // one probe, connect included
  int unhealthy_after = 2;       // consecutive failed probes that take an endpoint out
  int healthy_after = 1;         // consecutive good probes that bring it back
  bool operator==(const HealthCheckConfig&) const = default;
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
  bool operator==(const CircuitBreakerConfig&) const = default;
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
  std::string api_version;             // azure_openai: the api-version query parameter
  // anthropic: the `anthropic-version` header, and the max_tokens sent when
  // the client set none (Anthropic's API requires one).
  std::string anthropic_version;
  std::int64_t default_max_tokens = 4096;
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
  bool operator==(const ProviderConfig&) const = default;
};

using core::Side;
using core::to_string;

// A local deployment's load limits (`spill:` on it): past either, requests
// whose class may use the cloud go to the model's cloud deployments first
// (routing/load_monitor.hpp); 0 leaves that limit off.
struct SpillLimitsConfig {
  int queue_depth = 0;  // requests queued or running at its provider
  Millis p95{0};        // recent 95th-percentile latency (answer, or first chunk)
  bool any() const { return queue_depth > 0 || p95.count() > 0; }
};

struct DeploymentConfig {
  std::string name;      // unique; default "<provider>/<model>"
  std::string provider;  // ProviderConfig::name
  std::string model;     // upstream model name
  Side side = Side::cloud;
  Price price;
  CircuitBreakerConfig circuit_breaker;  // the provider's, with this deployment's keys applied
  SpillLimitsConfig spill;               // local only
  int line = 0;
};

struct ModelConfig {
  std::string alias;                          // public name clients send
  std::vector<DeploymentConfig> deployments;  // in fallback order
  // Declared without `deployments:`: served only through routing rules
  // (e.g. `alias: auto`); a routing rule must be able to serve it.
  bool virtual_alias = false;
  std::string data_class;  // the route's default class; "" for none
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

// How load-aware spill behaves (`routing.spill:`); the limits are on each
// local deployment.
struct SpillConfig {
  double resume_below = 0.8;     // a spilling deployment returns below this share of its limits
  Millis latency_window{2'000};  // the p95 is over the attempts of this recent window
  // A request with nowhere to spill (its class may not use the cloud, or the
  // model has no other deployment) waits this long for a local deployment to
  // come under its limits, then gets 503 with Retry-After.
  Millis max_wait{5'000};
};

// A bound on a numeric fact; `over` and `under` are strict (a fact equal to
// the bound does not match), either may be absent.
struct FactRange {
  std::optional<double> over;
  std::optional<double> under;
  bool contains(double v) const { return (!over || v > *over) && (!under || v < *under); }
};

// The facts a routing rule's `when:` tests (docs/routing.md): every one
// given must hold; a list holds when the fact is any of its values.
struct RuleCondition {
  std::vector<std::string> models;            // the alias asked for
  std::vector<std::string> teams;             // the caller's team
  std::vector<std::string> data_classes;      // privacy class names
  std::vector<std::string> entities;          // any of these entity types found
  std::vector<std::string> tasks;             // x-switchyard-task / metadata.task
  std::vector<std::string> response_formats;  // none, text, json_object, json_schema
  std::optional<FactRange> prompt_tokens;     // estimated (docs/routing.md)
  // local_load: the least loaded local deployment of the model asked for:
  // requests queued or running at it, and its recent p95 latency.
  std::optional<FactRange> local_queue_depth;
  std::optional<FactRange> local_p95_ms;
  std::optional<FactRange> difficulty;  // the difficulty model's score (routing.difficulty_model)
  std::optional<FactRange> budget;      // the caller's budget spent, as a share (0..1+)
  std::optional<bool> tools;
  std::optional<bool> images;
  std::optional<bool> attachments;  // any part that is not text (images, audio, files)
  std::optional<bool> stream;
  bool empty() const {
    return models.empty() && teams.empty() && data_classes.empty() && entities.empty() &&
           tasks.empty() && response_formats.empty() && !prompt_tokens && !local_queue_depth &&
           !local_p95_ms && !difficulty && !budget && !tools && !images && !attachments && !stream;
  }
};

// `route: {by: difficulty, ...}`: the alias's cloud deployments first for
// a prompt whose difficulty is over the threshold, its local ones first
// otherwise. The threshold is given, or the difficulty model's (which must
// have been calibrated for `strong_share` when that is given).
struct DifficultyRouteConfig {
  std::optional<double> strong_share;  // the share of prompts meant for the cloud
  std::optional<double> threshold;     // difficulty over which the cloud goes first
  int line = 0;
};

// What a matching rule does (`then:`): exactly one of serve, pin, prefer,
// route, cascade and refuse, or a price cap alone; a price cap may go with
// serve, prefer or route.
struct RuleAction {
  std::vector<std::string> serve;              // deployment names, in order
  std::string pin;                             // one deployment, no fallback
  std::optional<Side> prefer;                  // the alias's deployments of that side first
  std::optional<DifficultyRouteConfig> route;  // by difficulty
  std::optional<double> max_price_per_1m;
  std::optional<std::string> refuse;     // the reason given to the client
  std::optional<CascadeConfig> cascade;  // first, judge, then (docs/cascade.md)
};

struct RoutingRuleConfig {
  std::string name;  // unique; in headers, the ledger and metric labels
  RuleCondition when;
  RuleAction then;
  int line = 0;
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

// privacy.sessions (x-switchyard-session, docs/privacy.md): a session that
// carried data of class `remember` or above keeps its later requests at
// that class until it has been quiet for `ttl`. The store is the limits'
// (in this process, at most max_entries sessions; or their Redis).
struct SessionsConfig {
  bool enabled = true;
  Millis ttl{24LL * 60 * 60 * 1000};
  std::string remember;  // a class name; "": the highest class
  std::size_t max_entries = 100'000;
  bool operator==(const SessionsConfig&) const = default;
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
  SessionsConfig sessions;
};

// Entity type names the privacy section accepts (privacy::entity_name's).
extern const std::vector<std::string_view> kEntityNames;

// The request ledger and audit chain: SQLite (WAL) on one machine, or
// PostgreSQL shared by several replicas (docs/deployment.md).
struct LedgerConfig {
  enum class Store { sqlite, postgres };
  Store store = Store::sqlite;
  // postgres: the NAME of the environment variable holding the libpq URL
  // (it may carry a password), and its value, read at load. Never logged.
  std::string url_env;
  std::string url;
  // sqlite: the database file. postgres: where this replica's record
  // journals go (`<path>.journal-...`, on its own disk). A relative path in
  // the file is relative to the file's folder.
  std::string path;
  bool full_sync = false;  // sync: full — survive power loss, not only a process crash
  // Records go through a per-process journal beside the database (a shared
  // file mapping) instead of a database commit per answer; sync: full
  // commits to the database directly either way.
  bool journal = true;
  std::size_t journal_bytes = std::size_t{8} << 20;  // ledger::kDefaultJournalBytes
  bool operator==(const LedgerConfig&) const = default;
};

// `observe:` — the access log and traces (docs/observability.md).
struct TraceConfig {
  // The OTLP/HTTP traces URL (JSON), e.g. http://127.0.0.1:4318/v1/traces;
  // "": tracing off (the default).
  std::string endpoint;
  std::string service_name = "switchyard";
  Millis interval{1000};         // a batch goes out at least this often
  std::size_t max_batch = 512;   // spans per export request
  std::size_t max_queue = 8192;  // spans waiting beyond this are dropped (and counted)
  bool operator==(const TraceConfig&) const = default;
};

struct ObserveConfig {
  // "off" (the default), "stderr", or a file (relative: to the config's folder).
  std::string access_log = "off";
  // Each line also carries the request's last user message. Off unless set:
  // prompt text is the user's data.
  bool access_log_prompts = false;
  // Teams with series of their own in /metrics (tokens and cost by team);
  // every other team counts as "other", so the label set stays bounded.
  // Teams named by routing rules are added to these.
  std::vector<std::string> teams;
  TraceConfig traces;
  bool operator==(const ObserveConfig&) const = default;
};

// The admin API (/admin/...): its key comes from an environment variable
// named here, read once at load; without one the admin API is off.
struct AdminConfig {
  std::string key_env = "SWITCHYARD_ADMIN_KEY";  // the variable's NAME, never the key
  std::string key;                               // its value; "": admin API off. Never logged
  bool operator==(const AdminConfig&) const = default;
};

// Virtual keys (`keys:`, docs/keys.md).
struct KeysConfig {
  // false (open mode, a single-user machine): a request without a virtual
  // key is served as an anonymous caller; true: it is a 401. A virtual key
  // is checked in both modes.
  bool required = false;
  std::string path;       // the key database; default: the ledger's database file
  std::string url;        // set: the keys are in PostgreSQL (the ledger's), not in `path`
  Millis refresh{1'000};  // how soon a change made by another process is seen
};

// Where rate-limit counters live (`limits:`, docs/deployment.md): in this
// process, or in Redis shared by several replicas.
struct LimitsConfig {
  enum class Store { memory, redis };
  Store store = Store::memory;
  std::string url_env;  // redis: the NAME of the variable holding the Redis URL
  std::string url;      // its value, read at load; never logged
  // Redis unreachable: refuse (503, the default) or serve without limits.
  bool fail_open = false;
  Millis timeout{100};   // connect and each command
  Millis lease{30'000};  // a concurrency slot of a replica that died frees after this
  std::string prefix = "switchyard:limits:";  // the Redis keys' prefix
};

// What the ledger prices requests against besides their own deployment
// (`cost:`, docs/cost.md): the reference cloud model whose price gives each
// record's counterfactual cost ("what this would have cost all-cloud").
struct CostConfig {
  std::optional<Price> reference;  // unset: no counterfactual (recorded as 0)
  std::string reference_name;      // the deployment it was taken from, or "" (a price given)
};

// How the keys' budgets (budget_day_usd, budget_month_usd) are enforced
// (`budgets:`, docs/cost.md).
struct BudgetsConfig {
  // At this share of a budget (spent + reserved), the key's requests run
  // only on local deployments, when the plan has one; 0: never downgrade.
  double downgrade_at = 0;
  // Once a budget is spent, deployments whose every price is 0 stay allowed.
  bool free_local_when_spent = true;
  // A request without max_tokens reserves this many output tokens.
  std::int64_t output_tokens_estimate = 1024;
};

struct Config {
  std::string source_path;
  CostConfig cost;
  BudgetsConfig budgets;
  AdminConfig admin;
  ObserveConfig observe;
  KeysConfig keys;
  LedgerConfig ledger;
  LimitsConfig limits;
  PrivacyConfig privacy;
  ServerConfig server;
  std::vector<ProviderConfig> providers;
  std::vector<ModelConfig> models;
  RetryConfig retry;
  SpillConfig spill;
  // routing.difficulty_model: the difficulty scorer's model file (relative
  // paths resolved against the file's folder); "" none. Read by
  // routing::load_difficulty (routing/difficulty_setup.hpp).
  std::string difficulty_model;
  int difficulty_model_line = 0;
  // routing.record_prompt_features: each chat record keeps the difficulty
  // router's features of its prompt (never the text), for `switchyard
  // router train --ledger`. Off by default.
  bool record_prompt_features = false;
  std::vector<RoutingRuleConfig> routing_rules;  // routing.rules, in order: first match wins

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
