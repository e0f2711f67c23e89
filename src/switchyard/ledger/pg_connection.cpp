#include "switchyard/ledger/pg_connection.hpp"

#include <libpq-fe.h>

#include <charconv>
#include <cstdlib>

namespace switchyard::ledger {
namespace {

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// libpq's message ends in a newline; a message of ours continues after it.
std::string trimmed(const char* message) {
  std::string m = message ? message : "";
  while (!m.empty() && (m.back() == '\n' || m.back() == ' ')) m.pop_back();
  return m;
}

std::string where_of(pg_conn* conn) {
  const char* host = PQhost(conn);
  const char* port = PQport(conn);
  const char* db = PQdb(conn);
  return std::string("PostgreSQL at ") + (host && *host ? host : "(default host)") + ":" +
         (port && *port ? port : "5432") + "/" + (db ? db : "");
}

}  // namespace

void PgResultDeleter::operator()(pg_result* r) const {
  PQclear(r);
}

int PgRows::size() const {
  return PQntuples(r_.get());
}
bool PgRows::null(int row, int column) const {
  return PQgetisnull(r_.get(), row, column) != 0;
}

std::string_view PgRows::text(int row, int column) const {
  return {PQgetvalue(r_.get(), row, column),
          static_cast<std::size_t>(PQgetlength(r_.get(), row, column))};
}

std::string PgRows::bytes(int row, int column) const {
  // The session sets bytea_output = hex: "\x" and two digits a byte.
  const std::string_view t = text(row, column);
  std::string out;
  if (t.size() < 2 || t[0] != '\\' || t[1] != 'x') return out;
  out.reserve((t.size() - 2) / 2);
  for (std::size_t i = 2; i + 1 < t.size(); i += 2)
    out += static_cast<char>(hex_digit(t[i]) << 4 | hex_digit(t[i + 1]));
  return out;
}

std::int64_t PgRows::int64(int row, int column) const {
  const std::string_view t = text(row, column);
  std::int64_t v = 0;
  std::from_chars(t.data(), t.data() + t.size(), v);
  return v;
}

double PgRows::real(int row, int column) const {
  // PostgreSQL 12+ prints the shortest text that reads back as the same
  // double (extra_float_digits = 1, the default), so the chain hash of a
  // read record matches the one computed before it was stored.
  return std::strtod(std::string(text(row, column)).c_str(), nullptr);
}

int PgRows::changed() const {
  return std::atoi(PQcmdTuples(r_.get()));
}

core::Expected<std::unique_ptr<PgConnection>> PgConnection::open(const std::string& url) {
  // The URL's own connect_timeout, when it has one, comes later and wins.
  const char* keys[] = {"connect_timeout", "dbname", nullptr};
  const char* values[] = {"5", url.c_str(), nullptr};
  pg_conn* conn = PQconnectdbParams(keys, values, /*expand_dbname=*/1);
  if (!conn) return core::Error::internal("cannot connect to PostgreSQL: out of memory");
  std::unique_ptr<PgConnection> c(new PgConnection(conn, url, where_of(conn)));
  if (PQstatus(conn) != CONNECTION_OK)
    return core::Error::internal("cannot connect to " + c->where_ + ": " +
                                 trimmed(PQerrorMessage(conn)));
  if (auto e = c->set_up_session()) return *e;
  return c;
}

PgConnection::~PgConnection() {
  PQfinish(conn_);
}

core::Error PgConnection::error(std::string_view what) const {
  return core::Error::internal(where_ + ": " + std::string(what) + ": " +
                               trimmed(PQerrorMessage(conn_)));
}

std::optional<core::Error> PgConnection::set_up_session() {
  // Warnings (a NOTICE for CREATE ... IF NOT EXISTS) are not printed.
  PQsetNoticeProcessor(
      conn_, [](void*, const char*) {}, nullptr);
  return run("SET bytea_output = hex; SET client_encoding = 'UTF8'");
}

std::optional<core::Error> PgConnection::ensure_connected() {
  if (PQstatus(conn_) == CONNECTION_OK) return std::nullopt;
  if (in_transaction_) return error("the connection was lost inside a transaction");
  PQreset(conn_);
  if (PQstatus(conn_) != CONNECTION_OK) return error("cannot reconnect");
  return set_up_session();
}

core::Expected<PgRows> PgConnection::exec(std::string_view sql,
                                          const std::vector<PgParam>& params) {
  if (auto e = ensure_connected()) return *e;
  std::vector<const char*> values(params.size());
  std::vector<int> lengths(params.size());
  std::vector<int> formats(params.size());
  std::vector<std::string> texts(params.size());
  for (std::size_t i = 0; i < params.size(); ++i) {
    // A text parameter needs a terminating NUL; bytes go with their length.
    if (!params[i].bytes) texts[i] = params[i].value;
    values[i] = params[i].null    ? nullptr
                : params[i].bytes ? params[i].value.data()
                                  : texts[i].c_str();
    lengths[i] = static_cast<int>(params[i].value.size());
    formats[i] = params[i].bytes ? 1 : 0;
  }
  const std::string statement(sql);
  PgRows rows(PQexecParams(conn_, statement.c_str(), static_cast<int>(params.size()), nullptr,
                           values.data(), lengths.data(), formats.data(), /*text results*/ 0));
  const ExecStatusType status = PQresultStatus(rows.r_.get());
  if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) return rows;
  const char* message = PQresultErrorMessage(rows.r_.get());
  return core::Error::internal(where_ + ": " +
                               trimmed(message && *message ? message : PQerrorMessage(conn_)));
}

std::optional<core::Error> PgConnection::run(const char* sql) {
  if (auto e = ensure_connected()) return e;
  PgRows rows(PQexec(conn_, sql));
  const ExecStatusType status = PQresultStatus(rows.r_.get());
  if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) return std::nullopt;
  const char* message = PQresultErrorMessage(rows.r_.get());
  return core::Error::internal(where_ + ": " +
                               trimmed(message && *message ? message : PQerrorMessage(conn_)));
}

std::optional<core::Error> PgConnection::begin(const char* then) {
  if (auto e = ensure_connected()) return e;
  const std::string sql = std::string("BEGIN") + (then ? std::string("; ") + then : "");
  in_transaction_ = true;
  if (auto e = run(sql.c_str())) {
    rollback();
    return e;
  }
  return std::nullopt;
}

std::optional<core::Error> PgConnection::commit() {
  auto e = run("COMMIT");
  // COMMIT of a transaction a statement failed in rolls back, with no error.
  if (!e && PQtransactionStatus(conn_) != PQTRANS_IDLE) e = error("the commit did not end");
  in_transaction_ = false;
  return e;
}

void PgConnection::rollback() {
  in_transaction_ = false;
  if (PQstatus(conn_) == CONNECTION_OK && PQtransactionStatus(conn_) != PQTRANS_IDLE)
    PQclear(PQexec(conn_, "ROLLBACK"));
}

}  // namespace switchyard::ledger
