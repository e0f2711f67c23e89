// The ledger on each record store — a real SQLite file and a real
// PostgreSQL server on loopback (tests/support/test_servers.hpp) — through
// the same tests: group commit, the hash chain across restarts, tamper
// detection, and the per-class report. SQLite's own (WAL checkpoints, file
// paths) follow at the end.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <thread>

#include "support/test_servers.hpp"
#include "switchyard/ledger/audit_report.hpp"
#include "switchyard/ledger/ledger_writer.hpp"
#include "switchyard/ledger/postgres_store.hpp"
#include "switchyard/ledger/sqlite_store.hpp"

namespace switchyard::ledger {
namespace {

namespace fs = std::filesystem;

enum class Backend { sqlite, postgres };

std::string backend_name(Backend b) {
  return b == Backend::sqlite ? "SQLite" : "PostgreSQL";
}
void PrintTo(Backend b, std::ostream* os) {
  *os << backend_name(b);
}

class LedgerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    // Test names of parameterized tests hold '/': not in a file name.
    std::string name = ::testing::UnitTest::GetInstance()->current_test_info()->name();
    for (char& c : name)
      if (c == '/') c = '_';
    dir_ = fs::temp_directory_path() /
           ("switchyard-ledger-" + std::to_string(::getpid()) + "-" + name);
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    path_ = (dir_ / "ledger.db").string();
    if (backend_ == Backend::postgres) {
      url_ = testing::postgres_schema_url("ledger");
      ASSERT_FALSE(url_.empty());
    }
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::unique_ptr<RecordStore> open() {
    if (backend_ == Backend::postgres) {
      auto s = PostgresStore::open({url_});
      EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error().message);
      return s.ok() ? std::move(*s) : nullptr;
    }
    auto s = SqliteStore::open({path_});
    EXPECT_TRUE(s.ok()) << (s.ok() ? "" : s.error().message);
    return s.ok() ? std::move(*s) : nullptr;
  }

  static RequestRecord record(int i, std::string data_class, std::string side) {
    RequestRecord r;
    r.time_ms = 1'700'000'000'000 + i;
    r.request_id = "req_" + std::to_string(i);
    r.caller = "team-a";
    r.model = "gpt-4o-mini";
    r.data_class = std::move(data_class);
    r.class_reason = "finding US_SSN";
    r.entities = {{"EMAIL_ADDRESS", 2}, {"US_SSN", 1}};
    r.plan = "local/llama: primary";
    r.deployment = side.empty() ? "" : side + "/model";
    r.side = std::move(side);
    r.status = r.deployment.empty() ? 503 : 200;
    r.prompt_tokens = 10 + i;
    r.completion_tokens = 5;
    r.cost_usd = 0.000123 * i;
    r.duration_us = 1500;
    return r;
  }

  // Appends `n` records through a writer and waits for every report.
  void append(int first, int n, const std::string& data_class, const std::string& side) {
    LedgerWriter writer(open());
    std::atomic<int> ok{0};
    for (int i = first; i < first + n; ++i)
      writer.append(record(i, data_class, side), [&](const std::optional<core::Error>& e) {
        if (!e) ok.fetch_add(1);
      });
    writer.flush();
    EXPECT_EQ(ok.load(), n);
    EXPECT_EQ(writer.committed(), n);
  }

  // Edits the store behind the ledger's back, as an attacker with the
  // database's password would.
  void sql(const std::string& statement) {
    if (backend_ == Backend::postgres) return testing::postgres_sql(url_, statement);
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
    char* err = nullptr;
    EXPECT_EQ(sqlite3_exec(db, statement.c_str(), nullptr, nullptr, &err), SQLITE_OK)
        << (err ? err : "");
    sqlite3_free(err);
    sqlite3_close(db);
  }

  Backend backend_ = Backend::sqlite;
  fs::path dir_;
  std::string path_;  // SQLite's file
  std::string url_;   // PostgreSQL's schema
};

// The tests every store passes.
class LedgerStoreTest : public LedgerTest, public ::testing::WithParamInterface<Backend> {
 protected:
  void SetUp() override {
    backend_ = GetParam();
    LedgerTest::SetUp();
  }
};

std::string param_name(const ::testing::TestParamInfo<Backend>& info) {
  return backend_name(info.param);
}

TEST_P(LedgerStoreTest, RecordsRoundTripWithAllFields) {
  append(1, 1, "restricted", "local");
  auto store = open();
  std::vector<RequestRecord> seen;
  ASSERT_FALSE(store->scan(0, [&](const RequestRecord& r) {
    seen.push_back(r);
    return true;
  }));
  ASSERT_EQ(seen.size(), 1u);
  const RequestRecord want = record(1, "restricted", "local");
  const RequestRecord& got = seen[0];
  EXPECT_EQ(got.seq, 1);
  for_each_field(
      [&](const auto& field) { EXPECT_EQ(got.*field.member, want.*field.member) << field.name; });
  EXPECT_EQ(got.prev_hash, "");
  EXPECT_EQ(got.hash.size(), 64u);
  EXPECT_EQ(got.hash, chain_hash(got));
}

// Both commit paths: callers leading inline, and the writer thread alone.
class LedgerModes : public LedgerTest,
                    public ::testing::WithParamInterface<std::tuple<Backend, bool>> {
 protected:
  void SetUp() override {
    backend_ = std::get<0>(GetParam());
    LedgerTest::SetUp();
  }
  bool inline_commit() const { return std::get<1>(GetParam()); }
};

TEST_P(LedgerModes, ConcurrentAppendsFormOneUnbrokenChain) {
  {
    LedgerWriter writer(open(), 16, inline_commit());
    std::vector<std::thread> threads;
    std::atomic<int> ok{0};
    for (int t = 0; t < 4; ++t)
      threads.emplace_back([&, t] {
        for (int i = 0; i < 250; ++i)
          writer.append(record(t * 1000 + i, "internal", "cloud"),
                        [&](const std::optional<core::Error>& e) {
                          if (!e) ok.fetch_add(1);
                        });
      });
    for (auto& th : threads) th.join();
    writer.flush();
    EXPECT_EQ(ok.load(), 1000);
  }
  auto store = open();
  auto verdict = verify_chain(*store);
  ASSERT_TRUE(verdict.ok());
  EXPECT_TRUE(verdict->intact) << verdict->why;
  EXPECT_EQ(verdict->checked, 1000);
}

TEST_P(LedgerModes, CommitsPastTheCheckpointIntervalAndReopens) {
  // Past SQLite's checkpoint interval (2000); PostgreSQL has none, and a
  // commit per record costs it a few round trips, so fewer do.
  const int n = backend_ == Backend::sqlite ? 5000 : 2100;
  {
    LedgerWriter writer(open(), 64, inline_commit());
    for (int i = 0; i < n; ++i) writer.append(record(i, "public", "cloud"), nullptr);
    writer.flush();
    EXPECT_EQ(writer.committed(), n);
  }
  auto verdict = verify_chain(*open());
  ASSERT_TRUE(verdict.ok());
  EXPECT_TRUE(verdict->intact) << verdict->why;
  EXPECT_EQ(verdict->checked, n);
}

// A checkpoint moves committed records from the WAL into the database file:
// the WAL must not grow for the life of the gateway while the file stays
// empty (the checkpointing connection had never read, so it did nothing).
TEST_F(LedgerTest, CheckpointMovesRecordsIntoTheDatabaseFile) {
  auto store = open();
  std::vector<RequestRecord> batch;
  for (int i = 0; i < 500; ++i) batch.push_back(record(i, "public", "cloud"));
  ASSERT_FALSE(store->append(batch).has_value());
  const auto before = fs::file_size(path_);
  store->checkpoint();
  const auto after = fs::file_size(path_);
  EXPECT_GT(after, before + 64 * 1024) << "the checkpoint left the records in the WAL";
}

// With truncating checkpoints (the record journal's mode) the WAL is reset to
// empty once its records are in the database file.
TEST_F(LedgerTest, TruncatingCheckpointEmptiesTheWal) {
  auto s = SqliteStore::open({path_, false, /*truncate_checkpoints=*/true});
  ASSERT_TRUE(s.ok()) << s.error().message;
  auto& store = **s;
  std::vector<RequestRecord> batch;
  for (int i = 0; i < 500; ++i) batch.push_back(record(i, "public", "cloud"));
  ASSERT_FALSE(store.append(batch).has_value());
  const fs::path wal = path_ + "-wal";
  ASSERT_GT(fs::file_size(wal), 64u * 1024);
  store.checkpoint();
  EXPECT_EQ(fs::file_size(wal), 0u);
  EXPECT_GT(fs::file_size(path_), 64u * 1024);
}

// A batch (an event loop's turn of finished requests) commits in its order,
// reports every record, and continues the chain of single appends.
TEST_P(LedgerModes, BatchesKeepTheirOrderAndTheChain) {
  {
    LedgerWriter writer(open(), 8, inline_commit());  // batches larger than max_batch split
    std::atomic<int> ok{0};
    auto count = [&ok](const std::optional<core::Error>& e) {
      if (!e) ok.fetch_add(1);
    };
    writer.append(record(0, "public", "cloud"), count);
    for (int b = 0; b < 3; ++b) {
      std::vector<LedgerWriter::Entry> batch;
      for (int i = 0; i < 20; ++i)
        batch.push_back({record(1 + b * 20 + i, "public", "cloud"), count});
      writer.append(std::move(batch));
    }
    writer.append(std::vector<LedgerWriter::Entry>{});  // nothing to do, no report owed
    writer.flush();
    EXPECT_EQ(ok.load(), 61);
    EXPECT_EQ(writer.committed(), 61);
  }
  auto store = open();
  std::vector<std::string> ids;
  ASSERT_FALSE(store->scan(0, [&](const RequestRecord& r) {
    ids.push_back(r.request_id);
    return true;
  }));
  ASSERT_EQ(ids.size(), 61u);
  for (int i = 0; i < 61; ++i)
    EXPECT_EQ(ids[static_cast<std::size_t>(i)], "req_" + std::to_string(i));
  auto verdict = verify_chain(*store);
  ASSERT_TRUE(verdict.ok());
  EXPECT_TRUE(verdict->intact) << verdict->why;
}

INSTANTIATE_TEST_SUITE_P(InlineAndThreaded, LedgerModes,
                         ::testing::Combine(::testing::Values(Backend::sqlite, Backend::postgres),
                                            ::testing::Bool()),
                         [](const ::testing::TestParamInfo<std::tuple<Backend, bool>>& info) {
                           return backend_name(std::get<0>(info.param)) +
                                  (std::get<1>(info.param) ? "_Inline" : "_Threaded");
                         });

TEST_P(LedgerStoreTest, ChainContinuesAcrossRestarts) {
  append(1, 3, "public", "cloud");
  append(4, 3, "public", "cloud");
  auto store = open();
  auto head = store->head();
  ASSERT_TRUE(head.ok());
  EXPECT_EQ(head->seq, 6);
  auto verdict = verify_chain(*store);
  ASSERT_TRUE(verdict.ok());
  EXPECT_TRUE(verdict->intact) << verdict->why;
  EXPECT_EQ(verdict->checked, 6);
}

TEST_P(LedgerStoreTest, VerifyNamesAnEditedRecord) {
  append(1, 10, "restricted", "local");
  sql("UPDATE requests SET side = 'cloud' WHERE seq = 7");
  auto store = open();
  auto verdict = verify_chain(*store);
  ASSERT_TRUE(verdict.ok());
  EXPECT_FALSE(verdict->intact);
  EXPECT_EQ(verdict->broken_seq, 7);
  EXPECT_EQ(verdict->broken_request_id, "req_7");
  EXPECT_NE(verdict->why.find("edited"), std::string::npos) << verdict->why;
}

TEST_P(LedgerStoreTest, VerifyNamesADeletedRecord) {
  append(1, 10, "restricted", "local");
  sql("DELETE FROM requests WHERE seq = 4");
  auto store = open();
  auto verdict = verify_chain(*store);
  ASSERT_TRUE(verdict.ok());
  EXPECT_FALSE(verdict->intact);
  EXPECT_EQ(verdict->broken_seq, 5);
  EXPECT_NE(verdict->why.find("record 4 is missing"), std::string::npos) << verdict->why;
}

TEST_P(LedgerStoreTest, VerifyCatchesARecordRewrittenWithAFreshHash) {
  // An editor who recomputes the edited record's own hash still breaks the
  // link from the record after it.
  append(1, 5, "restricted", "local");
  auto store = open();
  RequestRecord third;
  store->scan(0, [&](const RequestRecord& r) {
    if (r.seq == 3) third = r;
    return true;
  });
  third.side = "cloud";
  const std::string forged = chain_hash(third);
  sql("UPDATE requests SET side = 'cloud', hash = '" + forged + "' WHERE seq = 3");
  auto verdict = verify_chain(*store);
  ASSERT_TRUE(verdict.ok());
  EXPECT_FALSE(verdict->intact);
  EXPECT_EQ(verdict->broken_seq, 4);
}

TEST_P(LedgerStoreTest, ReportCountsWhereEachClassWasServed) {
  append(1, 3, "restricted", "local");
  append(4, 2, "restricted", "");  // refused: no local deployment could serve
  append(6, 4, "public", "cloud");
  auto store = open();
  auto report = report_by_class(*store, 0);
  ASSERT_TRUE(report.ok());
  const auto& restricted = report->by_class.at("restricted");
  EXPECT_EQ(restricted.requests, 5);
  EXPECT_EQ(restricted.local, 3);
  EXPECT_EQ(restricted.cloud, 0);
  EXPECT_EQ(restricted.not_served, 2);
  EXPECT_EQ(report->by_class.at("public").cloud, 4);
  EXPECT_EQ(report->total.requests, 9);

  auto recent = report_by_class(*store, 1'700'000'000'000 + 6);
  ASSERT_TRUE(recent.ok());
  EXPECT_EQ(recent->total.requests, 4);
}

// Whatever bytes a request put in a field (a model name with a NUL, bytes
// that are not UTF-8) come back exactly: the chain hashed those bytes.
TEST_P(LedgerStoreTest, AnyBytesInATextFieldRoundTrip) {
  RequestRecord odd = record(1, "public", "cloud");
  odd.model = std::string("gpt\0-4o\xff\xfe", 9);
  odd.plan = std::string("\x80\x00\x01\\x'\"", 8);
  odd.cost_usd = 0.1 + 0.2;  // no short decimal spells it
  {
    LedgerWriter writer(open());
    ASSERT_FALSE(writer.append(odd).has_value());
  }
  auto store = open();
  std::vector<RequestRecord> seen;
  ASSERT_FALSE(store->scan(0, [&](const RequestRecord& r) {
    seen.push_back(r);
    return true;
  }));
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen[0].model, odd.model);
  EXPECT_EQ(seen[0].plan, odd.plan);
  EXPECT_EQ(seen[0].cost_usd, odd.cost_usd);
  auto verdict = verify_chain(*store);
  ASSERT_TRUE(verdict.ok());
  EXPECT_TRUE(verdict->intact) << verdict->why;
}

// Two stores on one database, as two replicas (or two processes on one
// SQLite file) have: appending at once, they still build one chain.
TEST_P(LedgerStoreTest, TwoStoresAppendingAtOnceBuildOneChain) {
  {
    LedgerWriter a(open(), 8, false);
    LedgerWriter b(open(), 8, false);
    std::thread ta([&] {
      for (int i = 0; i < 300; ++i) a.append(record(i, "public", "cloud"), nullptr);
    });
    std::thread tb([&] {
      for (int i = 1000; i < 1300; ++i) b.append(record(i, "internal", "local"), nullptr);
    });
    ta.join();
    tb.join();
    a.flush();
    b.flush();
    EXPECT_EQ(a.committed() + b.committed(), 600);
  }
  auto verdict = verify_chain(*open());
  ASSERT_TRUE(verdict.ok());
  EXPECT_TRUE(verdict->intact) << verdict->why;
  EXPECT_EQ(verdict->checked, 600);
}

INSTANTIATE_TEST_SUITE_P(Stores, LedgerStoreTest,
                         ::testing::Values(Backend::sqlite, Backend::postgres), param_name);

// A server that does not answer: the error names it, never the URL (which
// may hold a password).
TEST(PostgresStore, AnUnreachableServerIsNamedWithoutThePassword) {
  auto s = PostgresStore::open(
      {"postgresql://switchyard:hunter2-secret@127.0.0.1:1/ledger?connect_timeout=2"});
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.error().message.find("PostgreSQL at 127.0.0.1:1/ledger"), std::string::npos)
      << s.error().message;
  EXPECT_EQ(s.error().message.find("hunter2"), std::string::npos) << s.error().message;
}

// A store whose server went away and came back (a restart, a failover)
// reconnects by itself: the journal's ingester retries, so nothing is lost.
TEST_F(LedgerTest, PostgresStoreReconnectsAfterTheServerDropsIt) {
  url_ = testing::postgres_schema_url("ledger");
  ASSERT_FALSE(url_.empty());
  const std::string app = testing::unique_test_name("app");
  auto s = PostgresStore::open({url_ + " application_name=" + app});
  ASSERT_TRUE(s.ok()) << s.error().message;
  std::vector<RequestRecord> batch{record(1, "public", "cloud")};
  ASSERT_FALSE((*s)->append(batch));
  // The server ends the store's connection, as a restart would.
  testing::postgres_sql(url_,
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE application_name = '" +
                            app + "'");
  batch = {record(2, "public", "cloud")};
  auto first = (*s)->append(batch);  // may fail once: the connection was found dead
  if (first) {
    batch = {record(2, "public", "cloud")};
    ASSERT_FALSE((*s)->append(batch)) << "reconnected";
  }
  auto head = (*s)->head();
  ASSERT_TRUE(head.ok()) << head.error().message;
  EXPECT_EQ(head->seq, 2);
}

TEST_F(LedgerTest, UnopenableDatabaseNamesTheFile) {
  auto s = SqliteStore::open({(dir_ / "no-such-dir" / "ledger.db").string()});
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.error().message.find("no-such-dir/ledger.db"), std::string::npos)
      << s.error().message;
}

TEST(CallerFingerprint, NamesAKeyStablyWithoutRevealingIt) {
  const std::string a = caller_fingerprint("sk-team-a-secret");
  EXPECT_EQ(a, caller_fingerprint("sk-team-a-secret"));
  EXPECT_NE(a, caller_fingerprint("sk-team-b-secret"));
  EXPECT_EQ(a.size(), 4u + 16u);
  EXPECT_EQ(a.rfind("key:", 0), 0u);
  EXPECT_EQ(a.find("secret"), std::string::npos);
  EXPECT_EQ(caller_fingerprint(""), "");
}

TEST(ParseAge, AcceptsDaysHoursMinutesSeconds) {
  EXPECT_EQ(parse_age("7d"), 7 * 86'400'000LL);
  EXPECT_EQ(parse_age("12h"), 12 * 3'600'000LL);
  EXPECT_EQ(parse_age("30m"), 30 * 60'000LL);
  EXPECT_EQ(parse_age("45s"), 45'000LL);
  EXPECT_FALSE(parse_age("7"));
  EXPECT_FALSE(parse_age("d"));
  EXPECT_FALSE(parse_age("-1d"));
  EXPECT_FALSE(parse_age("7w"));
  EXPECT_FALSE(parse_age("99999999999999999d"));
}

TEST(Entities, EncodeAndDecodeAreInverse) {
  const std::vector<std::pair<std::string, int>> e = {{"EMAIL_ADDRESS", 2}, {"US_SSN", 1}};
  EXPECT_EQ(encode_entities(e), "EMAIL_ADDRESS=2,US_SSN=1");
  EXPECT_EQ(decode_entities(encode_entities(e)), e);
  EXPECT_TRUE(decode_entities("").empty());
}

}  // namespace
}  // namespace switchyard::ledger
