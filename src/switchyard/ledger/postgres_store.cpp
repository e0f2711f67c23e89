#include "switchyard/ledger/postgres_store.hpp"

#include <cstdio>
#include <string_view>
#include <vector>

namespace switchyard::ledger {
namespace {

// How PostgreSQL holds each field type (see the header on BYTEA).
struct ColumnType {
  const char* operator()(const std::string&) const { return "BYTEA"; }
  const char* operator()(const EntityCounts&) const { return "BYTEA"; }  // encode_entities
  const char* operator()(std::int64_t) const { return "BIGINT"; }
  const char* operator()(int) const { return "INTEGER"; }
  const char* operator()(bool) const { return "BOOLEAN"; }
  const char* operator()(double) const { return "DOUBLE PRECISION"; }
  template <typename T>
  const char* operator()(const T&) const = delete;
};

// The default an appended field's column gets in rows stored before it.
struct ColumnDefault {
  const char* operator()(const std::string&) const { return "''::bytea"; }
  const char* operator()(const EntityCounts&) const { return "''::bytea"; }
  const char* operator()(std::int64_t) const { return "0"; }
  const char* operator()(int) const { return "0"; }
  const char* operator()(bool) const { return "false"; }
  const char* operator()(double) const { return "0"; }
  template <typename T>
  const char* operator()(const T&) const = delete;
};

std::string schema() {
  std::string columns = "  seq BIGINT PRIMARY KEY,\n";
  const RequestRecord sample;
  visit_fields(sample, [&](std::string_view name, const auto& value) {
    columns.append("  ").append(name).append(" ").append(ColumnType{}(value));
    columns += " NOT NULL,\n";
  });
  return "CREATE TABLE IF NOT EXISTS requests (\n" + columns +
         "  prev_hash TEXT NOT NULL,\n"
         "  hash TEXT NOT NULL\n"
         ");\n"
         "CREATE INDEX IF NOT EXISTS requests_time ON requests(time_ms);\n"
         // POST /v1/feedback finds the record it rates by its request id.
         "CREATE INDEX IF NOT EXISTS requests_request_id ON requests(request_id);\n"
         // How far each replica's record journal has been ingested; written in
         // the transaction that inserts its records (journal.hpp).
         "CREATE TABLE IF NOT EXISTS journal_marks (\n"
         "  journal_id TEXT PRIMARY KEY,\n"
         "  seq BIGINT NOT NULL\n"
         ");\n";
}

std::string column_list() {
  std::string out = "seq";
  for_each_field([&](const auto& field) { out.append(", ").append(field.name); });
  return out + ", prev_hash, hash";
}

constexpr std::size_t kColumns = kRecordFieldCount + 3;
// Rows per INSERT: one statement, one round trip, for up to this many
// records (PostgreSQL takes at most 65535 parameters).
constexpr std::size_t kRowsPerInsert = 256;
// Records per round trip of scan().
constexpr int kScanPage = 5000;

// Serial for pg_advisory_xact_lock while the schema is made: replicas that
// start together must not race on CREATE TABLE IF NOT EXISTS.
constexpr const char* kSchemaLock = "SELECT pg_advisory_xact_lock(7306245150011011)";

std::string journal_key(std::uint64_t id) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(id));
  return buf;
}

// Each field as the next parameter(s) of an insert; numbers are written
// into `texts`, whose capacity is reserved so the views stay valid.
struct BindField {
  std::vector<PgParam>& params;
  std::vector<std::string>& texts;
  std::string_view text(std::string s) {
    texts.push_back(std::move(s));
    return texts.back();
  }
  void operator()(std::string_view, const std::string& v) { params.push_back({v, true}); }
  void operator()(std::string_view, const EntityCounts& v) {
    params.push_back({text(encode_entities(v)), true});
  }
  void operator()(std::string_view, std::int64_t v) { params.push_back({text(std::to_string(v))}); }
  void operator()(std::string_view, int v) { params.push_back({text(std::to_string(v))}); }
  void operator()(std::string_view, bool v) { params.push_back({v ? "true" : "false"}); }
  void operator()(std::string_view, double v) {
    char buf[64];
    const int n = std::snprintf(buf, sizeof buf, "%.17g", v);  // reads back as the same double
    params.push_back({text(std::string(buf, static_cast<std::size_t>(n)))});
  }
  template <typename T>
  void operator()(std::string_view, const T&) = delete;
};

struct ReadField {
  const PgRows& rows;
  int row;
  int i;
  void operator()(std::string_view, std::string& v) { v = rows.bytes(row, i++); }
  void operator()(std::string_view, EntityCounts& v) { v = decode_entities(rows.bytes(row, i++)); }
  void operator()(std::string_view, std::int64_t& v) { v = rows.int64(row, i++); }
  void operator()(std::string_view, int& v) { v = static_cast<int>(rows.int64(row, i++)); }
  void operator()(std::string_view, bool& v) { v = rows.text(row, i++) == "t"; }
  void operator()(std::string_view, double& v) { v = rows.real(row, i++); }
  template <typename T>
  void operator()(std::string_view, T&) = delete;
};

}  // namespace

core::Expected<std::unique_ptr<PostgresStore>> PostgresStore::open(const PostgresOptions& options) {
  auto db = PgConnection::open(options.url);
  if (!db) return db.error();
  std::unique_ptr<PostgresStore> store(new PostgresStore(std::move(*db)));
  if (auto e = store->create_schema()) return *e;
  return store;
}

std::optional<core::Error> PostgresStore::create_schema() {
  std::string sql = schema();
  // Columns of fields appended after a database was made.
  const RequestRecord sample;
  for_each_field([&](const auto& field) {
    if (!field.appended) return;
    const auto& value = sample.*field.member;
    sql += "ALTER TABLE requests ADD COLUMN IF NOT EXISTS " + std::string(field.name) + " " +
           ColumnType{}(value) + " NOT NULL DEFAULT " + ColumnDefault{}(value) + ";\n";
  });
  std::lock_guard lock(mu_);
  if (auto e = db_->begin(kSchemaLock)) return e;
  if (auto e = db_->run(sql.c_str())) {
    db_->rollback();
    return e;
  }
  return db_->commit();
}

core::Expected<ChainHead> PostgresStore::read_head() {
  auto rows = db_->exec("SELECT seq, hash FROM requests ORDER BY seq DESC LIMIT 1");
  if (!rows) return rows.error();
  ChainHead h;
  if (rows->size() == 1) {
    h.seq = rows->int64(0, 0);
    h.hash = std::string(rows->text(0, 1));
  }
  return h;
}

core::Expected<ChainHead> PostgresStore::head() {
  std::lock_guard lock(mu_);
  return read_head();
}

core::Expected<std::int64_t> PostgresStore::journal_mark(std::uint64_t journal_id) {
  std::lock_guard lock(mu_);
  const std::string key = journal_key(journal_id);
  auto rows = db_->exec("SELECT seq FROM journal_marks WHERE journal_id = $1", {{key}});
  if (!rows) return rows.error();
  return rows->size() == 1 ? rows->int64(0, 0) : std::int64_t{0};
}

std::optional<core::Error> PostgresStore::insert(std::vector<RequestRecord>& batch,
                                                 std::size_t from, std::size_t count) {
  std::string sql = "INSERT INTO requests (" + column_list() + ") VALUES ";
  std::vector<PgParam> params;
  std::vector<std::string> texts;
  params.reserve(count * kColumns);
  texts.reserve(count * kColumns);
  int n = 0;
  for (std::size_t i = from; i < from + count; ++i) {
    sql += i == from ? "(" : ",(";
    for (std::size_t c = 0; c < kColumns; ++c) sql += (c ? ",$" : "$") + std::to_string(++n);
    sql += ")";
    const RequestRecord& r = batch[i];
    BindField bind{params, texts};
    bind.params.push_back({bind.text(std::to_string(r.seq))});
    visit_fields(r, bind);
    params.push_back({r.prev_hash});
    params.push_back({r.hash});
  }
  auto done = db_->exec(sql, params);
  if (!done) return done.error();
  return std::nullopt;
}

std::optional<core::Error> PostgresStore::append(std::vector<RequestRecord>& batch,
                                                 const JournalMark* mark) {
  std::lock_guard lock(mu_);
  // The lock queues appenders (other replicas included) and lets readers be.
  if (auto e = db_->begin("LOCK TABLE requests IN SHARE ROW EXCLUSIVE MODE")) return e;
  auto fail = [&](core::Error e) {
    db_->rollback();
    return std::optional<core::Error>(std::move(e));
  };
  auto h = read_head();  // under the lock: no other writer can move it now
  if (!h) return fail(h.error());
  for (RequestRecord& r : batch) {
    r.seq = ++h->seq;
    r.prev_hash = std::move(h->hash);
    r.hash = chain_hash(r);
    h->hash = r.hash;
  }
  for (std::size_t from = 0; from < batch.size(); from += kRowsPerInsert)
    if (auto e = insert(batch, from, std::min(kRowsPerInsert, batch.size() - from)))
      return fail(*e);
  if (mark) {
    const std::string key = journal_key(mark->journal_id);
    const std::string seq = std::to_string(mark->seq);
    auto set = db_->exec(
        "INSERT INTO journal_marks (journal_id, seq) VALUES ($1, $2) "
        "ON CONFLICT (journal_id) DO UPDATE SET seq = excluded.seq",
        {{key}, {seq}});
    if (!set) return fail(set.error());
  }
  return db_->commit();
}

std::optional<core::Error> PostgresStore::scan(
    std::int64_t since_ms, const std::function<bool(const RequestRecord&)>& visit) {
  const std::string sql = "SELECT " + column_list() +
                          " FROM requests WHERE time_ms >= $1 AND seq > $2 ORDER BY seq LIMIT " +
                          std::to_string(kScanPage);
  const std::string since = std::to_string(since_ms);
  std::int64_t after = 0;
  for (;;) {
    // A page at a time, the connection free between pages.
    std::vector<RequestRecord> page;
    {
      std::lock_guard lock(mu_);
      const std::string from = std::to_string(after);
      auto rows = db_->exec(sql, {{since}, {from}});
      if (!rows) return rows.error();
      page.resize(static_cast<std::size_t>(rows->size()));
      for (int row = 0; row < rows->size(); ++row) {
        RequestRecord& r = page[static_cast<std::size_t>(row)];
        r.seq = rows->int64(row, 0);
        ReadField read{*rows, row, 1};
        visit_fields(r, read);
        r.prev_hash = std::string(rows->text(row, read.i));
        r.hash = std::string(rows->text(row, read.i + 1));
      }
    }
    for (const RequestRecord& r : page)
      if (!visit(r)) return std::nullopt;
    if (page.size() < static_cast<std::size_t>(kScanPage)) return std::nullopt;
    after = page.back().seq;
  }
}

}  // namespace switchyard::ledger
