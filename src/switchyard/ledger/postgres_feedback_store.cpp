#include <cstdio>

#include "switchyard/ledger/feedback_store.hpp"

namespace switchyard::ledger {
namespace {

// Made under an advisory lock of its own: replicas that start together must
// not race on CREATE ... IF NOT EXISTS.
constexpr const char* kSchema = R"sql(
SELECT pg_advisory_xact_lock(7306245150011013);
CREATE TABLE IF NOT EXISTS feedback (
  id         BIGSERIAL PRIMARY KEY,  -- arrival order
  time_ms    BIGINT NOT NULL,
  request_id BYTEA NOT NULL,
  caller     BYTEA NOT NULL,
  score      DOUBLE PRECISION NOT NULL,  -- 0 .. 1
  comment    BYTEA NOT NULL
);
CREATE INDEX IF NOT EXISTS feedback_request_id ON feedback(request_id);
)sql";

std::string real(double v) {
  char buf[64];
  const int n = std::snprintf(buf, sizeof buf, "%.17g", v);  // reads back as the same double
  return std::string(buf, static_cast<std::size_t>(n));
}

// Rows per round trip of scan().
constexpr int kScanPage = 5000;

}  // namespace

core::Expected<std::unique_ptr<PostgresFeedbackStore>> PostgresFeedbackStore::open(
    const std::string& url) {
  auto db = PgConnection::open(url);
  if (!db) return db.error();
  std::unique_ptr<PostgresFeedbackStore> store(new PostgresFeedbackStore(std::move(*db)));
  if (auto e = store->db_->begin()) return *e;
  if (auto e = store->db_->run(kSchema)) {
    store->db_->rollback();
    return *e;
  }
  if (auto e = store->db_->commit()) return *e;
  return store;
}

core::Expected<bool> PostgresFeedbackStore::has_request(std::string_view request_id,
                                                        std::string_view caller) {
  std::lock_guard lock(mu_);
  auto rows = db_->exec("SELECT 1 FROM requests WHERE request_id = $1 AND caller = $2 LIMIT 1",
                        {{request_id, true}, {caller, true}});
  if (!rows) return rows.error();
  return rows->size() > 0;
}

std::optional<core::Error> PostgresFeedbackStore::add(const Feedback& f) {
  std::lock_guard lock(mu_);
  const std::string time = std::to_string(f.time_ms);
  const std::string score = real(f.score);
  auto done = db_->exec(
      "INSERT INTO feedback (time_ms, request_id, caller, score, comment) "
      "VALUES ($1, $2, $3, $4, $5)",
      {{time}, {f.request_id, true}, {f.caller, true}, {score}, {f.comment, true}});
  if (!done) return done.error();
  return std::nullopt;
}

std::optional<core::Error> PostgresFeedbackStore::scan(
    const std::function<bool(const Feedback&)>& visit) {
  std::string after = "0";
  for (;;) {
    // A page at a time, the connection free between pages.
    std::vector<Feedback> page;
    {
      std::lock_guard lock(mu_);
      auto rows = db_->exec(
          "SELECT id, time_ms, request_id, caller, score, comment FROM feedback WHERE id > $1 "
          "ORDER BY id LIMIT " +
              std::to_string(kScanPage),
          {{after}});
      if (!rows) return rows.error();
      page.resize(static_cast<std::size_t>(rows->size()));
      for (int row = 0; row < rows->size(); ++row) {
        Feedback& f = page[static_cast<std::size_t>(row)];
        f.time_ms = rows->int64(row, 1);
        f.request_id = rows->bytes(row, 2);
        f.caller = rows->bytes(row, 3);
        f.score = rows->real(row, 4);
        f.comment = rows->bytes(row, 5);
      }
      if (rows->size() > 0) after = std::string(rows->text(rows->size() - 1, 0));
    }
    for (const Feedback& f : page)
      if (!visit(f)) return std::nullopt;
    if (page.size() < static_cast<std::size_t>(kScanPage)) return std::nullopt;
  }
}

}  // namespace switchyard::ledger
