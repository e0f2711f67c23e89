// The record store for several replicas: PostgreSQL, shared by every
// gateway. The same interface, the same chain and the same tests as the
// SQLite store (tests/ledger run against both).
//
// One chain across all replicas. An append takes the requests table's
// SHARE ROW EXCLUSIVE lock inside its transaction (appenders queue, readers
// such as `switchyard audit` do not wait), reads the head there and links
// its batch after it, exactly as SQLite's BEGIN IMMEDIATE does for several
// processes on one file, so `audit verify` reads one unbroken sequence
// whichever replica wrote each record. With the record journal (the
// default) a replica appends a batch every few milliseconds, not a
// transaction per request, so the lock is held for one batch at a time and
// is never on a request's path.
//
// Text fields are BYTEA: a record stores exactly the bytes the gateway
// hashed (a client's model name may hold a NUL, which TEXT refuses; a
// record the database refused would stall the journal behind it).
#pragma once

#include <memory>
#include <mutex>
#include <string>

#include "switchyard/ledger/pg_connection.hpp"
#include "switchyard/ledger/record_store.hpp"

namespace switchyard::ledger {

struct PostgresOptions {
  std::string url;  // libpq connection URI or key=value string; may carry a password
};

class PostgresStore final : public RecordStore {
 public:
  // Connects and creates the tables when missing (adding the columns of
  // fields appended since, as the SQLite store does). Errors name the
  // server, never the URL.
  static core::Expected<std::unique_ptr<PostgresStore>> open(const PostgresOptions& options);

  core::Expected<ChainHead> head() override;
  using RecordStore::append;
  std::optional<core::Error> append(std::vector<RequestRecord>& batch,
                                    const JournalMark* mark) override;
  core::Expected<std::int64_t> journal_mark(std::uint64_t journal_id) override;
  std::optional<core::Error> scan(std::int64_t since_ms,
                                  const std::function<bool(const RequestRecord&)>& visit) override;

 private:
  explicit PostgresStore(std::unique_ptr<PgConnection> db) : db_(std::move(db)) {}
  std::optional<core::Error> create_schema();
  core::Expected<ChainHead> read_head();  // mu_ held
  std::optional<core::Error> insert(std::vector<RequestRecord>& batch, std::size_t from,
                                    std::size_t count);  // mu_ held, inside the transaction

  std::mutex mu_;  // one statement at a time on the connection
  std::unique_ptr<PgConnection> db_;
};

}  // namespace switchyard::ledger
