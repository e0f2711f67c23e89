#include <sqlite3.h>

#include "switchyard/ledger/feedback_store.hpp"

namespace switchyard::ledger {
namespace {

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS feedback (
  id         INTEGER PRIMARY KEY,  -- arrival order
  time_ms    INTEGER NOT NULL,
  request_id TEXT NOT NULL,
  caller     TEXT NOT NULL,
  score      REAL NOT NULL,        -- 0 .. 1
  comment    TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS feedback_request_id ON feedback(request_id);
)sql";

struct Statement {
  sqlite3_stmt* s = nullptr;
  ~Statement() { sqlite3_finalize(s); }
};

void bind_text(sqlite3_stmt* s, int i, std::string_view v) {
  sqlite3_bind_text(s, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
}

std::string column_text(sqlite3_stmt* s, int i) {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(s, i));
  return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(s, i))) : std::string();
}

}  // namespace

core::Expected<std::unique_ptr<SqliteFeedbackStore>> SqliteFeedbackStore::open(
    const std::string& path) {
  sqlite3* db = nullptr;
  const int rc =
      sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
  if (rc != SQLITE_OK) {
    std::string why = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close(db);
    return core::Error::internal("cannot open the ledger database " + path + ": " + why);
  }
  // The ledger writes the same file from its own connection: wait for its
  // lock rather than fail.
  sqlite3_busy_timeout(db, 5000);
  std::unique_ptr<SqliteFeedbackStore> store(new SqliteFeedbackStore(db, path));
  char* err = nullptr;
  if (sqlite3_exec(db, kSchema, nullptr, nullptr, &err) != SQLITE_OK) {
    std::string why = err ? err : "unknown error";
    sqlite3_free(err);
    return core::Error::internal("cannot set up the feedback table in " + path + ": " + why);
  }
  return store;
}

SqliteFeedbackStore::~SqliteFeedbackStore() {
  sqlite3_close(db_);
}

core::Error SqliteFeedbackStore::error(const std::string& what) const {
  return core::Error::internal("ledger database " + path_ + ": " + what + ": " +
                               sqlite3_errmsg(db_));
}

core::Expected<bool> SqliteFeedbackStore::has_request(std::string_view request_id,
                                                      std::string_view caller) {
  std::lock_guard lock(mu_);
  Statement st;
  if (sqlite3_prepare_v2(db_, "SELECT 1 FROM requests WHERE request_id = ? AND caller = ? LIMIT 1",
                         -1, &st.s, nullptr) != SQLITE_OK)
    return error("cannot look a request up");
  bind_text(st.s, 1, request_id);
  bind_text(st.s, 2, caller);
  const int rc = sqlite3_step(st.s);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return error("cannot look a request up");
}

std::optional<core::Error> SqliteFeedbackStore::add(const Feedback& f) {
  std::lock_guard lock(mu_);
  Statement st;
  if (sqlite3_prepare_v2(db_,
                         "INSERT INTO feedback (time_ms, request_id, caller, score, comment) "
                         "VALUES (?, ?, ?, ?, ?)",
                         -1, &st.s, nullptr) != SQLITE_OK)
    return error("cannot store feedback");
  sqlite3_bind_int64(st.s, 1, f.time_ms);
  bind_text(st.s, 2, f.request_id);
  bind_text(st.s, 3, f.caller);
  sqlite3_bind_double(st.s, 4, f.score);
  bind_text(st.s, 5, f.comment);
  if (sqlite3_step(st.s) != SQLITE_DONE) return error("cannot store feedback");
  return std::nullopt;
}

std::optional<core::Error> SqliteFeedbackStore::scan(
    const std::function<bool(const Feedback&)>& visit) {
  std::lock_guard lock(mu_);
  Statement st;
  if (sqlite3_prepare_v2(db_,
                         "SELECT time_ms, request_id, caller, score, comment FROM feedback "
                         "ORDER BY id",
                         -1, &st.s, nullptr) != SQLITE_OK)
    return error("cannot read feedback");
  for (;;) {
    const int rc = sqlite3_step(st.s);
    if (rc == SQLITE_DONE) return std::nullopt;
    if (rc != SQLITE_ROW) return error("cannot read feedback");
    Feedback f;
    f.time_ms = sqlite3_column_int64(st.s, 0);
    f.request_id = column_text(st.s, 1);
    f.caller = column_text(st.s, 2);
    f.score = sqlite3_column_double(st.s, 3);
    f.comment = column_text(st.s, 4);
    if (!visit(f)) return std::nullopt;
  }
}

}  // namespace switchyard::ledger
