// What clients said of their answers (POST /v1/feedback, docs/routing.md):
// a score from 0 (bad) to 1 (good) per request id, and an optional comment.
// Kept in a table of its own, `feedback`, in the ledger's database beside
// the requests table: the hash chain covers the requests only, so feedback
// arriving long after its request never touches a chained record (a record
// is immutable once written; its hash would change). `switchyard router
// train --ledger` joins the two by request id.
//
// Two implementations, as for the records: SQLite (the ledger's file, its
// own connection) and PostgreSQL (the ledger's server). Each holds one
// connection behind a mutex: every method is safe from any thread. Neither
// is called on an io thread (the gateway runs them through blocking_work).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "switchyard/core/error.hpp"
#include "switchyard/ledger/pg_connection.hpp"

struct sqlite3;

namespace switchyard::ledger {

struct Feedback {
  std::int64_t time_ms = 0;  // when it was given (Unix ms)
  std::string request_id;    // the ledger record it rates
  std::string caller;        // who gave it: the record's caller (caller_fingerprint)
  double score = 0;          // 0 (bad) .. 1 (good)
  std::string comment;       // as the client wrote it; "" without one
};

class FeedbackStore {
 public:
  virtual ~FeedbackStore() = default;

  // Whether the ledger holds a request `request_id` answered for `caller`
  // (its record's caller field, "" for anonymous callers). Uses the index
  // requests_request_id the record stores create.
  virtual core::Expected<bool> has_request(std::string_view request_id,
                                           std::string_view caller) = 0;
  // Stores one rating. A request may be rated more than once; readers take
  // the latest (scan order).
  virtual std::optional<core::Error> add(const Feedback& f) = 0;
  // Calls `visit` for each rating, oldest first, until it returns false.
  virtual std::optional<core::Error> scan(const std::function<bool(const Feedback&)>& visit) = 0;
};

// The ledger's SQLite file (a RecordStore opened it first and made the
// requests table); creates the feedback table when missing.
class SqliteFeedbackStore final : public FeedbackStore {
 public:
  static core::Expected<std::unique_ptr<SqliteFeedbackStore>> open(const std::string& path);
  ~SqliteFeedbackStore() override;

  core::Expected<bool> has_request(std::string_view request_id, std::string_view caller) override;
  std::optional<core::Error> add(const Feedback& f) override;
  std::optional<core::Error> scan(const std::function<bool(const Feedback&)>& visit) override;

 private:
  SqliteFeedbackStore(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  core::Error error(const std::string& what) const;

  std::mutex mu_;
  sqlite3* db_;
  std::string path_;
};

// The ledger's PostgreSQL server; creates the feedback table when missing.
// Text columns are BYTEA, as the records' are (any bytes stored exactly).
// Errors name the server, never the URL.
class PostgresFeedbackStore final : public FeedbackStore {
 public:
  static core::Expected<std::unique_ptr<PostgresFeedbackStore>> open(const std::string& url);

  core::Expected<bool> has_request(std::string_view request_id, std::string_view caller) override;
  std::optional<core::Error> add(const Feedback& f) override;
  std::optional<core::Error> scan(const std::function<bool(const Feedback&)>& visit) override;

 private:
  explicit PostgresFeedbackStore(std::unique_ptr<PgConnection> db) : db_(std::move(db)) {}

  std::mutex mu_;
  std::unique_ptr<PgConnection> db_;
};

}  // namespace switchyard::ledger
