// One connection to PostgreSQL (libpq), for the stores that keep the ledger
// and the virtual keys in it when several replicas share them. Statements
// take their values as parameters, never spliced into the SQL; results come
// back as text, a BYTEA column as hex (bytes()).
//
// A connection the server dropped (a restart, a network cut) is opened
// again before the next statement, so a store recovers by itself once the
// server is back; until then every call returns the error. Not thread-safe:
// each store holds its own behind its own mutex.
//
// Errors name the server as "PostgreSQL at host:port/database" and never
// quote the connection URL, which may carry a password.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "switchyard/core/error.hpp"

struct pg_conn;
struct pg_result;

namespace switchyard::ledger {

struct PgResultDeleter {
  void operator()(pg_result* r) const;
};

// Rows of a statement; text format.
class PgRows {
 public:
  explicit PgRows(pg_result* r) : r_(r) {}
  int size() const;
  bool null(int row, int column) const;
  std::string_view text(int row, int column) const;
  // A BYTEA value (hex output), decoded.
  std::string bytes(int row, int column) const;
  std::int64_t int64(int row, int column) const;  // 0 when not a number
  double real(int row, int column) const;
  // The number of rows an UPDATE or DELETE changed.
  int changed() const;

 private:
  friend class PgConnection;
  std::unique_ptr<pg_result, PgResultDeleter> r_;
};

// A statement parameter: text (a number in decimal, a string), or bytes
// sent as they are to a BYTEA column, which stores any byte, NUL included.
struct PgParam {
  std::string_view value;
  bool bytes = false;
  bool null = false;
};

class PgConnection {
 public:
  // Connects to `url` (a libpq connection URI or key=value string; a
  // connect_timeout of 5 s unless it sets one).
  static core::Expected<std::unique_ptr<PgConnection>> open(const std::string& url);
  ~PgConnection();
  PgConnection(const PgConnection&) = delete;
  PgConnection& operator=(const PgConnection&) = delete;

  // One statement with `params` ($1, $2, ...). Reconnects first when the
  // connection was lost, except inside a transaction: its statements would
  // otherwise run, and commit, one by one outside it.
  core::Expected<PgRows> exec(std::string_view sql, const std::vector<PgParam>& params = {});
  // Statements without parameters, separated by ';'.
  std::optional<core::Error> run(const char* sql);

  // BEGIN, then `then` (e.g. a LOCK) in the same round trip.
  std::optional<core::Error> begin(const char* then = nullptr);
  std::optional<core::Error> commit();
  // Rolls back the open transaction, if the connection still works; after
  // a failed statement of it.
  void rollback();

  // "PostgreSQL at 127.0.0.1:5432/switchyard", for messages.
  const std::string& where() const { return where_; }

 private:
  PgConnection(pg_conn* conn, std::string url, std::string where)
      : conn_(conn), url_(std::move(url)), where_(std::move(where)) {}
  std::optional<core::Error> ensure_connected();
  std::optional<core::Error> set_up_session();
  core::Error error(std::string_view what) const;

  pg_conn* conn_;
  bool in_transaction_ = false;
  std::string url_;
  std::string where_;
};

}  // namespace switchyard::ledger
