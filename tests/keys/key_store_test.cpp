// Each key store (SQLite; PostgreSQL, a real server on loopback) and the
// KeyRing over it: what is stored (never the key), create / rotate / revoke
// through key_lifecycle, a change made through one store seen by a ring over
// another connection to the same database (the CLI, another replica) once
// it refreshes, and the ledger's database shared without harm.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "support/test_servers.hpp"
#include "switchyard/keys/key_lifecycle.hpp"
#include "switchyard/keys/key_ring.hpp"
#include "switchyard/keys/postgres_key_store.hpp"
#include "switchyard/keys/sqlite_key_store.hpp"

namespace switchyard::keys {
namespace {

constexpr std::int64_t kNow = 1'800'000'000'000;

enum class Backend { sqlite, postgres };

class KeyStoreTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    std::string name = ::testing::UnitTest::GetInstance()->current_test_info()->name();
    for (char& c : name)
      if (c == '/') c = '_';
    path_ = (std::filesystem::temp_directory_path() /
             ("switchyard-keys-" + std::to_string(::getpid()) + "-" + name + ".db"))
                .string();
    remove();
    if (GetParam() == Backend::postgres) {
      url_ = testing::postgres_schema_url("keys");
      ASSERT_FALSE(url_.empty());
    }
    store_ = open();
    ASSERT_TRUE(store_);
  }
  void TearDown() override {
    store_.reset();
    remove();
  }
  // Another connection to the same database.
  std::shared_ptr<KeyStore> open() {
    if (GetParam() == Backend::postgres) {
      auto s = PostgresKeyStore::open(url_);
      EXPECT_TRUE(s) << s.error().message;
      return s ? std::shared_ptr<KeyStore>(std::move(*s)) : nullptr;
    }
    auto s = SqliteKeyStore::open(path_);
    EXPECT_TRUE(s) << s.error().message;
    return s ? std::shared_ptr<KeyStore>(std::move(*s)) : nullptr;
  }
  void remove() {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path_ + suffix);
  }
  // Everything the store holds, as bytes: the SQLite file and its WAL, or
  // every row of PostgreSQL's key tables as text.
  std::string stored_bytes() {
    std::string all;
    if (GetParam() == Backend::postgres) {
      auto db = ledger::PgConnection::open(url_);
      EXPECT_TRUE(db) << db.error().message;
      if (!db) return all;
      for (const char* table : {"virtual_keys", "virtual_keys_version"}) {
        auto rows = (*db)->exec(std::string("SELECT t::text FROM ") + table + " t");
        EXPECT_TRUE(rows) << rows.error().message;
        if (!rows) continue;
        for (int r = 0; r < rows->size(); ++r) all.append(rows->text(r, 0));
      }
      EXPECT_FALSE(all.empty());
      return all;
    }
    for (const char* suffix : {"", "-wal"}) {
      std::ifstream in(path_ + suffix, std::ios::binary);
      all.append(std::istreambuf_iterator<char>(in), {});
    }
    return all;
  }

  PolicyVocabulary vocabulary_{{"public", "internal", "confidential", "restricted"},
                               {"chat", "embed"}};
  std::string path_;
  std::string url_;
  std::shared_ptr<KeyStore> store_;
};

TEST_P(KeyStoreTest, ACreatedKeyIsStoredWithItsPolicyButNotItsSecret) {
  KeyPolicy p;
  p.team = "hr";
  p.name = "hr-bot";
  p.models = {"chat"};
  p.max_cloud_class = "internal";
  p.default_class = "confidential";
  p.rpm = 60;
  p.tpm = 10'000;
  p.max_concurrent = 2;
  p.budget_day_usd = 5;
  p.budget_month_usd = 100;
  auto created = create_key(*store_, p, vocabulary_, kNow);
  ASSERT_TRUE(created) << created.error().message;
  auto found = find_key(*store_, created->key.id);
  ASSERT_TRUE(found);
  EXPECT_EQ(found->policy.team, "hr");
  EXPECT_EQ(found->policy.name, "hr-bot");
  EXPECT_EQ(found->policy.models, std::vector<std::string>{"chat"});
  EXPECT_EQ(found->policy.max_cloud_class, "internal");
  EXPECT_EQ(found->policy.default_class, "confidential");
  EXPECT_EQ(found->policy.rpm, 60);
  EXPECT_EQ(found->policy.tpm, 10'000);
  EXPECT_EQ(found->policy.max_concurrent, 2);
  EXPECT_EQ(found->policy.budget_day_usd, 5);
  EXPECT_EQ(found->policy.budget_month_usd, 100);
  EXPECT_EQ(found->created_ms, kNow);
  EXPECT_TRUE(matches(*found, created->secret));
  store_.reset();  // everything on disk
  const std::string bytes = stored_bytes();
  EXPECT_NE(bytes.find(created->key.id), std::string::npos) << "the test reads the key's row";
  EXPECT_EQ(bytes.find(created->secret), std::string::npos);
  EXPECT_EQ(bytes.find(created->secret.substr(created->secret.size() - 24)), std::string::npos);
}

TEST_P(KeyStoreTest, PoliciesNamingWhatTheGatewayLacksAreRefused) {
  KeyPolicy p;
  auto no_team = create_key(*store_, p, vocabulary_, kNow);
  ASSERT_FALSE(no_team);
  EXPECT_EQ(no_team.error().param, "team");
  p.team = "ops";
  p.models = {"gpt-9"};
  auto model = create_key(*store_, p, vocabulary_, kNow);
  ASSERT_FALSE(model);
  EXPECT_EQ(model.error().param, "models");
  EXPECT_NE(model.error().message.find("gpt-9"), std::string::npos);
  p.models.clear();
  p.default_class = "secret";
  auto cls = create_key(*store_, p, vocabulary_, kNow);
  ASSERT_FALSE(cls);
  EXPECT_EQ(cls.error().param, "default_class");
  p.default_class.clear();
  p.expires_ms = kNow - 1;
  auto past = create_key(*store_, p, vocabulary_, kNow);
  ASSERT_FALSE(past);
  EXPECT_EQ(past.error().param, "expires_at");
  p.expires_ms = 0;
  p.rpm = -1;
  EXPECT_FALSE(create_key(*store_, p, vocabulary_, kNow));
  auto list = store_->list();
  ASSERT_TRUE(list);
  EXPECT_TRUE(list->empty());
}

TEST_P(KeyStoreTest, TheRingAuthenticatesAndTellsRevokedExpiredUnknownApart) {
  KeyPolicy p;
  p.team = "eng";
  auto a = create_key(*store_, p, vocabulary_, kNow);
  p.expires_ms = kNow + 1000;
  auto b = create_key(*store_, p, vocabulary_, kNow);
  ASSERT_TRUE(a && b);
  auto ring = KeyRing::load(store_);
  ASSERT_TRUE(ring) << ring.error().message;
  EXPECT_EQ((*ring)->size(), 2u);
  auto ok = (*ring)->authenticate(a->secret, kNow);
  EXPECT_EQ(ok.check, KeyCheck::ok);
  ASSERT_TRUE(ok.key);
  EXPECT_EQ(ok.key->policy.team, "eng");
  EXPECT_EQ((*ring)->authenticate(b->secret, kNow + 999).check, KeyCheck::ok);
  EXPECT_EQ((*ring)->authenticate(b->secret, kNow + 1000).check, KeyCheck::expired);
  EXPECT_EQ((*ring)->authenticate("sk-openai-abc", kNow).check, KeyCheck::malformed);
  // A right id with a wrong secret is unknown, and says nothing of the key.
  std::string wrong = a->secret;
  wrong.back() = wrong.back() == 'a' ? 'b' : 'a';
  auto w = (*ring)->authenticate(wrong, kNow);
  EXPECT_EQ(w.check, KeyCheck::unknown);
  EXPECT_FALSE(w.key);
  ASSERT_TRUE(revoke_key(*store_, a->key.id, kNow + 5));
  EXPECT_EQ((*ring)->authenticate(a->secret, kNow).check, KeyCheck::ok) << "not refreshed yet";
  EXPECT_FALSE((*ring)->refresh());
  EXPECT_EQ((*ring)->authenticate(a->secret, kNow).check, KeyCheck::revoked);
}

TEST_P(KeyStoreTest, RotationReplacesTheSecretUnderTheSameId) {
  KeyPolicy p;
  p.team = "eng";
  auto a = create_key(*store_, p, vocabulary_, kNow);
  ASSERT_TRUE(a);
  auto rotated = rotate_key(*store_, a->key.id, kNow + 10);
  ASSERT_TRUE(rotated) << rotated.error().message;
  EXPECT_EQ(rotated->key.id, a->key.id);
  EXPECT_NE(rotated->secret, a->secret);
  EXPECT_EQ(rotated->key.rotated_ms, kNow + 10);
  auto ring = KeyRing::load(store_);
  ASSERT_TRUE(ring);
  EXPECT_EQ((*ring)->authenticate(a->secret, kNow).check, KeyCheck::unknown);
  EXPECT_EQ((*ring)->authenticate(rotated->secret, kNow).check, KeyCheck::ok);
  ASSERT_TRUE(revoke_key(*store_, a->key.id, kNow + 20));
  auto again = rotate_key(*store_, a->key.id, kNow + 30);
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().status, 409);
  auto missing = rotate_key(*store_, "000000000000", kNow);
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().status, 404);
}

TEST_P(KeyStoreTest, ASecondConnectionSeesChangesAfterRefresh) {
  auto ring = KeyRing::load(store_);
  ASSERT_TRUE(ring);
  auto other = open();  // as the CLI or another replica would, beside a running gateway
  ASSERT_TRUE(other);
  KeyPolicy p;
  p.team = "ops";
  auto created = create_key(*other, p, vocabulary_, kNow);
  ASSERT_TRUE(created);
  EXPECT_EQ((*ring)->authenticate(created->secret, kNow).check, KeyCheck::unknown);
  EXPECT_FALSE((*ring)->refresh());
  EXPECT_EQ((*ring)->authenticate(created->secret, kNow).check, KeyCheck::ok);
  // A second revoke keeps the first time.
  ASSERT_TRUE(revoke_key(*other, created->key.id, kNow + 1));
  auto twice = revoke_key(*other, created->key.id, kNow + 2);
  ASSERT_TRUE(twice);
  EXPECT_EQ(twice->revoked_ms, kNow + 1);
}

INSTANTIATE_TEST_SUITE_P(Stores, KeyStoreTest,
                         ::testing::Values(Backend::sqlite, Backend::postgres),
                         [](const ::testing::TestParamInfo<Backend>& info) {
                           return std::string(info.param == Backend::sqlite ? "SQLite"
                                                                            : "PostgreSQL");
                         });

}  // namespace
}  // namespace switchyard::keys
