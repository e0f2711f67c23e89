// The ledger's on-disk format, pinned by values the code wrote before the
// record's fields became one list (ledger/record.hpp): a record's chain
// hash, its journal payload, and a SQLite ledger made with the first schema.
// Ledgers and journals already written must stay readable and their chains
// must keep verifying, so none of these expected values may ever change.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cstdio>
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
  EXPECT_TRUE(differs([](RequestRecord& r) { r.route_rule = "x"; }));
  EXPECT_TRUE(differs([](RequestRecord& r) { r.cascade = "kept"; }));
  EXPECT_TRUE(differs([](RequestRecord& r) { r.cascade_first_deployment = "x"; }));
  EXPECT_TRUE(differs([](RequestRecord& r) { r.cascade_first_prompt_tokens = 1; }));
  EXPECT_TRUE(differs([](RequestRecord& r) { r.cascade_first_completion_tokens = 1; }));
  EXPECT_TRUE(differs([](RequestRecord& r) { r.cascade_first_cost_usd = 0.5; }));
  EXPECT_TRUE(differs([](RequestRecord& r) { r.cascade_first_duration_us = 1; }));
  EXPECT_TRUE(differs([](RequestRecord& r) { r.team = "x"; }));
  EXPECT_TRUE(differs([](RequestRecord& r) { r.key_id = "x"; }));
  EXPECT_TRUE(differs([](RequestRecord& r) { r.key_name = "x"; }));
  EXPECT_TRUE(differs([](RequestRecord& r) { r.cache_read_tokens = 1; }));
  EXPECT_TRUE(differs([](RequestRecord& r) { r.cache_write_tokens = 1; }));
  EXPECT_TRUE(differs([](RequestRecord& r) { r.reasoning_tokens = 1; }));
  EXPECT_TRUE(differs([](RequestRecord& r) { r.counterfactual_usd = 0.5; }));
  EXPECT_TRUE(differs([](RequestRecord& r) { r.upstream_us = 1; }));
  EXPECT_TRUE(differs([](RequestRecord& r) { r.gateway_us = 1; }));
  EXPECT_TRUE(differs([](RequestRecord& r) { r.task = "x"; }));
  EXPECT_TRUE(differs([](RequestRecord& r) { r.route_facts = "v1"; }));
  EXPECT_TRUE(differs([](RequestRecord& r) { r.prompt_features = "f1:0"; }));
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

// Fields appended after the first format (route_rule): golden() sets none,
// and the tests above pin that such a record keeps its hash, its journal
// payload and its row. One that sets them has them hashed (with their
// names), journaled after the first fields and read back.
// Computed apart from chain_hash (Python's hashlib over the documented
// encoding: each field "length:text", then "route_rule" and its value).
constexpr const char* kRoutedHash =
    "50d86da1289f29d71ba03a190aa8e34eacf24ae03686034384ebcf4883ce8604";

RequestRecord golden_routed() {
  RequestRecord r = golden();
  r.route_rule = "long-complaints";
  return r;
}

TEST(RecordFormat, AnAppendedFieldThatIsSetIsHashedWithItsName) {
  EXPECT_EQ(golden().route_rule, "") << "golden() is a record from before the appended fields";
  EXPECT_EQ(chain_hash(golden_routed()), kRoutedHash);
  EXPECT_NE(chain_hash(golden_routed()), kGoldenHash);
}

TEST(RecordFormat, AnAppendedFieldThatIsSetFollowsTheFirstFieldsInTheJournal) {
  const RequestRecord want = golden_routed();
  std::vector<unsigned char> bytes(encoded_size(want));
  encode_record(want, bytes.data());
  // The first format's payload, then route_rule as u32 length + bytes.
  EXPECT_EQ(hex(bytes),
            std::string(kGoldenPayload) + "0f000000" +
                hex({'l', 'o', 'n', 'g', '-', 'c', 'o', 'm', 'p', 'l', 'a', 'i', 'n', 't', 's'}));
  RequestRecord got;
  ASSERT_TRUE(decode_record(bytes.data(), bytes.size(), got));
  expect_same_record(got, want);
  // A payload cut inside an appended field is damaged, not shorter.
  ASSERT_FALSE(decode_record(bytes.data(), bytes.size() - 3, got));
}

// A cascade's fields (appended after route_rule), every one set.
constexpr const char* kCascadedHash =
    "f63933dc78e55af43a5a9b6e462a952b472af0f930f93a8d6e12c2eb4a6baec3";

RequestRecord golden_cascaded() {
  RequestRecord r = golden();
  r.route_rule = "escalate";
  r.cascade = "escalated; refusal=\"i don't know\"";
  r.cascade_first_deployment = "local/llama";
  r.cascade_first_prompt_tokens = 1234;
  r.cascade_first_completion_tokens = 7;
  r.cascade_first_cost_usd = 0.25;
  r.cascade_first_duration_us = 4321;
  return r;
}

TEST(RecordFormat, TheCascadeFieldsAreHashedWithTheirNamesAndJournaled) {
  EXPECT_EQ(chain_hash(golden_cascaded()), kCascadedHash);
  const RequestRecord want = golden_cascaded();
  std::vector<unsigned char> bytes(encoded_size(want));
  encode_record(want, bytes.data());
  RequestRecord got;
  ASSERT_TRUE(decode_record(bytes.data(), bytes.size(), got));
  expect_same_record(got, want);
  // Only the cascade's verdict set: the fields after it are left out.
  RequestRecord kept = golden();
  kept.cascade = "kept";
  std::vector<unsigned char> shorter(encoded_size(kept));
  encode_record(kept, shorter.data());
  RequestRecord got_kept;
  ASSERT_TRUE(decode_record(shorter.data(), shorter.size(), got_kept));
  expect_same_record(got_kept, kept);
  EXPECT_LT(shorter.size(), bytes.size());
}

// The cost fields appended after route_rule (team, key, tokens by kind,
// counterfactual, upstream and gateway time), all set. Hash and payload
// computed apart (Python: hashlib over the encoding above; struct.pack for
// the payload: strings as u32 length + bytes, integers as i64, doubles as
// IEEE 754 little-endian).
constexpr const char* kCostedHash =
    "5c904cd90b3fa954948227541124726c98138d5baa5911cb92f23bb02bdd8835";
// golden() with team alone set: route_rule, before it, is not hashed.
constexpr const char* kTeamOnlyHash =
    "229f64ecbcbbba388a099322c18033ada923ef676b1d48024566c26b4326dede";
constexpr const char* kCostedTail =
    "0f0000006c6f6e672d636f6d706c61696e7473"
    // the cascade fields, unset but before set ones: two empty strings, four zero numbers
    "00000000000000000000000000000000000000000000000000000000000000000000000000000000"
    "0200000068720c0000003366396130633132623765340600"
    "000068722d626f74e803000000000000220000000000000014000000000000008d28ed0dbe30893f8038010000"
    "0000004d49000000000000";

RequestRecord golden_costed() {
  RequestRecord r = golden_routed();
  r.team = "hr";
  r.key_id = "3f9a0c12b7e4";
  r.key_name = "hr-bot";
  r.cache_read_tokens = 1000;
  r.cache_write_tokens = 34;
  r.reasoning_tokens = 20;
  r.counterfactual_usd = 0.0123;
  r.upstream_us = 80'000;
  r.gateway_us = 18'765;
  return r;
}

TEST(RecordFormat, TheCostFieldsAreHashedWithTheirNamesWhenSet) {
  EXPECT_EQ(chain_hash(golden_costed()), kCostedHash);
  RequestRecord team_only = golden();
  team_only.team = "hr";
  EXPECT_EQ(chain_hash(team_only), kTeamOnlyHash);
}

TEST(RecordFormat, TheCostFieldsFollowRouteRuleInTheJournal) {
  const RequestRecord want = golden_costed();
  std::vector<unsigned char> bytes(encoded_size(want));
  encode_record(want, bytes.data());
  EXPECT_EQ(hex(bytes), std::string(kGoldenPayload) + kCostedTail);
  RequestRecord got;
  ASSERT_TRUE(decode_record(bytes.data(), bytes.size(), got));
  expect_same_record(got, want);
  // A payload of the previous version (route_rule last) still decodes,
  // the cost fields unset.
  const RequestRecord routed = golden_routed();
  std::vector<unsigned char> old(encoded_size(routed));
  encode_record(routed, old.data());
  RequestRecord older;
  ASSERT_TRUE(decode_record(old.data(), old.size(), older));
  expect_same_record(older, routed);
  EXPECT_EQ(older.team, "");
  EXPECT_EQ(older.gateway_us, 0);
}

// The planner's fields (appended after gateway_us): the task tag and the
// routing facts replay needs, both set. Hash computed apart (Python's
// hashlib over the encoding above, the cost fields as in golden_costed()).
constexpr const char* kTaskedHash =
    "6a9867ecb2c3241d72e6508e617c6973c302d6b88d0c7500bde347b76420dbb8";
constexpr const char* kRouteFacts =
    "v1 prompt_tokens=812 tools=0 images=0 attachments=0 response_format=none stream=0 "
    "budget=0 key_cloud=1";

RequestRecord golden_tasked() {
  RequestRecord r = golden_costed();
  r.task = "payroll";
  r.route_facts = kRouteFacts;
  return r;
}

TEST(RecordFormat, TheTaskAndRouteFactsAreHashedWithTheirNamesAndFollowTheCostFields) {
  EXPECT_EQ(chain_hash(golden_tasked()), kTaskedHash);
  const RequestRecord want = golden_tasked();
  std::vector<unsigned char> bytes(encoded_size(want));
  encode_record(want, bytes.data());
  const std::string facts = kRouteFacts;
  EXPECT_EQ(hex(bytes), std::string(kGoldenPayload) + kCostedTail + "07000000" +
                            hex({'p', 'a', 'y', 'r', 'o', 'l', 'l'}) + "66000000" +
                            hex(std::vector<unsigned char>(facts.begin(), facts.end())));
  RequestRecord got;
  ASSERT_TRUE(decode_record(bytes.data(), bytes.size(), got));
  expect_same_record(got, want);
  // A payload of the previous version (gateway_us last) still decodes.
  const RequestRecord costed = golden_costed();
  std::vector<unsigned char> old(encoded_size(costed));
  encode_record(costed, old.data());
  RequestRecord older;
  ASSERT_TRUE(decode_record(old.data(), old.size(), older));
  expect_same_record(older, costed);
  EXPECT_EQ(older.task, "");
  EXPECT_EQ(older.route_facts, "");
}

// The difficulty router's prompt features (appended after route_facts,
// routing.record_prompt_features). Hash computed apart (Python's hashlib
// over the encoding above, "prompt_features" and its value after
// golden_tasked()'s fields).
constexpr const char* kFeatured =
    "f1:6.0868,4.2,0,4,1.0986,0.5,0,0,0,0.012,1.6094,0.003,0,0,1,0.02,0,1,0,0,0,1,1,0.41,0.05,4.7,"
    "0.12,0,0,0,0";
constexpr const char* kFeaturedHash =
    "b8e1769bb3fe5f32bdca5de0917aff39d4c7dee66a879821f767785f77832462";

RequestRecord golden_featured() {
  RequestRecord r = golden_tasked();
  r.prompt_features = kFeatured;
  return r;
}

TEST(RecordFormat, PromptFeaturesAreHashedOnlyWhenSetSoOldChainsVerify) {
  EXPECT_EQ(chain_hash(golden_featured()), kFeaturedHash);
  // Unset (every record from before, and every one with the flag off): the
  // hash is the one those records were stored with.
  EXPECT_EQ(golden_tasked().prompt_features, "");
  EXPECT_EQ(chain_hash(golden_tasked()), kTaskedHash);
  const RequestRecord want = golden_featured();
  std::vector<unsigned char> bytes(encoded_size(want));
  encode_record(want, bytes.data());
  const std::string features = kFeatured;
  const RequestRecord tasked = golden_tasked();
  std::vector<unsigned char> before(encoded_size(tasked));
  encode_record(tasked, before.data());
  char length[9];
  std::snprintf(length, sizeof length, "%02x000000", static_cast<unsigned>(features.size()));
  EXPECT_EQ(hex(bytes), hex(before) + length +
                            hex(std::vector<unsigned char>(features.begin(), features.end())));
  RequestRecord got;
  ASSERT_TRUE(decode_record(bytes.data(), bytes.size(), got));
  expect_same_record(got, want);
  // A payload of the previous version (route_facts last) still decodes.
  RequestRecord older;
  ASSERT_TRUE(decode_record(before.data(), before.size(), older));
  expect_same_record(older, tasked);
  EXPECT_EQ(older.prompt_features, "");
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

// A ledger of the first schema gets the appended fields' columns when it
// opens: its rows read them as unset and keep verifying, and records that
// set them are stored and read back with them.
TEST_F(SqliteFormat, AFirstSchemaLedgerGainsTheAppendedColumns) {
  {
    auto store = SqliteStore::open({path_});
    ASSERT_TRUE(store.ok()) << store.error().message;
    std::vector<RequestRecord> batch{golden_first()};
    ASSERT_FALSE((*store)->append(batch));
  }
  // Back to the first schema, as an earlier version left it.
  for_each_field([&](const auto& field) {
    if (field.appended) sql("ALTER TABLE requests DROP COLUMN " + std::string(field.name) + ";");
  });
  auto store = SqliteStore::open({path_});
  ASSERT_TRUE(store.ok()) << store.error().message;
  std::vector<RequestRecord> batch{golden_routed(), golden_cascaded(), golden_costed(),
                                   golden_tasked(), golden_featured()};
  ASSERT_FALSE((*store)->append(batch));
  std::vector<RequestRecord> seen;
  EXPECT_FALSE((*store)->scan(0, [&](const RequestRecord& r) {
    seen.push_back(r);
    return true;
  }));
  ASSERT_EQ(seen.size(), 6u);
  expect_same_record(seen[0], golden_first());
  expect_same_record(seen[1], golden_routed());
  expect_same_record(seen[2], golden_cascaded());
  expect_same_record(seen[3], golden_costed());
  expect_same_record(seen[4], golden_tasked());
  expect_same_record(seen[5], golden_featured());
  auto verdict = verify_chain(**store);
  ASSERT_TRUE(verdict.ok());
  EXPECT_TRUE(verdict->intact) << verdict->why;
  EXPECT_EQ(verdict->checked, 6);
}

}  // namespace
}  // namespace switchyard::ledger
