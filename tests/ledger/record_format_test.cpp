// The ledger's on-disk format, pinned by values the code wrote before the
// record's fields became one list (ledger/record.hpp): a record's chain
// hash, its journal payload, and a SQLite ledger made with the first schema.
// Ledgers and journals already written must stay readable and their chains
// must keep verifying, so none of these expected values may ever change.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include "switchyard/ledger/audit_report.hpp"
#include "switchyard/ledger/journal.hpp"
#include "switchyard/ledger/sqlite_store.hpp"

namespace switchyard::ledger {
namespace {

namespace fs = std::filesystem;

// Every field set, none to its default.
RequestRecord golden() {
  RequestRecord r;
  r.seq = 42;
  r.time_ms = 1'733'222'333'444;
  r.request_id = "req_golden_0001";
  r.caller = "key:0123456789abcdef";
  r.model = "gpt-4o-mini";
  r.data_class = "restricted";
  r.class_reason = "finding US_SSN, caf\xc3\xa9";
  r.entities = {{"EMAIL_ADDRESS", 2}, {"US_SSN", 1}};
  r.plan = "local/llama: primary; openai/gpt-4o-mini: skipped (restricted)";
  r.side = "local";
  r.deployment = "local/llama";
  r.redacted = true;
  r.status = 200;
  r.prompt_tokens = 1234;
  r.completion_tokens = 56;
  r.cost_usd = 0.000123456789;
  r.duration_us = 98'765;
  r.prev_hash = "0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9";
  return r;
}

// The first record of a chain, refused: defaults where a refusal has none.
RequestRecord golden_first() {
  RequestRecord r;
  r.seq = 1;
  r.time_ms = 1'700'000'000'000;
  r.request_id = "req_first";
  r.model = "gpt-4o";
  r.data_class = "public";
  r.class_reason = "default";
  r.status = 503;
  r.duration_us = 7;
  return r;
}

// Written by chain_hash before the field list.
constexpr const char* kGoldenHash =
    "38a7e3c71f92d68dc7d856851c93aa781a67664cf661fd41e5b5e656512cdfdd";
constexpr const char* kGoldenFirstHash =
    "0564240817aaea77ba549f42fe625a5b28cce1cc0a4461db42efa90906640f11";
// golden() as the second record, after golden_first().
constexpr const char* kGoldenSecondHash =
    "e234610d7c8fc1308bc0a0d3782b5ad8ac22c2d132d64a56129b59fbb2276b42";

// encode_record(golden()) before the field list, in hex.
constexpr const char* kGoldenPayload =
    "04fc198c930100000f0000007265715f676f6c64656e5f30303031140000006b65793a3031323334"
    "35363738396162636465660b0000006770742d346f2d6d696e690a00000072657374726963746564"
    "1500000066696e64696e672055535f53534e2c20636166c3a9020000000d000000454d41494c5f41"
    "44445245535302000000000000000600000055535f53534e01000000000000003e0000006c6f6361"
    "6c2f6c6c616d613a207072696d6172793b206f70656e61692f6770742d346f2d6d696e693a20736b"
    "697070656420287265737472696374656429050000006c6f63616c0b0000006c6f63616c2f6c6c61"
    "6d6101000000c800000000000000d2040000000000003800000000000000411811be852e203fcd81"
    "010000000000";

std::string hex(const std::vector<unsigned char>& bytes) {
  static constexpr char digits[] = "0123456789abcdef";
  std::string out;
  for (unsigned char b : bytes) {
    out += digits[b >> 4];
    out += digits[b & 15];
  }
  return out;
}

std::vector<unsigned char> unhex(std::string_view text) {
  std::vector<unsigned char> out;
  auto nibble = [](char c) { return c <= '9' ? c - '0' : c - 'a' + 10; };
  for (std::size_t i = 0; i + 1 < text.size(); i += 2)
    out.push_back(static_cast<unsigned char>(nibble(text[i]) << 4 | nibble(text[i + 1])));
  return out;
}

// Every field a request sets (the chain's seq and hashes are the store's).
void expect_same_record(const RequestRecord& got, const RequestRecord& want) {
  for_each_field(
      [&](const auto& field) { EXPECT_EQ(got.*field.member, want.*field.member) << field.name; });
}

TEST(RecordFormat, ChainHashOfExistingRecordsNeverChanges) {
  EXPECT_EQ(chain_hash(golden()), kGoldenHash);
  EXPECT_EQ(chain_hash(golden_first()), kGoldenFirstHash);
  RequestRecord second = golden();
  second.seq = 2;
  second.prev_hash = kGoldenFirstHash;
  EXPECT_EQ(chain_hash(second), kGoldenSecondHash);
}

TEST(RecordFormat, ChainHashCoversEveryField) {
  const std::string base = chain_hash(golden());
  int changed = 0;
  auto differs = [&](auto edit) {
    RequestRecord r = golden();
    edit(r);
    ++changed;
    return chain_hash(r) != base;
  };
  EXPECT_TRUE(differs([](RequestRecord& r) { r.seq += 1; }));
  EXPECT_TRUE(differs([](RequestRecord& r) { r.prev_hash[0] = 'f'; }));
  EXPECT_TRUE(differs([](RequestRecord& r) { r.time_ms += 1; }));
  EXPECT_TRUE(differs([](RequestRecord& r) { r.request_id += 'x'; }));
  EXPECT_TRUE(differs([](RequestRecord& r) { r.caller.clear(); }));
  EXPECT_TRUE(differs([](RequestRecord& r) { r.model += 'x'; }));
  EXPECT_TRUE(differs([](RequestRecord& r) { r.data_class = "public"; }));
  EXPECT_TRUE(differs([](RequestRecord& r) { r.class_reason += 'x'; }));
  EXPECT_TRUE(differs([](RequestRecord& r) { r.entities[0].second = 3; }));
  EXPECT_TRUE(differs([](RequestRecord& r) { r.plan += 'x'; }));
  EXPECT_TRUE(differs([](RequestRecord& r) { r.side = "cloud"; }));
  EXPECT_TRUE(differs([](RequestRecord& r) { r.deployment += 'x'; }));
  EXPECT_TRUE(differs([](RequestRecord& r) { r.redacted = false; }));
  EXPECT_TRUE(differs([](RequestRecord& r) { r.status = 201; }));
  EXPECT_TRUE(differs([](RequestRecord& r) { r.prompt_tokens += 1; }));
  EXPECT_TRUE(differs([](RequestRecord& r) { r.completion_tokens += 1; }));
  EXPECT_TRUE(differs([](RequestRecord& r) { r.cost_usd *= 2; }));
  EXPECT_TRUE(differs([](RequestRecord& r) { r.duration_us += 1; }));
  EXPECT_EQ(changed, static_cast<int>(kRecordFieldCount) + 2);  // and seq, prev_hash
  // The hash itself is not hashed: it is what the others must produce.
  RequestRecord r = golden();
  r.hash = "anything";
  EXPECT_EQ(chain_hash(r), base);
}

TEST(RecordFormat, JournalPayloadOfExistingRecordsNeverChanges) {
  const RequestRecord want = golden();
  std::vector<unsigned char> bytes(encoded_size(want));
  encode_record(want, bytes.data());
  EXPECT_EQ(hex(bytes), kGoldenPayload);
  // A journal a previous process left behind still decodes.
  const std::vector<unsigned char> old = unhex(kGoldenPayload);
  RequestRecord got;
  ASSERT_TRUE(decode_record(old.data(), old.size(), got));
  expect_same_record(got, want);
}

class SqliteFormat : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("switchyard-record-format-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    path_ = (dir_ / "ledger.db").string();
  }
  void TearDown() override { fs::remove_all(dir_); }

  void sql(const std::string& statement) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
    char* err = nullptr;
    EXPECT_EQ(sqlite3_exec(db, statement.c_str(), nullptr, nullptr, &err), SQLITE_OK)
        << (err ? err : "");
    sqlite3_free(err);
    sqlite3_close(db);
  }

  // Every column but seq and the chain's hashes, as SQLite's text of each.
  std::string row(int seq) {
    sqlite3* db = nullptr;
    EXPECT_EQ(sqlite3_open(path_.c_str(), &db), SQLITE_OK);
    sqlite3_stmt* s = nullptr;
    EXPECT_EQ(
        sqlite3_prepare_v2(db,
                           "SELECT time_ms, request_id, caller, model, data_class, "
                           "class_reason, entities, plan, side, deployment, redacted, status, "
                           "prompt_tokens, completion_tokens, cost_usd, duration_us, "
                           "typeof(redacted), typeof(cost_usd), typeof(entities) "
                           "FROM requests WHERE seq = ?",
                           -1, &s, nullptr),
        SQLITE_OK);
    sqlite3_bind_int(s, 1, seq);
    std::string out;
    if (sqlite3_step(s) == SQLITE_ROW)
      for (int i = 0; i < sqlite3_column_count(s); ++i) {
        const auto* t = reinterpret_cast<const char*>(sqlite3_column_text(s, i));
        out += t ? t : "NULL";
        out += '|';
      }
    sqlite3_finalize(s);
    sqlite3_close(db);
    return out;
  }

  fs::path dir_;
  std::string path_;
};

// The first schema, as the gateway created it, and two records as it stored
// them (hashes as chain_hash computed them then): read, verified, continued.
TEST_F(SqliteFormat, ALedgerWrittenWithTheFirstSchemaIsReadAndContinued) {
  sql(R"sql(
CREATE TABLE requests (
  seq               INTEGER PRIMARY KEY,
  time_ms           INTEGER NOT NULL,
  request_id        TEXT NOT NULL,
  caller            TEXT NOT NULL,
  model             TEXT NOT NULL,
  data_class        TEXT NOT NULL,
  class_reason      TEXT NOT NULL,
  entities          TEXT NOT NULL,
  plan              TEXT NOT NULL,
  side              TEXT NOT NULL,
  deployment        TEXT NOT NULL,
  redacted          INTEGER NOT NULL,
  status            INTEGER NOT NULL,
  prompt_tokens     INTEGER NOT NULL,
  completion_tokens INTEGER NOT NULL,
  cost_usd          REAL NOT NULL,
  duration_us       INTEGER NOT NULL,
  prev_hash         TEXT NOT NULL,
  hash              TEXT NOT NULL
);
CREATE INDEX requests_time ON requests(time_ms);
CREATE TABLE journal_marks (
  journal_id TEXT PRIMARY KEY,
  seq        INTEGER NOT NULL
);
)sql");
  // Rows as the first code stored them: entities as text, redacted as 0/1.
  sql(std::string("INSERT INTO requests VALUES (1, 1700000000000, 'req_first', '', 'gpt-4o', "
                  "'public', 'default', '', '', '', '', 0, 503, 0, 0, 0.0, 7, '', '") +
      kGoldenFirstHash + "');");
  sql(std::string("INSERT INTO requests VALUES (2, 1733222333444, 'req_golden_0001', "
                  "'key:0123456789abcdef', 'gpt-4o-mini', 'restricted', "
                  "'finding US_SSN, caf\xc3\xa9', 'EMAIL_ADDRESS=2,US_SSN=1', "
                  "'local/llama: primary; openai/gpt-4o-mini: skipped (restricted)', 'local', "
                  "'local/llama', 1, 200, 1234, 56, 0.000123456789, 98765, '") +
      kGoldenFirstHash + "', '" + kGoldenSecondHash + "');");
  sql("INSERT INTO journal_marks VALUES ('00000000000000aa', 9);");

  auto store = SqliteStore::open({path_});
  ASSERT_TRUE(store.ok()) << store.error().message;
  auto scan = [&] {
    std::vector<RequestRecord> seen;
    EXPECT_FALSE((*store)->scan(0, [&](const RequestRecord& r) {
      seen.push_back(r);
      return true;
    }));
    return seen;
  };
  std::vector<RequestRecord> seen = scan();
  ASSERT_EQ(seen.size(), 2u);
  expect_same_record(seen[0], golden_first());
  EXPECT_EQ(seen[0].seq, 1);
  EXPECT_EQ(seen[0].prev_hash, "");
  EXPECT_EQ(seen[0].hash, kGoldenFirstHash);
  expect_same_record(seen[1], golden());
  EXPECT_EQ(seen[1].seq, 2);
  EXPECT_EQ(seen[1].prev_hash, kGoldenFirstHash);
  EXPECT_EQ(seen[1].hash, kGoldenSecondHash);
  auto verdict = verify_chain(**store);
  ASSERT_TRUE(verdict.ok());
  EXPECT_TRUE(verdict->intact) << verdict->why;
  EXPECT_EQ(verdict->checked, 2);
  auto mark = (*store)->journal_mark(0xaa);
  ASSERT_TRUE(mark.ok());
  EXPECT_EQ(*mark, 9);

  // The chain continues from the stored head, the new record's fields land
  // in the first schema's columns as the first code put them.
  std::vector<RequestRecord> batch{golden()};
  ASSERT_FALSE((*store)->append(batch));
  EXPECT_EQ(batch[0].seq, 3);
  EXPECT_EQ(batch[0].prev_hash, kGoldenSecondHash);
  seen = scan();
  ASSERT_EQ(seen.size(), 3u);
  expect_same_record(seen[2], golden());
  EXPECT_EQ(seen[2].hash, batch[0].hash);
  verdict = verify_chain(**store);
  ASSERT_TRUE(verdict.ok());
  EXPECT_TRUE(verdict->intact) << verdict->why;
  EXPECT_EQ(verdict->checked, 3);
  store->reset();
  EXPECT_NE(row(2), "");
  EXPECT_EQ(row(3), row(2));
}

}  // namespace
}  // namespace switchyard::ledger
