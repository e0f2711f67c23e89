// Where shared state lives, for several replicas (docs/deployment.md):
// `ledger.store: postgres` (the ledger and the keys in PostgreSQL) and
// `limits:` (rate-limit counters in this process or in Redis). Their URLs
// may carry passwords, so the file names environment variables holding
// them, as it does for provider keys and the admin key.
#include "switchyard/config/sections.hpp"
#include "switchyard/config/values.hpp"

namespace switchyard::config {
namespace {

const MapSchema kLimits{
    {"store", "url_env", "on_unavailable", "timeout_ms", "lease_ms", "prefix"},
    {{"url",
      "a URL (it may hold a password) does not belong in a config file. Put it in an "
      "environment variable and write that variable's name instead, e.g. url_env: "
      "SWITCHYARD_REDIS_URL"}}};

constexpr std::size_t kMaxEnvNameLength = 64;

}  // namespace

std::string read_url_env(const MapReader& m, GetEnv getenv_fn, const std::string& what,
                         const std::string& example, std::string& env) {
  if (!m.read_string("url_env", env)) {
    m.report("store", "needs url_env: the NAME of the environment variable that holds the " + what +
                          " URL, e.g. url_env: " + example);
    return "";
  }
  if (!is_env_var_name(env) || env.size() > kMaxEnvNameLength) {
    // Not echoed: a value that is not a variable name is often the URL itself.
    m.report("url_env",
             "must be the NAME of an environment variable (letters, digits and '_', not "
             "starting with a digit), e.g. " +
                 example + "; if you wrote the URL itself here, move it into a variable");
    return "";
  }
  const char* value = getenv_fn(env.c_str());
  if (!value || !*value) {
    m.report("url_env",
             "the environment variable " + env + " is not set; it must hold the " + what + " URL");
    return "";
  }
  return value;
}

void read_limits(const YAML::Node& node, int line, GetEnv getenv_fn, LimitsConfig& out,
                 Problems& problems) {
  const MapReader m(node, line, "limits", kLimits, problems);
  std::string store;
  if (m.read_string("store", store)) {
    if (store == "redis") {
      out.store = LimitsConfig::Store::redis;
    } else if (store != "memory") {
      m.report("store",
               "must be memory (counters in this process: one gateway) or redis (shared by "
               "several replicas), got '" +
                   store + "'");
      return;
    }
  }
  if (out.store == LimitsConfig::Store::redis) {
    out.url = read_url_env(m, getenv_fn, "Redis", "SWITCHYARD_REDIS_URL", out.url_env);
  } else if (m.has("url_env")) {
    m.report("url_env", "is for store: redis; the in-memory counters need no URL");
  }
  std::string on;
  if (m.read_string("on_unavailable", on)) {
    if (on == "allow")
      out.fail_open = true;
    else if (on != "refuse")
      m.report("on_unavailable",
               "must be refuse (Redis unreachable: 503, nothing sent) or allow (serve without "
               "limits until it is back), got '" +
                   on + "'");
  }
  m.read_millis("timeout_ms", 1, out.timeout);
  m.read_millis("lease_ms", 1000, out.lease);
  if (m.read_string("prefix", out.prefix) && out.prefix.empty())
    m.report("prefix", "must not be empty: it keeps the gateway's keys apart in Redis");
}

}  // namespace switchyard::config
