// The record journal on real files: the frame format, the ring wrapping, the
// writer's ingester, and recovery after a process dies (forked children that
// _exit or SIGKILL themselves right after their appends returned): every
// answered record reaches the store exactly once, torn frames are skipped,
// and journals of live processes are left alone. Each test runs against
// both record stores: a SQLite file, and a real PostgreSQL server on
// loopback (the journal sits on the replica's disk either way).
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <thread>

#include "support/test_servers.hpp"
#include "switchyard/ledger/audit_report.hpp"
#include "switchyard/ledger/journal.hpp"
#include "switchyard/ledger/ledger_writer.hpp"
#include "switchyard/ledger/postgres_store.hpp"
#include "switchyard/ledger/sqlite_store.hpp"

namespace switchyard::ledger {
namespace {

namespace fs = std::filesystem;

RequestRecord record(int i) {
  RequestRecord r;
  char id[32];
  std::snprintf(id, sizeof id, "req_%06d", i);  // fixed width: found in the file by tests
  r.time_ms = 1'700'000'000'000 + i;
  r.request_id = id;
  r.caller = "key:0123456789abcdef";
  r.model = "gpt-4o-mini";
  r.data_class = "confidential";
  r.class_reason = "finding EMAIL_ADDRESS";
  r.entities = {{"EMAIL_ADDRESS", 2}, {"US_SSN", 1}};
  r.plan = "openai/gpt-4o-mini: primary deployment of 'gpt-4o-mini'";
  r.side = i % 2 ? "cloud" : "local";
  r.deployment = r.side + "/model";
  r.redacted = i % 3 == 0;
  r.status = 200;
  r.prompt_tokens = 300 + i;
  r.completion_tokens = 80;
  r.cost_usd = 0.000093 * i;
  r.duration_us = 1500 + i;
  return r;
}

// Passes everything to a store, failing appends while `fail` is set.
class FlakyStore final : public RecordStore {
 public:
  FlakyStore(std::unique_ptr<RecordStore> inner, std::shared_ptr<std::atomic<bool>> fail)
      : inner_(std::move(inner)), fail_(std::move(fail)) {}
  core::Expected<ChainHead> head() override { return inner_->head(); }
  using RecordStore::append;
  std::optional<core::Error> append(std::vector<RequestRecord>& batch,
                                    const JournalMark* mark) override {
    if (fail_->load()) return core::Error::internal("disk on fire");
    return inner_->append(batch, mark);
  }
  core::Expected<std::int64_t> journal_mark(std::uint64_t id) override {
    return inner_->journal_mark(id);
  }
  std::optional<core::Error> scan(std::int64_t since,
                                  const std::function<bool(const RequestRecord&)>& v) override {
    return inner_->scan(since, v);
  }

 private:
  std::unique_ptr<RecordStore> inner_;
  std::shared_ptr<std::atomic<bool>> fail_;
};

enum class Backend { sqlite, postgres };

std::string backend_name(Backend b) {
  return b == Backend::sqlite ? "SQLite" : "PostgreSQL";
}
void PrintTo(Backend b, std::ostream* os) {
  *os << backend_name(b);
}

// The tests' store is the parameter (or the first of a tuple of them).
Backend backend_of(Backend b) {
  return b;
}
template <typename... T>
Backend backend_of(const std::tuple<Backend, T...>& t) {
  return std::get<0>(t);
}

template <typename Param>
class JournalTestBase : public ::testing::TestWithParam<Param> {
 protected:
  void SetUp() override {
    backend_ = backend_of(this->GetParam());
    std::string name = ::testing::UnitTest::GetInstance()->current_test_info()->name();
    for (char& c : name)
      if (c == '/') c = '_';
    dir_ = fs::temp_directory_path() / ("switchyard-journal-" + std::to_string(::getpid()) + "-" +
                                        name + "-" + backend_name(backend_));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    db_ = (dir_ / "ledger.db").string();
    if (backend_ == Backend::postgres) {
      url_ = testing::postgres_schema_url("journal");
      ASSERT_FALSE(url_.empty());
    }
  }
  void TearDown() override { fs::remove_all(dir_); }

  // The store, or nullptr (a forked child exits on that).
  std::unique_ptr<RecordStore> open_store() const {
    if (backend_ == Backend::postgres) {
      auto s = PostgresStore::open({url_});
      return s.ok() ? std::move(*s) : nullptr;
    }
    auto s = SqliteStore::open({db_});
    return s.ok() ? std::move(*s) : nullptr;
  }
  std::unique_ptr<RecordStore> open() {
    auto s = open_store();
    EXPECT_TRUE(s) << "cannot open the " << backend_name(backend_) << " store";
    return s;
  }
  std::unique_ptr<LedgerWriter> writer(std::size_t bytes = kDefaultJournalBytes,
                                       std::size_t max_batch = 512) {
    auto w = LedgerWriter::with_journal(open(), db_, bytes, max_batch);
    EXPECT_TRUE(w.ok()) << (w.ok() ? "" : w.error().message);
    return std::move(*w);
  }

  std::vector<RequestRecord> stored() {
    std::vector<RequestRecord> out;
    EXPECT_FALSE(open()->scan(0, [&](const RequestRecord& r) {
      out.push_back(r);
      return true;
    }));
    return out;
  }

  void expect_chain_intact(std::int64_t records) {
    auto store = open();
    auto verdict = verify_chain(*store);
    ASSERT_TRUE(verdict.ok());
    EXPECT_TRUE(verdict->intact) << verdict->why;
    EXPECT_EQ(verdict->checked, records);
  }

  // Runs `child` in a forked process and returns its wait status.
  static int in_child(const std::function<void()>& child) {
    const pid_t pid = ::fork();
    if (pid == 0) {
      child();
      ::_exit(0);
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    return status;
  }

  Backend backend_ = Backend::sqlite;
  fs::path dir_;
  std::string db_;   // SQLite's file; beside it, the journals in both cases
  std::string url_;  // PostgreSQL's schema
};

using JournalTest = JournalTestBase<Backend>;

std::string param_name(const ::testing::TestParamInfo<Backend>& info) {
  return backend_name(info.param);
}
#define SWITCHYARD_BOTH_STORES(suite)                                                            \
  INSTANTIATE_TEST_SUITE_P(Stores, suite, ::testing::Values(Backend::sqlite, Backend::postgres), \
                           param_name)

// Every field a request sets (the chain's seq and hashes are the store's).
void expect_same_fields(const RequestRecord& got, const RequestRecord& want) {
  for_each_field(
      [&](const auto& field) { EXPECT_EQ(got.*field.member, want.*field.member) << field.name; });
}

TEST(JournalFormat, RecordsEncodeAndDecodeExactly) {
  RequestRecord want = record(7);
  want.plan = std::string(3000, 'p');
  want.entities.clear();
  std::vector<unsigned char> bytes(encoded_size(want));
  encode_record(want, bytes.data());
  RequestRecord got;
  ASSERT_TRUE(decode_record(bytes.data(), bytes.size(), got));
  expect_same_fields(got, want);
  // Cut short anywhere, it is refused rather than read past its end.
  for (std::size_t n = 0; n < bytes.size(); n += 7)
    EXPECT_FALSE(decode_record(bytes.data(), n, got)) << n;
}

TEST_P(JournalTest, RecordsRoundTripThroughTheJournal) {
  std::string journal_path;
  {
    auto w = writer();
    ASSERT_TRUE(w->journaled());
    journal_path = w->journal()->path();
    EXPECT_TRUE(fs::exists(journal_path));
    EXPECT_EQ(fs::path(journal_path).filename().string().rfind("ledger.db.journal-", 0), 0u);
    for (int i = 0; i < 3; ++i) EXPECT_FALSE(w->append(record(i)));
    w->flush();
    EXPECT_EQ(w->committed(), 3);
    EXPECT_EQ(w->failed(), 0);
    auto records = stored();
    ASSERT_EQ(records.size(), 3u);
    for (int i = 0; i < 3; ++i) expect_same_fields(records[static_cast<std::size_t>(i)], record(i));
  }
  EXPECT_FALSE(fs::exists(journal_path)) << "a drained journal is deleted at shutdown";
  expect_chain_intact(3);
}

TEST_P(JournalTest, DestructionDrainsWithoutAFlush) {
  {
    auto w = writer();
    for (int i = 0; i < 100; ++i) ASSERT_FALSE(w->append(record(i)));
  }
  EXPECT_EQ(stored().size(), 100u);
  EXPECT_TRUE(journal_files(db_).empty());
}

// Driving the ring by hand: fill it, release part, and keep appending so
// frames wrap to the start while older ones are pending; they come out in
// order.
TEST_P(JournalTest, RingWrapsAroundAndKeepsOrder) {
  auto j = Journal::create(db_, kJournalHeaderBytes + 4096);
  ASSERT_TRUE(j.ok()) << j.error().message;
  Journal& journal = **j;
  int appended = 0;
  while (!journal.append(record(appended))) ++appended;
  ASSERT_GT(appended, 8);
  EXPECT_NE(journal.append(record(appended)).value().message.find("is full"), std::string::npos);

  int next = 0;  // the next record expected out of the ring
  Journal::Batch batch;
  auto take = [&](std::size_t max) {
    journal.read(max, batch);
    for (const auto& r : batch.records) {
      char id[32];
      std::snprintf(id, sizeof id, "req_%06d", next++);
      EXPECT_EQ(r.request_id, id);
    }
    journal.release(batch);
  };
  for (int lap = 0; lap < 40; ++lap) {
    take(3);
    while (!journal.append(record(appended))) ++appended;
  }
  EXPECT_GT(journal.wraps(), 5u);
  take(1000);
  EXPECT_EQ(next, appended);
  EXPECT_TRUE(journal.empty());
  EXPECT_EQ(journal.last_appended(), appended);
}

TEST_P(JournalTest, ConcurrentAppendersFormOneUnbrokenChain) {
  {
    auto w = writer(kDefaultJournalBytes, 64);
    std::vector<std::thread> threads;
    std::atomic<int> ok{0};
    for (int t = 0; t < 4; ++t)
      threads.emplace_back([&, t] {
        for (int i = 0; i < 500; ++i)
          if (!w->append(record(t * 1000 + i))) ok.fetch_add(1);
      });
    for (auto& th : threads) th.join();
    w->flush();
    EXPECT_EQ(ok.load(), 2000);
    EXPECT_EQ(w->committed(), 2000);
  }
  expect_chain_intact(2000);
  // Each thread's records in its own order.
  std::vector<int> last(4, -1);
  for (const auto& r : stored()) {
    const int n = std::stoi(r.request_id.substr(4));
    EXPECT_GT(n % 1000, last[static_cast<std::size_t>(n / 1000)]);
    last[static_cast<std::size_t>(n / 1000)] = n % 1000;
  }
}

// A child appends N records, each append returning before the next, then
// dies without any cleanup; a new writer ingests exactly those N, once.
class JournalCrash : public JournalTestBase<std::tuple<Backend, bool>> {};

TEST_P(JournalCrash, EveryAnsweredRecordIsIngestedOnce) {
  constexpr int n = 300;
  const bool sigkill = std::get<1>(GetParam());
  const int status = in_child([&] {
    auto store = open_store();
    if (!store) ::_exit(2);
    auto w = LedgerWriter::with_journal(std::move(store), db_, kDefaultJournalBytes, 16);
    if (!w) ::_exit(3);
    for (int i = 0; i < n; ++i)
      if ((*w)->append(record(i))) ::_exit(4);
    if (sigkill) ::raise(SIGKILL);
    ::_exit(0);
  });
  if (sigkill) {
    ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL) << status;
  } else {
    ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << status;
  }
  const auto left = journal_files(db_);
  ASSERT_EQ(left.size(), 1u) << "the dead child's journal stays behind";
  // Kept to replay a crash between the store's commit and the journal's
  // deletion below.
  const fs::path copy = dir_ / "copy";
  fs::copy_file(left[0], copy);

  auto store = open();
  auto report = recover_journals(db_, *store);
  ASSERT_TRUE(report.ok()) << report.error().message;
  EXPECT_EQ(report->journals, 1);
  EXPECT_EQ(report->missing, 0);
  EXPECT_TRUE(journal_files(db_).empty());
  auto records = stored();
  ASSERT_EQ(records.size(), static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) expect_same_fields(records[static_cast<std::size_t>(i)], record(i));
  expect_chain_intact(n);

  // The same journal again, as if the recovering process had died after its
  // commit but before deleting the file: nothing is added twice.
  fs::copy_file(copy, left[0]);
  auto again = recover_journals(db_, *store);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->journals, 1);
  EXPECT_EQ(again->records, 0);
  EXPECT_EQ(stored().size(), static_cast<std::size_t>(n));
  EXPECT_TRUE(journal_files(db_).empty());
}

INSTANTIATE_TEST_SUITE_P(ExitAndSigkill, JournalCrash,
                         ::testing::Combine(::testing::Values(Backend::sqlite, Backend::postgres),
                                            ::testing::Bool()),
                         [](const ::testing::TestParamInfo<std::tuple<Backend, bool>>& info) {
                           return backend_name(std::get<0>(info.param)) +
                                  (std::get<1>(info.param) ? "_Sigkill" : "_Exit");
                         });

// The child's ingester had put every record in the store (flush) when it
// died: the journal it left holds nothing new.
TEST_P(JournalTest, AJournalAlreadyInTheStoreAddsNothing) {
  const int status = in_child([&] {
    auto store = open_store();
    if (!store) ::_exit(2);
    auto w = LedgerWriter::with_journal(std::move(store), db_);
    if (!w) ::_exit(3);
    for (int i = 0; i < 50; ++i)
      if ((*w)->append(record(i))) ::_exit(4);
    (*w)->flush();
    if ((*w)->committed() != 50) ::_exit(5);
    ::_exit(0);
  });
  ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << status;
  ASSERT_EQ(journal_files(db_).size(), 1u);
  auto w = writer();  // recovers at start
  EXPECT_EQ(w->recovered().journals, 1);
  EXPECT_EQ(w->recovered().records, 0);
  EXPECT_EQ(stored().size(), 50u);
}

// Frames written straight into a journal by a child that then dies, with
// none ingested; the test then damages the file.
class TornJournal : public JournalTest {
 protected:
  void write_orphan(int n) {
    const int status = in_child([&] {
      auto j = Journal::create(db_, std::size_t{64} << 10);
      if (!j) ::_exit(2);
      for (int i = 0; i < n; ++i)
        if ((*j)->append(record(i))) ::_exit(3);
      ::_exit(0);
    });
    ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << status;
    const auto files = journal_files(db_);
    ASSERT_EQ(files.size(), 1u);
    path_ = files[0];
    std::ifstream in(path_, std::ios::binary);
    bytes_.assign(std::istreambuf_iterator<char>(in), {});
  }
  std::size_t find(const std::string& text) const {
    const auto at = bytes_.find(text);
    EXPECT_NE(at, std::string::npos) << text;
    return at;
  }
  void save() const {
    std::ofstream out(path_, std::ios::binary | std::ios::trunc);
    out.write(bytes_.data(), static_cast<std::streamsize>(bytes_.size()));
  }
  std::vector<std::string> ids() {
    std::vector<std::string> out;
    for (const auto& r : stored()) out.push_back(r.request_id);
    return out;
  }

  std::string path_;
  std::string bytes_;
};

TEST_P(TornJournal, ADamagedFrameIsSkippedAndLaterFramesStillIngested) {
  write_orphan(20);
  bytes_[find("req_000005") + 9] ^= 1;  // one bit of one record's payload
  save();
  auto store = open();
  auto report = recover_journals(db_, *store);
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(report->records, 19);
  EXPECT_EQ(report->missing, 1);
  ASSERT_EQ(report->notes.size(), 1u);
  EXPECT_NE(report->notes[0].find("1 damaged record"), std::string::npos) << report->notes[0];
  const auto got = ids();
  ASSERT_EQ(got.size(), 19u);
  EXPECT_EQ(got[4], "req_000004");
  EXPECT_EQ(got[5], "req_000006");
  EXPECT_EQ(got[18], "req_000019");
  expect_chain_intact(19);
}

TEST_P(TornJournal, AFrameCutShortByTheProcessDyingIsIgnored) {
  write_orphan(10);
  // As if the process died while copying the last record: the file ends
  // in the middle of its payload.
  bytes_.resize(find("req_000009") + 4);
  save();
  auto store = open();
  auto report = recover_journals(db_, *store);
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(report->records, 9);
  EXPECT_EQ(report->missing, 0);  // the last frame was never complete, never answered
  EXPECT_EQ(ids().size(), 9u);
}

TEST_P(TornJournal, AFileThatIsNotAJournalIsLeftAlone) {
  std::ofstream(db_ + ".journal-1-0000000000000000") << std::string(5000, 'x');
  auto store = open();
  auto report = recover_journals(db_, *store);
  ASSERT_TRUE(report.ok());
  EXPECT_EQ(report->journals, 0);
  ASSERT_EQ(report->notes.size(), 1u);
  EXPECT_NE(report->notes[0].find("not a version 1 record journal"), std::string::npos);
  EXPECT_TRUE(fs::exists(db_ + ".journal-1-0000000000000000"));
}

// A child that ingested part of its journal by hand (records and mark in one
// transaction) and kept appending so the ring wrapped over ingested frames:
// recovery takes exactly the rest, in order.
TEST_P(JournalTest, RecoveryAfterTheRingWrapped) {
  int total = 0;
  const int status = in_child([&] {
    auto store = open_store();
    auto j = Journal::create(db_, kJournalHeaderBytes + 8192);
    if (!store || !j) ::_exit(2);
    Journal& journal = **j;
    int appended = 0;
    Journal::Batch batch;
    for (int lap = 0; lap < 30; ++lap) {
      while (!journal.append(record(appended))) ++appended;
      journal.read(5, batch);
      const JournalMark mark{journal.id(), batch.last_seq};
      if (store->append(batch.records, &mark)) ::_exit(3);
      journal.release(batch);
    }
    while (!journal.append(record(appended))) ++appended;
    if (journal.wraps() < 3) ::_exit(4);
    ::_exit(appended > 250 ? 250 : appended);  // an exit status holds a byte
  });
  ASSERT_TRUE(WIFEXITED(status)) << status;
  total = WEXITSTATUS(status);
  ASSERT_GT(total, 150);  // 30 laps of 5 plus the ring's worth
  ASSERT_LT(total, 250);
  auto w = writer();
  EXPECT_EQ(w->recovered().journals, 1);
  EXPECT_EQ(w->recovered().missing, 0);
  const auto records = stored();
  ASSERT_EQ(records.size(), static_cast<std::size_t>(total));
  for (int i = 0; i < total; ++i)
    EXPECT_EQ(records[static_cast<std::size_t>(i)].request_id, record(i).request_id);
  expect_chain_intact(total);
}

// The store fails: the journal fills and then refuses appends with an error
// (the gateway answers 503 ledger_unavailable) instead of dropping records;
// once the store works again, every accepted record arrives.
TEST_P(JournalTest, AFullJournalRefusesAppendsAndLosesNothing) {
  auto fail = std::make_shared<std::atomic<bool>>(true);
  auto w = LedgerWriter::with_journal(std::make_unique<FlakyStore>(open(), fail), db_,
                                      kJournalHeaderBytes + 8192);
  ASSERT_TRUE(w.ok());
  LedgerWriter& writer = **w;
  int accepted = 0;
  std::optional<core::Error> refusal;
  for (int i = 0; i < 10'000 && !refusal; ++i) {
    refusal = writer.append(record(i));
    if (!refusal) ++accepted;
  }
  ASSERT_TRUE(refusal) << "the journal never filled";
  EXPECT_NE(refusal->message.find("is full"), std::string::npos) << refusal->message;
  EXPECT_GT(accepted, 10);
  EXPECT_EQ(writer.failed(), 1);
  // A record that could never fit is refused too.
  RequestRecord huge = record(0);
  huge.plan.assign(4096, 'p');
  EXPECT_TRUE(writer.append(huge));

  fail->store(false);
  while (writer.committed() < accepted) writer.flush();  // returns on success or a failure
  EXPECT_EQ(writer.committed(), accepted);
  EXPECT_EQ(stored().size(), static_cast<std::size_t>(accepted));
  EXPECT_FALSE(writer.append(record(accepted))) << "room again";
}

// Two processes' worth of writers on one database: each has its own journal,
// neither ingests the other's (both are locked), and the chain is one.
TEST_P(JournalTest, TwoWritersShareOneDatabase) {
  {
    auto a = writer();
    for (int i = 0; i < 100; ++i) ASSERT_FALSE(a->append(record(i)));
    auto b = writer();  // a's journal is locked: not an orphan
    EXPECT_EQ(b->recovered().journals, 0);
    EXPECT_EQ(journal_files(db_).size(), 2u);
    std::thread ta([&] {
      for (int i = 100; i < 400; ++i) ASSERT_FALSE(a->append(record(i)));
    });
    std::thread tb([&] {
      for (int i = 1000; i < 1300; ++i) ASSERT_FALSE(b->append(record(i)));
    });
    ta.join();
    tb.join();
    a->flush();
    b->flush();
    EXPECT_EQ(a->committed() + b->committed(), 700);
  }
  EXPECT_EQ(stored().size(), 700u);
  expect_chain_intact(700);
  EXPECT_TRUE(journal_files(db_).empty());
}

SWITCHYARD_BOTH_STORES(JournalTest);
SWITCHYARD_BOTH_STORES(TornJournal);

}  // namespace
}  // namespace switchyard::ledger
