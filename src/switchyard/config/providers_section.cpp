#include <map>

#include "switchyard/config/sections.hpp"
#include "switchyard/config/suggest.hpp"
#include "switchyard/config/values.hpp"

namespace switchyard::config {
namespace {

const MapSchema kProvider{
    {"name", "kind", "base_url", "api_key_env", "connect_timeout_ms", "timeout_ms", "verify_tls",
     "ca_file"},
    {{"api_key",
      "a secret does not belong in a config file. Put it in an environment variable and write "
      "that variable's name instead, e.g. api_key_env: OPENAI_API_KEY"}}};

const std::vector<std::string_view> kKinds{"openai_compatible"};

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

void read_kind(const MapReader& m, ProviderConfig& p) {
  std::string kind;
  if (!m.require("kind") || !m.read_string("kind", kind)) return;
  if (kind == "openai_compatible") {
    p.kind = ProviderKind::openai_compatible;
    return;
  }
  std::string message = "names unknown kind '" + kind + "'";
  const auto guess = nearest(kind, kKinds);
  message += guess.empty() ? "; " : "; did you mean '" + guess + "'? ";
  m.report("kind", message + "allowed kinds: " + join(kKinds));
}

void read_base_url(const MapReader& m, ProviderConfig& p) {
  std::string url;
  if (!m.require("base_url") || !m.read_string("base_url", url)) return;
  const auto normalized = normalize_base_url(url);
  if (normalized) {
    p.base_url = *normalized;
    return;
  }
  // A URL with user:password@ holds a secret; every other one is safe to show.
  const bool may_hold_secret = url.find('@') != std::string::npos;
  m.report("base_url",
           normalized.error().message + (may_hold_secret ? "" : " (got '" + url + "')"));
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

ProviderConfig read_provider(const YAML::Node& node, int line, std::size_t index, GetEnv getenv_fn,
                             std::map<std::string, int>& seen, Problems& problems) {
  const std::string name = peek_scalar(node, "name");
  const MapReader m(
      node, line,
      name.empty() ? "provider #" + std::to_string(index + 1) : "provider '" + name + "'",
      kProvider, problems);
  ProviderConfig p;
  p.line = line;
  read_name(m, seen, p);
  read_kind(m, p);
  read_base_url(m, p);
  read_api_key(m, getenv_fn, p);
  m.read_millis("connect_timeout_ms", 1, p.connect_timeout);
  m.read_millis("timeout_ms", 1, p.timeout);
  m.read_bool("verify_tls", p.verify_tls);
  m.read_string("ca_file", p.ca_file);
  return p;
}

}  // namespace

std::string peek_scalar(const YAML::Node& map, const char* key) {
  if (!map.IsMap()) return {};
  for (auto it = map.begin(); it != map.end(); ++it)
    if (it->first.IsScalar() && it->first.Scalar() == key)
      return it->second.IsScalar() ? it->second.Scalar() : std::string();
  return {};
}

std::vector<ProviderConfig> read_providers(const YAML::Node& node, int line, GetEnv getenv_fn,
                                           Problems& problems) {
  std::vector<ProviderConfig> providers;
  std::map<std::string, int> seen;
  const auto items = list_items(node, line, "'providers'", "- name: openai", problems);
  for (std::size_t i = 0; i < items.size(); ++i)
    providers.push_back(
        read_provider(items[i].first, items[i].second, i, getenv_fn, seen, problems));
  return providers;
}

}  // namespace switchyard::config
