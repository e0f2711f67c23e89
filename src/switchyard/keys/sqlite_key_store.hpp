// Virtual keys in a SQLite file: the table `virtual_keys` (one row per key:
// its policy, salt and digest as hex, never the key) and `virtual_keys_version`
// (one counter, raised by every write, so a gateway caching the keys notices
// a change the CLI made). By default the file is the ledger's database; the
// ledger's tables are not touched. One connection, behind a mutex.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <variant>
#include <vector>

#include "switchyard/keys/key_store.hpp"

struct sqlite3;

namespace switchyard::keys {

class SqliteKeyStore final : public KeyStore {
 public:
  // Opens (creating when missing) the database and the two tables. The
  // error names the file and says what failed.
  static core::Expected<std::unique_ptr<SqliteKeyStore>> open(const std::string& path);
  ~SqliteKeyStore() override;

  std::optional<core::Error> insert(const VirtualKey& key) override;
  core::Expected<std::optional<VirtualKey>> find(std::string_view id) override;
  core::Expected<std::vector<VirtualKey>> list() override;
  core::Expected<bool> revoke(std::string_view id, std::int64_t now_ms) override;
  core::Expected<bool> replace_secret(std::string_view id, const Salt& salt, const Digest& digest,
                                      std::int64_t now_ms) override;
  core::Expected<std::int64_t> version() override;

 private:
  SqliteKeyStore(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  core::Error error(const std::string& what) const;
  using Value = std::variant<std::string, std::int64_t, double>;
  // Runs `sql` (no rows) with `values` bound in order, and raises the
  // version, in one transaction; the number of rows it changed.
  core::Expected<int> write(const char* sql, const std::vector<Value>& values, const char* what);
  core::Expected<std::vector<VirtualKey>> select(const std::string& where, std::string_view id);

  std::mutex mu_;
  sqlite3* db_;
  std::string path_;
};

}  // namespace switchyard::keys
