// `keys:` — virtual keys (docs/keys.md): whether every request needs one,
// where they are stored, how soon a change made elsewhere (the CLI, another
// replica) is seen.
#include <filesystem>

#include "switchyard/config/sections.hpp"

namespace switchyard::config {
namespace {

const MapSchema kKeys{{"required", "path", "refresh_ms"}};

}  // namespace

void read_keys(const YAML::Node& node, int line, const std::string& config_dir,
               const LedgerConfig& ledger, KeysConfig& out, Problems& problems) {
  const MapReader m(node, line, "keys", kKeys, problems);
  m.read_bool("required", out.required);
  m.read_millis("refresh_ms", 10, out.refresh);
  std::string path;
  if (ledger.store == LedgerConfig::Store::postgres) {
    // The keys go where the ledger goes: every replica must see the same keys.
    if (m.has("path"))
      m.report("path",
               "names a SQLite file, but ledger.store is postgres: each replica would have keys "
               "of its own. Leave keys.path out to keep the keys in PostgreSQL beside the ledger");
    out.url = ledger.url;
    return;
  }
  if (m.read_string("path", path)) {
    if (path.empty()) {
      m.report("path",
               "must name the key database file, or be left out to keep the keys in the "
               "ledger's database");
    } else {
      const std::filesystem::path p(path);
      out.path = p.is_absolute() || config_dir.empty()
                     ? p.string()
                     : (std::filesystem::path(config_dir) / p).string();
      return;
    }
  }
  out.path = ledger.path;
}

}  // namespace switchyard::config
