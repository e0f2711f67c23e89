#include "switchyard/ledger/sqlite_store.hpp"

#include <sqlite3.h>
#include <unistd.h>

#include <cstdio>

namespace switchyard::ledger {
namespace {

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS requests (
  seq               INTEGER PRIMARY KEY,
  time_ms           INTEGER NOT NULL,
  request_id        TEXT NOT NULL,
  caller            TEXT NOT NULL,
  model             TEXT NOT NULL,
  data_class        TEXT NOT NULL,
  class_reason      TEXT NOT NULL,
  entities          TEXT NOT NULL,
  plan              TEXT NOT NULL,
  side              TEXT NOT NULL,
  deployment        TEXT NOT NULL,
  redacted          INTEGER NOT NULL,
  status            INTEGER NOT NULL,
  prompt_tokens     INTEGER NOT NULL,
  completion_tokens INTEGER NOT NULL,
  cost_usd          REAL NOT NULL,
  duration_us       INTEGER NOT NULL,
  prev_hash         TEXT NOT NULL,
  hash              TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS requests_time ON requests(time_ms);
-- How far each record journal (one per gateway process) has been ingested;
-- written in the transaction that inserts its records. The id is 16 hex
-- digits (SQLite integers are signed).
CREATE TABLE IF NOT EXISTS journal_marks (
  journal_id TEXT PRIMARY KEY,
  seq        INTEGER NOT NULL
);
)sql";

constexpr const char* kColumns =
    "seq, time_ms, request_id, caller, model, data_class, class_reason, entities, plan, side, "
    "deployment, redacted, status, prompt_tokens, completion_tokens, cost_usd, duration_us, "
    "prev_hash, hash";

// Finalizes a statement on every path out of a scope.
struct Statement {
  sqlite3_stmt* s = nullptr;
  ~Statement() { sqlite3_finalize(s); }
};

void bind_text(sqlite3_stmt* s, int i, const std::string& v) {
  sqlite3_bind_text(s, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
}

std::string journal_key(std::uint64_t id) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(id));
  return buf;
}

std::string column_text(sqlite3_stmt* s, int i) {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(s, i));
  return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(s, i))) : std::string();
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
  if (auto e = store->exec(kSchema)) return *e;
  const std::string insert = std::string("INSERT INTO requests (") + kColumns +
                             ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
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
    sqlite3_bind_int64(s, 2, r.time_ms);
    bind_text(s, 3, r.request_id);
    bind_text(s, 4, r.caller);
    bind_text(s, 5, r.model);
    bind_text(s, 6, r.data_class);
    bind_text(s, 7, r.class_reason);
    bind_text(s, 8, encode_entities(r.entities));
    bind_text(s, 9, r.plan);
    bind_text(s, 10, r.side);
    bind_text(s, 11, r.deployment);
    sqlite3_bind_int(s, 12, r.redacted ? 1 : 0);
    sqlite3_bind_int(s, 13, r.status);
    sqlite3_bind_int64(s, 14, r.prompt_tokens);
    sqlite3_bind_int64(s, 15, r.completion_tokens);
    sqlite3_bind_double(s, 16, r.cost_usd);
    sqlite3_bind_int64(s, 17, r.duration_us);
    bind_text(s, 18, r.prev_hash);
    bind_text(s, 19, r.hash);
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
      std::string("SELECT ") + kColumns + " FROM requests WHERE time_ms >= ? ORDER BY seq";
  if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &st.s, nullptr) != SQLITE_OK)
    return error("cannot read records");
  sqlite3_bind_int64(st.s, 1, since_ms);
  for (;;) {
    const int rc = sqlite3_step(st.s);
    if (rc == SQLITE_DONE) return std::nullopt;
    if (rc != SQLITE_ROW) return error("cannot read records");
    RequestRecord r;
    r.seq = sqlite3_column_int64(st.s, 0);
    r.time_ms = sqlite3_column_int64(st.s, 1);
    r.request_id = column_text(st.s, 2);
    r.caller = column_text(st.s, 3);
    r.model = column_text(st.s, 4);
    r.data_class = column_text(st.s, 5);
    r.class_reason = column_text(st.s, 6);
    r.entities = decode_entities(column_text(st.s, 7));
    r.plan = column_text(st.s, 8);
    r.side = column_text(st.s, 9);
    r.deployment = column_text(st.s, 10);
    r.redacted = sqlite3_column_int(st.s, 11) != 0;
    r.status = sqlite3_column_int(st.s, 12);
    r.prompt_tokens = sqlite3_column_int64(st.s, 13);
    r.completion_tokens = sqlite3_column_int64(st.s, 14);
    r.cost_usd = sqlite3_column_double(st.s, 15);
    r.duration_us = sqlite3_column_int64(st.s, 16);
    r.prev_hash = column_text(st.s, 17);
    r.hash = column_text(st.s, 18);
    if (!visit(r)) return std::nullopt;
  }
}

}  // namespace switchyard::ledger
