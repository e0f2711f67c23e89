#include "switchyard/ledger/sqlite_store.hpp"

#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <string_view>
#include <vector>

namespace switchyard::ledger {
namespace {

// The column type of each field type. These match the first schema
// (INTEGER for bool and int too), so ledgers written by every version share
// one table.
struct ColumnType {
  const char* operator()(const std::string&) const { return "TEXT"; }
  const char* operator()(const EntityCounts&) const { return "TEXT"; }  // encode_entities
  const char* operator()(std::int64_t) const { return "INTEGER"; }
  const char* operator()(int) const { return "INTEGER"; }
  const char* operator()(bool) const { return "INTEGER"; }  // 0 or 1
  const char* operator()(double) const { return "REAL"; }
  // A field of another type: say above how SQLite holds it.
  template <typename T>
  const char* operator()(const T&) const = delete;
};

// The requests table has a column per field of the record, by its name
// (kRecordFields), between the chain's seq and its two hashes.
std::string schema() {
  std::string columns = "  seq INTEGER PRIMARY KEY,\n";
  const RequestRecord sample;
  visit_fields(sample, [&](std::string_view name, const auto& value) {
    columns.append("  ").append(name).append(" ").append(ColumnType{}(value));
    columns += " NOT NULL,\n";
  });
  return "CREATE TABLE IF NOT EXISTS requests (\n" + columns +
         "  prev_hash TEXT NOT NULL,\n"
         "  hash TEXT NOT NULL\n"
         ");\n" +
         R"sql(
CREATE INDEX IF NOT EXISTS requests_time ON requests(time_ms);
-- POST /v1/feedback finds the record it rates by its request id.
CREATE INDEX IF NOT EXISTS requests_request_id ON requests(request_id);
-- How far each record journal (one per gateway process) has been ingested;
-- written in the transaction that inserts its records. The id is 16 hex
-- digits (SQLite integers are signed).
CREATE TABLE IF NOT EXISTS journal_marks (
  journal_id TEXT PRIMARY KEY,
  seq        INTEGER NOT NULL
);
)sql";
}

// The default an appended field's column gets in rows stored before it.
struct ColumnDefault {
  const char* operator()(const std::string&) const { return "''"; }
  const char* operator()(const EntityCounts&) const { return "''"; }
  const char* operator()(std::int64_t) const { return "0"; }
  const char* operator()(int) const { return "0"; }
  const char* operator()(bool) const { return "0"; }
  const char* operator()(double) const { return "0"; }
  template <typename T>
  const char* operator()(const T&) const = delete;
};

// "seq, time_ms, ..., prev_hash, hash": every column, in the order inserts
// bind and reads take them.
std::string column_list() {
  std::string out = "seq";
  for_each_field([&](const auto& field) { out.append(", ").append(field.name); });
  return out + ", prev_hash, hash";
}

// Finalizes a statement on every path out of a scope.
struct Statement {
  sqlite3_stmt* s = nullptr;
  ~Statement() { sqlite3_finalize(s); }
};

void bind_text(sqlite3_stmt* s, int i, const std::string& v) {
  sqlite3_bind_text(s, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
}

std::string column_text(sqlite3_stmt* s, int i) {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(s, i));
  return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(s, i))) : std::string();
}

// Binds each field to the next parameter of an insert.
struct BindField {
  sqlite3_stmt* s;
  int i;
  void operator()(std::string_view, const std::string& v) { bind_text(s, i++, v); }
  void operator()(std::string_view, const EntityCounts& v) {
    bind_text(s, i++, encode_entities(v));
  }
  void operator()(std::string_view, std::int64_t v) { sqlite3_bind_int64(s, i++, v); }
  void operator()(std::string_view, int v) { sqlite3_bind_int(s, i++, v); }
  void operator()(std::string_view, bool v) { sqlite3_bind_int(s, i++, v ? 1 : 0); }
  void operator()(std::string_view, double v) { sqlite3_bind_double(s, i++, v); }
  template <typename T>
  void operator()(std::string_view, const T&) = delete;
};

// Reads each field from the next column of a row.
struct ReadField {
  sqlite3_stmt* s;
  int i;
  void operator()(std::string_view, std::string& v) { v = column_text(s, i++); }
  void operator()(std::string_view, EntityCounts& v) { v = decode_entities(column_text(s, i++)); }
  void operator()(std::string_view, std::int64_t& v) { v = sqlite3_column_int64(s, i++); }
  void operator()(std::string_view, int& v) { v = sqlite3_column_int(s, i++); }
  void operator()(std::string_view, bool& v) { v = sqlite3_column_int(s, i++) != 0; }
  void operator()(std::string_view, double& v) { v = sqlite3_column_double(s, i++); }
  template <typename T>
  void operator()(std::string_view, T&) = delete;
};

std::string journal_key(std::uint64_t id) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(id));
  return buf;
}

// The checkpointer and the committer are two connections to one file, so a
// commit sometimes finds a lock held for a few microseconds. SQLite's own
// busy timeout sleeps at least a millisecond per retry, which turned those
// into millisecond stalls of the request waiting on its record; retry every
// 20 µs instead, for up to 5 s. `limit` points at the most attempts.
int retry_every_20us(void* limit, int attempts) {
  if (attempts >= *static_cast<const int*>(limit)) return 0;
  ::usleep(20);
  return 1;
}
constexpr int kCommitRetries = 250'000;  // 5 s

// The checkpointer waits for the writer or a reader (a TRUNCATE checkpoint)
// for about a millisecond at most; then it copies what it can without
// waiting, as a PASSIVE one, and tries again at the next checkpoint. A long
// `switchyard audit` read then never holds the ingester back for long.
constexpr int kCheckpointRetries = 50;  // 1 ms

}  // namespace

sqlite3* SqliteStore::open_connection(const std::string& path, std::string& why) {
  sqlite3* db = nullptr;
  const int rc = sqlite3_open_v2(
      path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc == SQLITE_OK) {
    sqlite3_busy_handler(db, retry_every_20us, const_cast<int*>(&kCommitRetries));
    return db;
  }
  why = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
  sqlite3_close(db);
  return nullptr;
}

core::Expected<std::unique_ptr<SqliteStore>> SqliteStore::open(const SqliteOptions& options) {
  std::string why;
  sqlite3* db = open_connection(options.path, why);
  if (!db)
    return core::Error::internal("cannot open the ledger database " + options.path + ": " + why);
  std::unique_ptr<SqliteStore> store(new SqliteStore(db, options.path));
  if (auto e = store->exec("PRAGMA journal_mode = WAL")) return *e;
  if (auto e = store->exec(options.full_sync ? "PRAGMA synchronous = FULL"
                                             : "PRAGMA synchronous = NORMAL"))
    return *e;
  // Checkpoints fsync; LedgerWriter runs them on its own thread (checkpoint()),
  // so commits made on request threads never do.
  if (auto e = store->exec("PRAGMA wal_autocheckpoint = 0")) return *e;
  if (auto e = store->exec(schema().c_str())) return *e;
  if (auto e = store->add_appended_columns()) return *e;
  std::string insert = "INSERT INTO requests (" + column_list() + ") VALUES (?";
  for (std::size_t i = 1; i < kRecordFieldCount + 3; ++i) insert += ",?";
  insert += ")";
  const std::pair<const char*, sqlite3_stmt**> statements[] = {
      {insert.c_str(), &store->insert_},
      {"SELECT seq, hash FROM requests ORDER BY seq DESC LIMIT 1", &store->head_},
      {"BEGIN IMMEDIATE", &store->begin_},
      {"COMMIT", &store->commit_},
      {"ROLLBACK", &store->rollback_},
      {"INSERT INTO journal_marks (journal_id, seq) VALUES (?, ?) "
       "ON CONFLICT (journal_id) DO UPDATE SET seq = excluded.seq",
       &store->set_mark_},
      {"SELECT seq FROM journal_marks WHERE journal_id = ?", &store->get_mark_}};
  for (const auto& [sql, stmt] : statements)
    if (sqlite3_prepare_v2(db, sql, -1, stmt, nullptr) != SQLITE_OK)
      return store->error(std::string("cannot prepare '") + sql + "'");
  store->truncate_checkpoints_ = options.truncate_checkpoints;
  store->checkpointer_ = open_connection(options.path, why);
  if (!store->checkpointer_)
    return core::Error::internal("cannot open the ledger database " + options.path + ": " + why);
  sqlite3_busy_handler(store->checkpointer_, retry_every_20us,
                       const_cast<int*>(&kCheckpointRetries));
  // A connection learns that the database is in WAL mode, and opens the WAL,
  // only when it first reads; until then sqlite3_wal_checkpoint_v2 on it does
  // nothing and returns SQLITE_OK. Without this read the WAL grew without end
  // and the database file stayed empty.
  if (sqlite3_exec(store->checkpointer_, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr,
                   nullptr) != SQLITE_OK)
    return core::Error::internal("cannot read the ledger database " + options.path + ": " +
                                 sqlite3_errmsg(store->checkpointer_));
  return store;
}

std::optional<core::Error> SqliteStore::add_appended_columns() {
  std::vector<std::string> have;
  {
    Statement info;
    if (sqlite3_prepare_v2(db_, "PRAGMA table_info(requests)", -1, &info.s, nullptr) != SQLITE_OK)
      return error("cannot read the requests table's columns");
    while (sqlite3_step(info.s) == SQLITE_ROW) have.push_back(column_text(info.s, 1));
  }
  std::optional<core::Error> failed;
  const RequestRecord sample;
  for_each_field([&](const auto& field) {
    if (!field.appended || failed || std::find(have.begin(), have.end(), field.name) != have.end())
      return;
    const auto& value = sample.*field.member;
    const std::string sql = "ALTER TABLE requests ADD COLUMN " + std::string(field.name) + " " +
                            ColumnType{}(value) + " NOT NULL DEFAULT " + ColumnDefault{}(value);
    failed = exec(sql.c_str());
  });
  return failed;
}

SqliteStore::~SqliteStore() {
  for (sqlite3_stmt* s : {insert_, head_, begin_, commit_, rollback_, set_mark_, get_mark_})
    sqlite3_finalize(s);
  sqlite3_close(checkpointer_);
  sqlite3_close(db_);
}

core::Error SqliteStore::error(const std::string& what) const {
  return core::Error::internal("ledger database " + path_ + ": " + what + ": " +
                               sqlite3_errmsg(db_));
}

std::optional<core::Error> SqliteStore::exec(const char* sql) {
  char* message = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &message) == SQLITE_OK) return std::nullopt;
  std::string why = message ? message : "unknown error";
  sqlite3_free(message);
  return core::Error::internal("ledger database " + path_ + ": " + why);
}

void SqliteStore::checkpoint() {
  sqlite3_wal_checkpoint_v2(
      checkpointer_, nullptr,
      truncate_checkpoints_ ? SQLITE_CHECKPOINT_TRUNCATE : SQLITE_CHECKPOINT_PASSIVE, nullptr,
      nullptr);
}

std::optional<core::Error> SqliteStore::run(sqlite3_stmt* s, const char* what) {
  const int rc = sqlite3_step(s);
  sqlite3_reset(s);
  if (rc == SQLITE_DONE) return std::nullopt;
  return error(what);
}

core::Expected<ChainHead> SqliteStore::head() {
  ChainHead h;
  const int rc = sqlite3_step(head_);
  if (rc == SQLITE_ROW) {
    h.seq = sqlite3_column_int64(head_, 0);
    h.hash = column_text(head_, 1);
  }
  sqlite3_reset(head_);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE) return error("cannot read the chain head");
  return h;
}

core::Expected<std::int64_t> SqliteStore::journal_mark(std::uint64_t journal_id) {
  bind_text(get_mark_, 1, journal_key(journal_id));
  const int rc = sqlite3_step(get_mark_);
  const std::int64_t seq = rc == SQLITE_ROW ? sqlite3_column_int64(get_mark_, 0) : 0;
  sqlite3_reset(get_mark_);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE) return error("cannot read a journal mark");
  return seq;
}

std::optional<core::Error> SqliteStore::append(std::vector<RequestRecord>& batch,
                                               const JournalMark* mark) {
  if (auto e = run(begin_, "cannot begin a transaction")) return e;
  auto h = head();  // inside the write lock: no other writer can move it now
  if (!h) {
    run(rollback_, "rollback");
    return h.error();
  }
  for (RequestRecord& r : batch) {
    r.seq = ++h->seq;
    r.prev_hash = std::move(h->hash);
    r.hash = chain_hash(r);
    h->hash = r.hash;
    sqlite3_stmt* s = insert_;
    sqlite3_reset(s);
    sqlite3_bind_int64(s, 1, r.seq);
    BindField bind{s, 2};
    visit_fields(r, bind);
    bind_text(s, bind.i, r.prev_hash);
    bind_text(s, bind.i + 1, r.hash);
    if (sqlite3_step(s) != SQLITE_DONE) {
      auto e = error("cannot insert a record");
      sqlite3_reset(s);
      run(rollback_, "rollback");
      return e;
    }
  }
  sqlite3_reset(insert_);
  if (mark) {
    bind_text(set_mark_, 1, journal_key(mark->journal_id));
    sqlite3_bind_int64(set_mark_, 2, mark->seq);
    if (auto e = run(set_mark_, "cannot record the journal mark")) {
      run(rollback_, "rollback");
      return e;
    }
  }
  if (auto e = run(commit_, "cannot commit")) {
    run(rollback_, "rollback");
    return e;
  }
  return std::nullopt;
}

std::optional<core::Error> SqliteStore::scan(
    std::int64_t since_ms, const std::function<bool(const RequestRecord&)>& visit) {
  Statement st;
  const std::string sql =
      "SELECT " + column_list() + " FROM requests WHERE time_ms >= ? ORDER BY seq";
  if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &st.s, nullptr) != SQLITE_OK)
    return error("cannot read records");
  sqlite3_bind_int64(st.s, 1, since_ms);
  for (;;) {
    const int rc = sqlite3_step(st.s);
    if (rc == SQLITE_DONE) return std::nullopt;
    if (rc != SQLITE_ROW) return error("cannot read records");
    RequestRecord r;
    r.seq = sqlite3_column_int64(st.s, 0);
    ReadField read{st.s, 1};
    visit_fields(r, read);
    r.prev_hash = column_text(st.s, read.i);
    r.hash = column_text(st.s, read.i + 1);
    if (!visit(r)) return std::nullopt;
  }
}

}  // namespace switchyard::ledger
