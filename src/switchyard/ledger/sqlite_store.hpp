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
};

class SqliteStore final : public RecordStore {
 public:
  // Opens (creating when missing) the database and its schema. The error names
  // the file and says what failed.
  static core::Expected<std::unique_ptr<SqliteStore>> open(const SqliteOptions& options);
  ~SqliteStore() override;

  core::Expected<ChainHead> head() override;
  std::optional<core::Error> append(std::vector<RequestRecord>& batch) override;
  std::optional<core::Error> scan(std::int64_t since_ms,
                                  const std::function<bool(const RequestRecord&)>& visit) override;

 private:
  SqliteStore(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  core::Error error(const std::string& what) const;
  std::optional<core::Error> exec(const char* sql);

  sqlite3* db_;
  std::string path_;
  sqlite3_stmt* insert_ = nullptr;
};

}  // namespace switchyard::ledger
