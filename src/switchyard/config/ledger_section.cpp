#include <filesystem>

#include "switchyard/config/sections.hpp"

namespace switchyard::config {
namespace {

const MapSchema kLedger{{"path", "sync", "journal", "journal_size"}};

constexpr std::size_t kMinJournal = std::size_t{64} << 10;  // ledger::kMinJournalBytes
constexpr std::size_t kMaxJournal = std::size_t{1} << 30;

}  // namespace

void read_ledger(const YAML::Node& node, int line, const std::string& config_dir, LedgerConfig& out,
                 Problems& problems) {
  const MapReader m(node, line, "ledger", kLedger, problems);
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
