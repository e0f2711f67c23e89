#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <set>

#include "switchyard/config/sections.hpp"
#include "switchyard/config/suggest.hpp"
#include "switchyard/config/values.hpp"

namespace switchyard::config {
namespace {

const MapSchema kProvider{
    {"name", "kind", "base_url", "endpoints", "health_check", "api_key_env", "connect_timeout_ms",
     "timeout_ms", "verify_tls", "ca_file", "model_path", "context_size", "threads", "parallel",
     "batch_size", "embeddings", "circuit_breaker",
     // What one upstream answer may cost: its stream clocks and sizes.
     "first_byte_timeout_ms", "stream_idle_timeout_ms", "max_stream_line_bytes",
     "max_stream_event_bytes", "max_response_bytes",
     // kind: azure_openai
     "api_version",
     // kind: anthropic
     "anthropic_version", "default_max_tokens"},
    {{"api_key",
      "a secret does not belong in a config file. Put it in an environment variable and write "
      "that variable's name instead, e.g. api_key_env: OPENAI_API_KEY"}}};

const MapSchema kHealthCheck{
    {"path", "interval_ms", "timeout_ms", "unhealthy_after", "healthy_after"}};

const std::vector<std::string_view> kKinds{"openai_compatible", "llama", "azure_openai", "gemini",
                                           "anthropic"};

// What a kind without `base_url` talks to.
constexpr std::string_view kGeminiBaseUrl = "https://generativelanguage.googleapis.com/v1beta";
constexpr std::string_view kAnthropicBaseUrl = "https://api.anthropic.com/v1";
// The anthropic-version header an anthropic provider sends when it names
// none: the Messages API's current version.
constexpr std::string_view kAnthropicVersion = "2023-06-01";
// The api-version an azure_openai provider sends when it names none: the
// latest generally available version of Azure OpenAI's data-plane API.
constexpr std::string_view kAzureApiVersion = "2024-10-21";

// Keys that only one kind understands.
const std::vector<std::string_view> kHttpOnlyKeys{
    "base_url", "endpoints", "health_check", "api_key_env", "connect_timeout_ms", "verify_tls",
    "ca_file",
    // What one upstream answer may cost: its stream clocks and sizes.
    "first_byte_timeout_ms", "stream_idle_timeout_ms", "max_stream_line_bytes",
    "max_stream_event_bytes", "max_response_bytes"};
const std::vector<std::string_view> kLlamaOnlyKeys{"model_path", "context_size", "threads",
                                                   "parallel",   "batch_size",   "embeddings"};

// Longer than any sensible variable name: more likely the key itself.
constexpr std::size_t kMaxEnvNameLength = 64;

void read_name(const MapReader& m, std::map<std::string, int>& seen, ProviderConfig& p) {
  if (!m.require("name") || !m.read_string("name", p.name)) return;
  if (!is_provider_name(p.name)) {
    m.report("name",
             "must use only a-z, 0-9, '_', '.' and '-' (it becomes part of deployment "
             "names and metric labels), got '" +
                 p.name + "'");
    return;
  }
  const auto [it, inserted] = seen.emplace(p.name, m.line("name"));
  if (!inserted)
    m.problems().add(m.line("name"), "provider '" + p.name + "' is declared twice (first at line " +
                                         std::to_string(it->second) + "); names must be unique");
}

// Returns whether the kind was read (false: absent, mistyped or unknown).
bool read_kind(const MapReader& m, ProviderConfig& p) {
  std::string kind;
  if (!m.require("kind") || !m.read_string("kind", kind)) return false;
  if (kind == "openai_compatible") {
    p.kind = ProviderKind::openai_compatible;
    return true;
  }
  if (kind == "llama") {
    p.kind = ProviderKind::llama;
    return true;
  }
  if (kind == "azure_openai") {
    p.kind = ProviderKind::azure_openai;
    return true;
  }
  if (kind == "gemini") {
    p.kind = ProviderKind::gemini;
    return true;
  }
  if (kind == "anthropic") {
    p.kind = ProviderKind::anthropic;
    return true;
  }
  std::string message = "names unknown kind '" + kind + "'";
  const auto guess = nearest(kind, kKinds);
  message += guess.empty() ? "; " : "; did you mean '" + guess + "'? ";
  m.report("kind", message + "allowed kinds: " + join(kKinds));
  return false;
}

// Keys of the other kind are mistakes, not options to ignore.
void reject_keys_of_other_kind(const MapReader& m, ProviderKind kind) {
  const bool llama = kind == ProviderKind::llama;
  for (auto key : llama ? kHttpOnlyKeys : kLlamaOnlyKeys)
    if (m.has(key))
      m.report(key, llama ? "does not apply to kind llama (the in-process engine reads a local "
                            "GGUF file named by model_path); remove it"
                          : "applies only to kind llama (the in-process engine); remove it");
  if (kind != ProviderKind::azure_openai && m.has("api_version"))
    m.report("api_version",
             "applies only to kind azure_openai (the api-version of its URLs); "
             "remove it");
  if (kind != ProviderKind::anthropic)
    for (auto key : {"anthropic_version", "default_max_tokens"})
      if (m.has(key))
        m.report(key, "applies only to kind anthropic (Anthropic's Messages API); remove it");
  // A pool is of servers of the same models that the gateway may balance
  // over; a cloud API is one endpoint with its own balancing.
  if (kind == ProviderKind::azure_openai || kind == ProviderKind::gemini ||
      kind == ProviderKind::anthropic) {
    for (auto key : {"endpoints", "health_check"})
      if (m.has(key))
        m.report(key, std::string("applies only to kind openai_compatible (a pool of servers); "
                                  "kind ") +
                          to_string(kind) + " is one API endpoint, written as base_url");
  }
}

void read_llama(const MapReader& m, const std::string& config_dir, LlamaConfig& l) {
  if (m.require("model_path") && m.read_string("model_path", l.model_path)) {
    if (l.model_path.empty()) {
      m.report("model_path", "must name a GGUF file, e.g. model_path: models/llama-3.2-1b.gguf");
    } else {
      std::filesystem::path p(l.model_path);
      if (!p.is_absolute() && !config_dir.empty())
        l.model_path = (std::filesystem::path(config_dir) / p).string();
    }
  }
  m.read_int("context_size", 16, 1 << 20, l.context_size);
  m.read_int("threads", 1, 1024, l.threads);
  m.read_int("parallel", 1, 256, l.parallel);
  m.read_int("batch_size", 1, 1 << 16, l.batch_size);
  m.read_bool("embeddings", l.embeddings);
  if (l.batch_size < l.parallel)
    m.report(m.has("batch_size") ? "batch_size" : "parallel",
             "makes batch_size (" + std::to_string(l.batch_size) + ") smaller than parallel (" +
                 std::to_string(l.parallel) + "); every slot needs a place in each batch");
}

// A base URL's problem, showing the URL unless it may hold a secret
// (user:password@); "" when it is fine.
std::string url_problem(const std::string& url, std::string& normalized_out) {
  const auto normalized = normalize_base_url(url);
  if (normalized) {
    normalized_out = *normalized;
    return {};
  }
  const bool may_hold_secret = url.find('@') != std::string::npos;
  return normalized.error().message + (may_hold_secret ? "" : " (got '" + url + "')");
}

void read_base_url(const MapReader& m, ProviderConfig& p) {
  std::string url;
  if (!m.read_string("base_url", url)) return;
  if (auto problem = url_problem(url, p.base_url); !problem.empty()) m.report("base_url", problem);
}

// A pool: base URLs of servers that serve the same models, e.g. several
// llama-server or vLLM instances.
void read_endpoints(const MapReader& m, ProviderConfig& p) {
  const YAML::Node& list = *m.value("endpoints");
  if (!list.IsSequence() || list.size() == 0) {
    m.report("endpoints",
             "must be a list of at least one base URL, e.g. [\"http://10.0.0.5:8080/v1\", "
             "\"http://10.0.0.6:8080/v1\"], got " +
                 describe(list));
    return;
  }
  std::set<std::string> seen;
  for (const auto& item : list) {
    const int line = line_of(item) > 0 ? line_of(item) : m.line("endpoints");
    std::string prefix = "'endpoints' in ";
    prefix += m.what();
    if (!item.IsScalar()) {
      m.problems().add(line, prefix + " must list base URLs as strings, got " + describe(item));
      continue;
    }
    std::string url;
    if (auto problem = url_problem(item.Scalar(), url); !problem.empty()) {
      m.problems().add(line, prefix + ": an endpoint " + problem);
      continue;
    }
    if (!seen.insert(url).second) {
      m.problems().add(line, prefix + " lists " + url + " twice; name each server once");
      continue;
    }
    p.endpoints.push_back(url);
  }
}

void read_health_check(const MapReader& m, HealthCheckConfig& h) {
  std::string what = "health_check of ";
  what += m.what();
  const MapReader hc(*m.value("health_check"), m.line("health_check"), what, kHealthCheck,
                     m.problems());
  if (hc.read_string("path", h.path) &&
      (!h.path.starts_with('/') || h.path.find_first_of(" \t\r\n") != std::string::npos)) {
    hc.report("path",
              "must be a path on the endpoint's host starting with '/', e.g. /health "
              "(llama-server, vLLM) or / (Ollama), got '" +
                  h.path + "'");
  }
  hc.read_millis("interval_ms", 10, h.interval);
  hc.read_millis("timeout_ms", 1, h.timeout);
  hc.read_int("unhealthy_after", 1, 1000, h.unhealthy_after);
  hc.read_int("healthy_after", 1, 1000, h.healthy_after);
}

// One server (base_url) or a pool of them (endpoints): exactly one of the two.
void read_upstream(const MapReader& m, ProviderConfig& p) {
  const bool one = m.has("base_url");
  const bool pool = m.has("endpoints");
  if (one && pool) {
    m.report("endpoints",
             "and 'base_url' are both given; write base_url for one server, or endpoints for a "
             "pool of servers of the same models, not both");
  } else if (!one && !pool) {
    std::string message = "missing required key 'base_url' in ";
    message += m.what();
    message += " (or 'endpoints', a list of base URLs, for a pool of servers of the same models)";
    if (m.is_map()) m.problems().add(m.line("base_url"), message);
  } else if (one) {
    read_base_url(m, p);
  } else {
    read_endpoints(m, p);
  }
  if (!m.has("health_check")) return;
  if (!pool) {
    m.report("health_check",
             "applies only to a pool of endpoints; to have one server checked, write it as "
             "endpoints: [<its base URL>] instead of base_url");
    return;
  }
  read_health_check(m, p.health_check);
}

// The variable's value becomes the key; its absence is not a problem here,
// because a laptop without cloud credentials should still serve local models.
void read_api_key(const MapReader& m, GetEnv getenv_fn, ProviderConfig& p) {
  std::string env;
  if (!m.read_string("api_key_env", env)) return;
  if (!is_env_var_name(env) || env.size() > kMaxEnvNameLength) {
    // Not echoed: a value that is not a variable name is often the key itself.
    m.report("api_key_env",
             "must be the NAME of an environment variable (letters, digits and '_', not starting "
             "with a digit), e.g. OPENAI_API_KEY; if you wrote the key itself here, move it into "
             "an environment variable");
    return;
  }
  p.api_key_env = env;
  if (const char* value = getenv_fn(env.c_str())) p.api_key = value;
}

// azure_openai and gemini: one API endpoint (`endpoints` was refused with
// the keys of other kinds). Gemini's has a default; an Azure resource's is
// its own.
void read_cloud_upstream(const MapReader& m, ProviderConfig& p) {
  if (m.has("base_url")) {
    read_base_url(m, p);
  } else if (p.kind == ProviderKind::gemini) {
    p.base_url = kGeminiBaseUrl;
  } else if (p.kind == ProviderKind::anthropic) {
    p.base_url = kAnthropicBaseUrl;
  } else if (m.is_map()) {
    m.problems().add(m.line("base_url"),
                     "missing required key 'base_url' in " + m.what() +
                         " (the resource's endpoint, e.g. https://my-resource.openai.azure.com)");
  }
}

// azure_openai: the api-version query parameter of every URL.
void read_api_version(const MapReader& m, ProviderConfig& p) {
  p.api_version = kAzureApiVersion;
  if (!m.read_string("api_version", p.api_version)) return;
  const bool ok =
      !p.api_version.empty() && std::all_of(p.api_version.begin(), p.api_version.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-' || c == '.' || c == '_';
      });
  if (!ok)
    m.report("api_version", "must be an Azure OpenAI API version such as " +
                                std::string(kAzureApiVersion) +
                                " (letters, digits, '-', '.'), got '" + p.api_version + "'");
}

// anthropic: the anthropic-version header (a date, YYYY-MM-DD) and the
// max_tokens sent for a request that set none.
void read_anthropic(const MapReader& m, ProviderConfig& p) {
  p.anthropic_version = kAnthropicVersion;
  if (m.read_string("anthropic_version", p.anthropic_version)) {
    const std::string& v = p.anthropic_version;
    bool ok = v.size() == 10 && v[4] == '-' && v[7] == '-';
    for (std::size_t i = 0; ok && i < v.size(); ++i)
      ok = i == 4 || i == 7 || std::isdigit(static_cast<unsigned char>(v[i])) != 0;
    if (!ok)
      m.report("anthropic_version", "must be an Anthropic API version, a date such as " +
                                        std::string(kAnthropicVersion) + ", got '" + v + "'");
  }
  m.read_int("default_max_tokens", 1, 1'000'000, p.default_max_tokens);
}

ProviderConfig read_provider(const YAML::Node& node, int line, std::size_t index, GetEnv getenv_fn,
                             const std::string& config_dir, std::map<std::string, int>& seen,
                             Problems& problems) {
  const std::string name = peek_scalar(node, "name");
  const MapReader m(
      node, line,
      name.empty() ? "provider #" + std::to_string(index + 1) : "provider '" + name + "'",
      kProvider, problems);
  ProviderConfig p;
  p.line = line;
  read_name(m, seen, p);
  const bool known_kind = read_kind(m, p);
  if (known_kind) reject_keys_of_other_kind(m, p.kind);
  m.read_millis("timeout_ms", 1, p.timeout);
  read_circuit_breaker(m, p.circuit_breaker);
  if (known_kind && p.kind == ProviderKind::llama) {
    read_llama(m, config_dir, p.llama);
    return p;
  }
  if (known_kind && p.kind != ProviderKind::openai_compatible) {
    read_cloud_upstream(m, p);
  } else {
    read_upstream(m, p);
  }
  if (known_kind && p.kind == ProviderKind::azure_openai) read_api_version(m, p);
  if (known_kind && p.kind == ProviderKind::anthropic) read_anthropic(m, p);
  read_api_key(m, getenv_fn, p);
  m.read_millis("connect_timeout_ms", 1, p.connect_timeout);
  m.read_millis("first_byte_timeout_ms", 1, p.first_byte_timeout);
  m.read_millis("stream_idle_timeout_ms", 1, p.stream_idle_timeout);
  m.read_byte_size("max_stream_line_bytes", p.max_stream_line_bytes);
  m.read_byte_size("max_stream_event_bytes", p.max_stream_event_bytes);
  m.read_byte_size("max_response_bytes", p.max_response_bytes);
  m.read_bool("verify_tls", p.verify_tls);
  m.read_string("ca_file", p.ca_file);
  return p;
}

}  // namespace

const char* to_string(ProviderKind k) {
  switch (k) {
    case ProviderKind::openai_compatible:
      return "openai_compatible";
    case ProviderKind::llama:
      return "llama";
    case ProviderKind::azure_openai:
      return "azure_openai";
    case ProviderKind::gemini:
      return "gemini";
    case ProviderKind::anthropic:
      return "anthropic";
  }
  return "?";
}

std::string peek_scalar(const YAML::Node& map, const char* key) {
  if (!map.IsMap()) return {};
  for (auto it = map.begin(); it != map.end(); ++it)
    if (it->first.IsScalar() && it->first.Scalar() == key)
      return it->second.IsScalar() ? it->second.Scalar() : std::string();
  return {};
}

std::vector<ProviderConfig> read_providers(const YAML::Node& node, int line, GetEnv getenv_fn,
                                           const std::string& config_dir, Problems& problems) {
  std::vector<ProviderConfig> providers;
  std::map<std::string, int> seen;
  const auto items = list_items(node, line, "'providers'", "- name: openai", problems);
  for (std::size_t i = 0; i < items.size(); ++i)
    providers.push_back(
        read_provider(items[i].first, items[i].second, i, getenv_fn, config_dir, seen, problems));
  return providers;
}

}  // namespace switchyard::config
