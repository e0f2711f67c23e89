#include <filesystem>

#include "switchyard/config/sections.hpp"

namespace switchyard::config {
namespace {

const MapSchema kLedger{
    {"store", "url_env", "path", "sync", "journal", "journal_size"},
    {{"url",
      "a URL (it may hold a password) does not belong in a config file. Put it in an "
      "environment variable and write that variable's name instead, e.g. url_env: "
      "SWITCHYARD_LEDGER_URL"}}};

constexpr std::size_t kMinJournal = std::size_t{64} << 10;  // ledger::kMinJournalBytes
constexpr std::size_t kMaxJournal = std::size_t{1} << 30;

}  // namespace

void read_ledger(const YAML::Node& node, int line, const std::string& config_dir, GetEnv getenv_fn,
                 LedgerConfig& out, Problems& problems) {
  const MapReader m(node, line, "ledger", kLedger, problems);
  std::string store;
  if (m.read_string("store", store)) {
    if (store == "postgres")
      out.store = LedgerConfig::Store::postgres;
    else if (store != "sqlite")
      m.report("store",
               "must be sqlite (one file: one machine) or postgres (shared by several "
               "replicas), got '" +
                   store + "'");
  }
  if (out.store == LedgerConfig::Store::postgres) {
    out.url = read_url_env(m, getenv_fn, "PostgreSQL", "SWITCHYARD_LEDGER_URL", out.url_env);
  } else if (m.has("url_env")) {
    m.report("url_env", "is for store: postgres; a SQLite ledger is the file at path");
  }
  std::string path = "switchyard-ledger.db";
  if (m.read_string("path", path) && path.empty())
    m.report("path", "must name the database file, e.g. path: /var/lib/switchyard/ledger.db");
  std::filesystem::path p(path);
  out.path = p.is_absolute() || config_dir.empty()
                 ? p.string()
                 : (std::filesystem::path(config_dir) / p).string();
  std::string sync;
  if (m.read_string("sync", sync)) {
    if (sync == "full")
      out.full_sync = true;
    else if (sync != "normal")
      m.report("sync",
               "must be normal (a committed record survives the process dying) or full (it "
               "also survives power loss, at an fsync per commit), got '" +
                   sync + "'");
  }
  m.read_bool("journal", out.journal);
  std::size_t bytes = out.journal_bytes;
  if (m.read_byte_size("journal_size", bytes)) {
    if (bytes < kMinJournal || bytes > kMaxJournal)
      m.report("journal_size",
               "must be between 64KiB and 1GiB, got " + std::to_string(bytes) + " bytes");
    else
      out.journal_bytes = bytes;
  }
}

}  // namespace switchyard::config
