// Virtual keys in PostgreSQL, beside the ledger, for several replicas: the
// same two tables as the SQLite store (`virtual_keys`, one row per key with
// its salt and digest as hex, never the key; `virtual_keys_version`, one
// counter every write raises in the same transaction). Each replica caches
// the keys in its KeyRing and its KeyRefresher polls the version every
// `keys.refresh_ms`, so a key created, rotated or revoked on any replica
// (or by the CLI) is honoured everywhere within that interval plus one
// query. One connection, behind a mutex.
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "switchyard/keys/key_store.hpp"
#include "switchyard/ledger/pg_connection.hpp"

namespace switchyard::keys {

class PostgresKeyStore final : public KeyStore {
 public:
  // Connects to `url` and creates the tables when missing. Errors name the
  // server, never the URL.
  static core::Expected<std::unique_ptr<PostgresKeyStore>> open(const std::string& url);

  std::optional<core::Error> insert(const VirtualKey& key) override;
  core::Expected<std::optional<VirtualKey>> find(std::string_view id) override;
  core::Expected<std::vector<VirtualKey>> list() override;
  core::Expected<bool> revoke(std::string_view id, std::int64_t now_ms) override;
  core::Expected<bool> replace_secret(std::string_view id, const Salt& salt, const Digest& digest,
                                      std::int64_t now_ms) override;
  core::Expected<std::int64_t> version() override;

 private:
  explicit PostgresKeyStore(std::unique_ptr<ledger::PgConnection> db) : db_(std::move(db)) {}
  // Runs `sql` with `params` and raises the version, in one transaction;
  // the number of rows it changed. mu_ held.
  core::Expected<int> write(const char* sql, const std::vector<std::string>& params);
  core::Expected<std::vector<VirtualKey>> select(const char* where,
                                                 const std::vector<std::string>& params);

  std::mutex mu_;
  std::unique_ptr<ledger::PgConnection> db_;
};

}  // namespace switchyard::keys
