// The embedded record store: one SQLite file in WAL mode. LedgerWriter batches
// appends into one transaction (group commit). With `synchronous =
// NORMAL` a committed transaction survives the process dying at any point;
// `FULL` also survives power loss, at the cost of an fsync per commit.
#pragma once

#include <memory>
#include <string>

#include "switchyard/ledger/record_store.hpp"

struct sqlite3;
struct sqlite3_stmt;

namespace switchyard::ledger {

struct SqliteOptions {
  std::string path;
  bool full_sync = false;  // synchronous = FULL instead of NORMAL
  // Checkpoints wait for the writer and reset the WAL to empty (TRUNCATE).
  // Only when no request waits on a commit (the record journal is on): a
  // PASSIVE checkpoint never holds a writer back, but under steady writes it
  // never finds the WAL fully copied at the moment a write begins, so the
  // WAL is never restarted and grows for the life of the process.
  bool truncate_checkpoints = false;
};

class SqliteStore final : public RecordStore {
 public:
  // Opens (creating when missing) the database and its schema. The error names
  // the file and says what failed.
  static core::Expected<std::unique_ptr<SqliteStore>> open(const SqliteOptions& options);
  ~SqliteStore() override;

  core::Expected<ChainHead> head() override;
  using RecordStore::append;
  std::optional<core::Error> append(std::vector<RequestRecord>& batch,
                                    const JournalMark* mark) override;
  core::Expected<std::int64_t> journal_mark(std::uint64_t journal_id) override;
  void checkpoint() override;
  std::optional<core::Error> scan(std::int64_t since_ms,
                                  const std::function<bool(const RequestRecord&)>& visit) override;

 private:
  SqliteStore(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  static sqlite3* open_connection(const std::string& path, std::string& why);
  core::Error error(const std::string& what) const;
  std::optional<core::Error> exec(const char* sql);
  // Adds the columns of appended fields (kRecordFields) a database made by
  // an earlier version lacks; its rows get the field's default.
  std::optional<core::Error> add_appended_columns();
  // Runs a prepared statement that returns no rows (BEGIN, COMMIT, ROLLBACK).
  std::optional<core::Error> run(sqlite3_stmt* s, const char* what);

  sqlite3* db_;
  // A second connection for checkpoints: a WAL checkpoint on its own
  // connection runs alongside commits instead of stalling them.
  sqlite3* checkpointer_ = nullptr;
  bool truncate_checkpoints_ = false;  // SqliteOptions::truncate_checkpoints
  std::string path_;
  // Prepared once: parsing SQL per commit would cost more than the commit.
  sqlite3_stmt* insert_ = nullptr;
  sqlite3_stmt* head_ = nullptr;
  sqlite3_stmt* begin_ = nullptr;
  sqlite3_stmt* commit_ = nullptr;
  sqlite3_stmt* rollback_ = nullptr;
  sqlite3_stmt* set_mark_ = nullptr;
  sqlite3_stmt* get_mark_ = nullptr;
};

}  // namespace switchyard::ledger
