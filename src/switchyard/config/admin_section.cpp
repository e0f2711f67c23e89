// `admin:` — where the admin API's key comes from (docs/keys.md). The key is
// a secret, so the file names the environment variable that holds it; the
// key itself never appears in a message.
#include "switchyard/config/sections.hpp"
#include "switchyard/config/values.hpp"

namespace switchyard::config {
namespace {

const MapSchema kAdmin{
    {"key_env"},
    {{"key",
      "a secret does not belong in a config file. Put the admin key in an environment variable "
      "and write that variable's name instead, e.g. key_env: SWITCHYARD_ADMIN_KEY"}}};

// Longer than any sensible variable name: more likely the key itself.
constexpr std::size_t kMaxEnvNameLength = 64;
// An admin key must not be guessable; `openssl rand -hex 32` gives 64.
constexpr std::size_t kMinAdminKeyLength = 16;

}  // namespace

void read_admin(const YAML::Node& node, int line, GetEnv getenv_fn, AdminConfig& out,
                Problems& problems) {
  const MapReader m(node, line, "admin", kAdmin, problems);
  std::string env;
  if (m.read_string("key_env", env)) {
    if (!is_env_var_name(env) || env.size() > kMaxEnvNameLength) {
      // Not echoed: a value that is not a variable name is often the key itself.
      m.report("key_env",
               "must be the NAME of an environment variable (letters, digits and '_', not "
               "starting with a digit), e.g. SWITCHYARD_ADMIN_KEY; if you wrote the key itself "
               "here, move it into an environment variable");
      return;
    }
    out.key_env = env;
  }
  const char* value = getenv_fn(out.key_env.c_str());
  out.key = value ? value : "";
  if (!out.key.empty() && out.key.size() < kMinAdminKeyLength) {
    const std::string where = m.has("key_env") ? "" : " (admin.key_env's default)";
    // At key_env, or the section; no line when the file has no admin section.
    const int at = m.has("key_env") ? m.line("key_env") : node.IsNull() ? 0 : line;
    problems.add(at,
                 "the admin key in the environment variable " + out.key_env + where +
                     " is shorter than " + std::to_string(kMinAdminKeyLength) +
                     " characters; use a key nobody can guess, e.g. the output of `openssl rand "
                     "-hex 32`");
    out.key.clear();
  }
}

}  // namespace switchyard::config
