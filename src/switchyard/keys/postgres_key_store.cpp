#include "switchyard/keys/postgres_key_store.hpp"

#include <cstdio>

namespace switchyard::keys {
namespace {

constexpr const char* kSchema = R"sql(
SELECT pg_advisory_xact_lock(7306245150011012);
CREATE TABLE IF NOT EXISTS virtual_keys (
  id               TEXT PRIMARY KEY,
  team             TEXT NOT NULL,
  name             TEXT NOT NULL,
  models           TEXT NOT NULL,  -- allowed aliases, one per line; '' for all
  max_cloud_class  TEXT NOT NULL,
  default_class    TEXT NOT NULL,
  rpm              BIGINT NOT NULL,
  tpm              BIGINT NOT NULL,
  max_concurrent   BIGINT NOT NULL,
  expires_ms       BIGINT NOT NULL,
  budget_day_usd   DOUBLE PRECISION NOT NULL,
  budget_month_usd DOUBLE PRECISION NOT NULL,
  salt             TEXT NOT NULL,  -- hex
  digest           TEXT NOT NULL,  -- hex SHA-256 of tag, salt and key; never the key
  created_ms       BIGINT NOT NULL,
  rotated_ms       BIGINT NOT NULL,
  revoked_ms       BIGINT NOT NULL,
  position         BIGSERIAL       -- creation order, for list()
);
CREATE TABLE IF NOT EXISTS virtual_keys_version (
  one     INTEGER PRIMARY KEY CHECK (one = 1),
  version BIGINT NOT NULL
);
INSERT INTO virtual_keys_version VALUES (1, 0) ON CONFLICT DO NOTHING;
)sql";

constexpr const char* kColumns =
    "id, team, name, models, max_cloud_class, default_class, rpm, tpm, max_concurrent, "
    "expires_ms, budget_day_usd, budget_month_usd, salt, digest, created_ms, rotated_ms, "
    "revoked_ms";

std::string join_lines(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& m : items) out += (out.empty() ? "" : "\n") + m;
  return out;
}

std::vector<std::string> split_lines(const std::string& s) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < s.size()) {
    std::size_t end = s.find('\n', start);
    if (end == std::string::npos) end = s.size();
    out.push_back(s.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

std::string real(double v) {
  char buf[64];
  const int n = std::snprintf(buf, sizeof buf, "%.17g", v);
  return std::string(buf, static_cast<std::size_t>(n));
}

std::vector<std::string> row_of(const VirtualKey& k) {
  const KeyPolicy& p = k.policy;
  return {k.id,
          p.team,
          p.name,
          join_lines(p.models),
          p.max_cloud_class,
          p.default_class,
          std::to_string(p.rpm),
          std::to_string(p.tpm),
          std::to_string(p.max_concurrent),
          std::to_string(p.expires_ms),
          real(p.budget_day_usd),
          real(p.budget_month_usd),
          to_hex(k.salt.data(), k.salt.size()),
          to_hex(k.digest.data(), k.digest.size()),
          std::to_string(k.created_ms),
          std::to_string(k.rotated_ms),
          std::to_string(k.revoked_ms)};
}

// Row `row`; false when its salt or digest is not hex (a damaged row: the
// key then matches nothing).
bool read_row(const ledger::PgRows& rows, int row, VirtualKey& k) {
  KeyPolicy& p = k.policy;
  auto text = [&](int c) { return std::string(rows.text(row, c)); };
  k.id = text(0);
  p.team = text(1);
  p.name = text(2);
  p.models = split_lines(text(3));
  p.max_cloud_class = text(4);
  p.default_class = text(5);
  p.rpm = rows.int64(row, 6);
  p.tpm = rows.int64(row, 7);
  p.max_concurrent = rows.int64(row, 8);
  p.expires_ms = rows.int64(row, 9);
  p.budget_day_usd = rows.real(row, 10);
  p.budget_month_usd = rows.real(row, 11);
  const bool ok = from_hex(text(12), k.salt.data(), k.salt.size()) &&
                  from_hex(text(13), k.digest.data(), k.digest.size());
  k.created_ms = rows.int64(row, 14);
  k.rotated_ms = rows.int64(row, 15);
  k.revoked_ms = rows.int64(row, 16);
  return ok;
}

std::vector<ledger::PgParam> params_of(const std::vector<std::string>& values) {
  std::vector<ledger::PgParam> out;
  out.reserve(values.size());
  for (const auto& v : values) out.push_back({v});
  return out;
}

}  // namespace

core::Expected<std::unique_ptr<PostgresKeyStore>> PostgresKeyStore::open(const std::string& url) {
  auto db = ledger::PgConnection::open(url);
  if (!db) return db.error();
  std::unique_ptr<PostgresKeyStore> store(new PostgresKeyStore(std::move(*db)));
  ledger::PgConnection& c = *store->db_;
  if (auto e = c.begin()) return *e;
  if (auto e = c.run(kSchema)) {
    c.rollback();
    return core::Error::internal("cannot set up the key tables: " + e->message);
  }
  if (auto e = c.commit()) return *e;
  return store;
}

core::Expected<int> PostgresKeyStore::write(const char* sql,
                                            const std::vector<std::string>& params) {
  // The change and the version bump in one transaction, so a cache that
  // sees the new version sees the change.
  if (auto e = db_->begin()) return *e;
  auto changed = db_->exec(sql, params_of(params));
  if (!changed) {
    db_->rollback();
    return changed.error();
  }
  auto bumped = db_->exec("UPDATE virtual_keys_version SET version = version + 1");
  if (!bumped) {
    db_->rollback();
    return bumped.error();
  }
  if (auto e = db_->commit()) return *e;
  return changed->changed();
}

std::optional<core::Error> PostgresKeyStore::insert(const VirtualKey& key) {
  std::lock_guard lock(mu_);
  const std::string sql = std::string("INSERT INTO virtual_keys (") + kColumns +
                          ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, "
                          "$15, $16, $17)";
  auto r = write(sql.c_str(), row_of(key));
  if (!r) return r.error();
  return std::nullopt;
}

core::Expected<std::vector<VirtualKey>> PostgresKeyStore::select(
    const char* where, const std::vector<std::string>& params) {
  const std::string sql =
      std::string("SELECT ") + kColumns + " FROM virtual_keys " + where + " ORDER BY position";
  auto rows = db_->exec(sql, params_of(params));
  if (!rows) return rows.error();
  std::vector<VirtualKey> out;
  for (int row = 0; row < rows->size(); ++row) {
    VirtualKey k;
    if (read_row(*rows, row, k)) out.push_back(std::move(k));
  }
  return out;
}

core::Expected<std::optional<VirtualKey>> PostgresKeyStore::find(std::string_view id) {
  std::lock_guard lock(mu_);
  auto rows = select("WHERE id = $1", {std::string(id)});
  if (!rows) return rows.error();
  if (rows->empty()) return std::optional<VirtualKey>();
  return std::optional<VirtualKey>(std::move(rows->front()));
}

core::Expected<std::vector<VirtualKey>> PostgresKeyStore::list() {
  std::lock_guard lock(mu_);
  return select("", {});
}

core::Expected<bool> PostgresKeyStore::revoke(std::string_view id, std::int64_t now_ms) {
  std::lock_guard lock(mu_);
  auto exists = select("WHERE id = $1", {std::string(id)});
  if (!exists) return exists.error();
  if (exists->empty()) return false;
  auto r = write("UPDATE virtual_keys SET revoked_ms = $1 WHERE id = $2 AND revoked_ms = 0",
                 {std::to_string(now_ms), std::string(id)});
  if (!r) return r.error();
  return true;
}

core::Expected<bool> PostgresKeyStore::replace_secret(std::string_view id, const Salt& salt,
                                                      const Digest& digest, std::int64_t now_ms) {
  std::lock_guard lock(mu_);
  auto r = write(
      "UPDATE virtual_keys SET salt = $1, digest = $2, rotated_ms = $3 "
      "WHERE id = $4 AND revoked_ms = 0",
      {to_hex(salt.data(), salt.size()), to_hex(digest.data(), digest.size()),
       std::to_string(now_ms), std::string(id)});
  if (!r) return r.error();
  return *r > 0;
}

core::Expected<std::int64_t> PostgresKeyStore::version() {
  std::lock_guard lock(mu_);
  auto rows = db_->exec("SELECT version FROM virtual_keys_version WHERE one = 1");
  if (!rows) return rows.error();
  if (rows->size() != 1)
    return core::Error::internal(db_->where() + ": the key version is missing");
  return rows->int64(0, 0);
}

}  // namespace switchyard::keys
