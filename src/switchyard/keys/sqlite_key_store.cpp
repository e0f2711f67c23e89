#include "switchyard/keys/sqlite_key_store.hpp"

#include <sqlite3.h>

#include <variant>

namespace switchyard::keys {
namespace {

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS virtual_keys (
  id               TEXT PRIMARY KEY,
  team             TEXT NOT NULL,
  name             TEXT NOT NULL,
  models           TEXT NOT NULL,  -- allowed aliases, one per line; '' for all
  max_cloud_class  TEXT NOT NULL,
  default_class    TEXT NOT NULL,
  rpm              INTEGER NOT NULL,
  tpm              INTEGER NOT NULL,
  max_concurrent   INTEGER NOT NULL,
  expires_ms       INTEGER NOT NULL,
  budget_day_usd   REAL NOT NULL,
  budget_month_usd REAL NOT NULL,
  salt             TEXT NOT NULL,  -- hex
  digest           TEXT NOT NULL,  -- hex SHA-256 of tag, salt and key; never the key
  created_ms       INTEGER NOT NULL,
  rotated_ms       INTEGER NOT NULL,
  revoked_ms       INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS virtual_keys_version (
  one     INTEGER PRIMARY KEY CHECK (one = 1),
  version INTEGER NOT NULL
);
INSERT OR IGNORE INTO virtual_keys_version VALUES (1, 0);
)sql";

constexpr const char* kColumns =
    "id, team, name, models, max_cloud_class, default_class, rpm, tpm, max_concurrent, "
    "expires_ms, budget_day_usd, budget_month_usd, salt, digest, created_ms, rotated_ms, "
    "revoked_ms";

using Value = std::variant<std::string, std::int64_t, double>;  // SqliteKeyStore::Value

// A prepared statement, finalized on every path out of a scope.
struct Statement {
  sqlite3_stmt* s = nullptr;
  ~Statement() { sqlite3_finalize(s); }
};

void bind(sqlite3_stmt* s, const std::vector<Value>& values) {
  int i = 1;
  for (const Value& v : values) {
    if (auto* t = std::get_if<std::string>(&v))
      sqlite3_bind_text(s, i++, t->data(), static_cast<int>(t->size()), SQLITE_TRANSIENT);
    else if (auto* n = std::get_if<std::int64_t>(&v))
      sqlite3_bind_int64(s, i++, *n);
    else
      sqlite3_bind_double(s, i++, std::get<double>(v));
  }
}

std::string text(sqlite3_stmt* s, int i) {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(s, i));
  return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(s, i))) : std::string();
}

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

std::vector<Value> row_of(const VirtualKey& k) {
  const KeyPolicy& p = k.policy;
  return {k.id,
          p.team,
          p.name,
          join_lines(p.models),
          p.max_cloud_class,
          p.default_class,
          p.rpm,
          p.tpm,
          p.max_concurrent,
          p.expires_ms,
          p.budget_day_usd,
          p.budget_month_usd,
          to_hex(k.salt.data(), k.salt.size()),
          to_hex(k.digest.data(), k.digest.size()),
          k.created_ms,
          k.rotated_ms,
          k.revoked_ms};
}

// The row under the cursor; false when its salt or digest is not hex (a
// damaged row: the key then matches nothing).
bool read_row(sqlite3_stmt* s, VirtualKey& k) {
  KeyPolicy& p = k.policy;
  k.id = text(s, 0);
  p.team = text(s, 1);
  p.name = text(s, 2);
  p.models = split_lines(text(s, 3));
  p.max_cloud_class = text(s, 4);
  p.default_class = text(s, 5);
  p.rpm = sqlite3_column_int64(s, 6);
  p.tpm = sqlite3_column_int64(s, 7);
  p.max_concurrent = sqlite3_column_int64(s, 8);
  p.expires_ms = sqlite3_column_int64(s, 9);
  p.budget_day_usd = sqlite3_column_double(s, 10);
  p.budget_month_usd = sqlite3_column_double(s, 11);
  const bool ok = from_hex(text(s, 12), k.salt.data(), k.salt.size()) &&
                  from_hex(text(s, 13), k.digest.data(), k.digest.size());
  k.created_ms = sqlite3_column_int64(s, 14);
  k.rotated_ms = sqlite3_column_int64(s, 15);
  k.revoked_ms = sqlite3_column_int64(s, 16);
  return ok;
}

}  // namespace

core::Expected<std::unique_ptr<SqliteKeyStore>> SqliteKeyStore::open(const std::string& path) {
  sqlite3* db = nullptr;
  const int rc =
      sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
  if (rc != SQLITE_OK) {
    std::string why = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close(db);
    return core::Error::internal("cannot open the key database '" + path + "': " + why);
  }
  // The ledger writes the same file from another connection (and a gateway
  // and the CLI may both write keys): wait for a lock rather than fail.
  sqlite3_busy_timeout(db, 5000);
  std::unique_ptr<SqliteKeyStore> store(new SqliteKeyStore(db, path));
  char* err = nullptr;
  if (sqlite3_exec(db, "PRAGMA journal_mode = WAL;", nullptr, nullptr, &err) != SQLITE_OK ||
      sqlite3_exec(db, kSchema, nullptr, nullptr, &err) != SQLITE_OK) {
    std::string why = err ? err : "unknown error";
    sqlite3_free(err);
    return core::Error::internal("cannot set up the key tables in '" + path + "': " + why);
  }
  return store;
}

SqliteKeyStore::~SqliteKeyStore() {
  sqlite3_close(db_);
}

core::Error SqliteKeyStore::error(const std::string& what) const {
  return core::Error::internal("key database '" + path_ + "': " + what + ": " +
                               sqlite3_errmsg(db_));
}

core::Expected<int> SqliteKeyStore::write(const char* sql, const std::vector<Value>& values,
                                          const char* what) {
  // The change and the version bump in one transaction, so a cache that
  // sees the new version sees the change.
  if (sqlite3_exec(db_, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
    return error(what);
  int changed = 0;
  {
    Statement st;
    if (sqlite3_prepare_v2(db_, sql, -1, &st.s, nullptr) != SQLITE_OK) {
      core::Error e = error(what);
      sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
      return e;
    }
    bind(st.s, values);
    if (sqlite3_step(st.s) != SQLITE_DONE) {
      core::Error e = error(what);
      sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
      return e;
    }
    changed = sqlite3_changes(db_);
  }
  if (sqlite3_exec(db_, "UPDATE virtual_keys_version SET version = version + 1", nullptr, nullptr,
                   nullptr) != SQLITE_OK ||
      sqlite3_exec(db_, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
    core::Error e = error(what);
    sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    return e;
  }
  return changed;
}

std::optional<core::Error> SqliteKeyStore::insert(const VirtualKey& key) {
  std::lock_guard lock(mu_);
  const std::string sql = std::string("INSERT INTO virtual_keys (") + kColumns +
                          ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  auto r = write(sql.c_str(), row_of(key), "storing a new key");
  if (!r) return r.error();
  return std::nullopt;
}

core::Expected<std::vector<VirtualKey>> SqliteKeyStore::select(const std::string& where,
                                                               std::string_view id) {
  const std::string sql =
      std::string("SELECT ") + kColumns + " FROM virtual_keys " + where + " ORDER BY rowid";
  Statement st;
  if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &st.s, nullptr) != SQLITE_OK)
    return error("reading keys");
  if (!where.empty())
    sqlite3_bind_text(st.s, 1, id.data(), static_cast<int>(id.size()), SQLITE_TRANSIENT);
  std::vector<VirtualKey> out;
  int rc;
  while ((rc = sqlite3_step(st.s)) == SQLITE_ROW) {
    VirtualKey k;
    if (read_row(st.s, k)) out.push_back(std::move(k));
  }
  if (rc != SQLITE_DONE) return error("reading keys");
  return out;
}

core::Expected<std::optional<VirtualKey>> SqliteKeyStore::find(std::string_view id) {
  std::lock_guard lock(mu_);
  auto rows = select("WHERE id = ?", id);
  if (!rows) return rows.error();
  if (rows->empty()) return std::optional<VirtualKey>();
  return std::optional<VirtualKey>(std::move(rows->front()));
}

core::Expected<std::vector<VirtualKey>> SqliteKeyStore::list() {
  std::lock_guard lock(mu_);
  return select("", {});
}

core::Expected<bool> SqliteKeyStore::revoke(std::string_view id, std::int64_t now_ms) {
  std::lock_guard lock(mu_);
  auto exists = select("WHERE id = ?", id);
  if (!exists) return exists.error();
  if (exists->empty()) return false;
  auto r = write("UPDATE virtual_keys SET revoked_ms = ? WHERE id = ? AND revoked_ms = 0",
                 {now_ms, std::string(id)}, "revoking a key");
  if (!r) return r.error();
  return true;
}

core::Expected<bool> SqliteKeyStore::replace_secret(std::string_view id, const Salt& salt,
                                                    const Digest& digest, std::int64_t now_ms) {
  std::lock_guard lock(mu_);
  auto r = write(
      "UPDATE virtual_keys SET salt = ?, digest = ?, rotated_ms = ? "
      "WHERE id = ? AND revoked_ms = 0",
      {to_hex(salt.data(), salt.size()), to_hex(digest.data(), digest.size()), now_ms,
       std::string(id)},
      "rotating a key");
  if (!r) return r.error();
  return *r > 0;
}

core::Expected<std::int64_t> SqliteKeyStore::version() {
  std::lock_guard lock(mu_);
  Statement st;
  if (sqlite3_prepare_v2(db_, "SELECT version FROM virtual_keys_version WHERE one = 1", -1, &st.s,
                         nullptr) != SQLITE_OK)
    return error("reading the key version");
  if (sqlite3_step(st.s) != SQLITE_ROW) return error("reading the key version");
  return sqlite3_column_int64(st.s, 0);
}

}  // namespace switchyard::keys
