// Privacy sessions: the ids a client may send, the key they are stored
// under (per caller, hashed), and the in-memory store's expiry, bound and
// "never lower" rule, on a clock the test moves.
#include <gtest/gtest.h>

#include <string>

#include "switchyard/privacy/in_memory_session_store.hpp"
#include "switchyard/privacy/session_store.hpp"

namespace switchyard::privacy {
namespace {

using std::chrono::hours;
using std::chrono::milliseconds;
using std::chrono::minutes;

TEST(SessionId, AcceptsTheAllowedCharactersUpTo128) {
  EXPECT_TRUE(valid_session_id("a"));
  EXPECT_TRUE(valid_session_id("chat-2024.11.03:user_42"));
  EXPECT_TRUE(valid_session_id("ABCxyz0189._:-"));
  EXPECT_TRUE(valid_session_id(std::string(128, 'x')));
}

TEST(SessionId, RefusesEmptyLongAndOtherCharacters) {
  EXPECT_FALSE(valid_session_id(""));
  EXPECT_FALSE(valid_session_id(std::string(129, 'x')));
  for (const char* bad :
       {"a b", "a/b", "a\tb", "caf\xc3\xa9", "a;b", "a\"b", "{x}", "a\nb", "a=b", "a,b", "a%20"})
    EXPECT_FALSE(valid_session_id(bad)) << bad;
}

TEST(SessionKey, IsAHashScopedToTheCallerThatHoldsNoPartOfTheId) {
  const std::string k = session_key("key:0123456789abcdef", "conversation-7");
  ASSERT_EQ(k.size(), 64u);
  EXPECT_EQ(k.find_first_not_of("0123456789abcdef"), std::string::npos);
  EXPECT_EQ(k.find("conversation"), std::string::npos);
  EXPECT_EQ(k, session_key("key:0123456789abcdef", "conversation-7")) << "stable";
  EXPECT_NE(k, session_key("key:fedcba9876543210", "conversation-7")) << "another caller";
  EXPECT_NE(k, session_key("key:0123456789abcdef", "conversation-8")) << "another session";
  EXPECT_NE(k, session_key("", "conversation-7")) << "the anonymous caller";
  // Length-prefixed parts: moving the boundary gives another key.
  EXPECT_NE(session_key("ab", "c"), session_key("a", "bc"));
}

class InMemorySessionStoreTest : public ::testing::Test {
 protected:
  InMemorySessionStore store(std::size_t max_entries) {
    return InMemorySessionStore(max_entries, [this] { return now_; });
  }
  static std::optional<DataClass> read(InMemorySessionStore& s, const std::string& key) {
    auto r = s.recall(key);
    EXPECT_TRUE(r);
    return r ? *r : std::nullopt;
  }
  InMemorySessionStore::Clock::time_point now_{};
};

TEST_F(InMemorySessionStoreTest, RemembersUntilTheTtlHasPassedSinceTheLastRemember) {
  auto s = store(10);
  EXPECT_EQ(read(s, "k"), std::nullopt);
  EXPECT_FALSE(s.remember("k", DataClass::restricted, hours(24)));
  now_ += hours(23);
  EXPECT_EQ(read(s, "k"), DataClass::restricted);
  // Reading does not extend it; remembering again does.
  now_ += minutes(59);
  EXPECT_EQ(read(s, "k"), DataClass::restricted);
  EXPECT_FALSE(s.remember("k", DataClass::restricted, hours(24)));
  now_ += hours(23) + minutes(59);
  EXPECT_EQ(read(s, "k"), DataClass::restricted);
  now_ += minutes(1);
  EXPECT_EQ(read(s, "k"), std::nullopt) << "24 h after the last remember";
  EXPECT_EQ(s.size(), 0u) << "dropped when met";
}

TEST_F(InMemorySessionStoreTest, RememberingNeverLowersTheClassWhileItLasts) {
  auto s = store(10);
  EXPECT_FALSE(s.remember("k", DataClass::restricted, hours(1)));
  EXPECT_FALSE(s.remember("k", DataClass::confidential, hours(1)));
  EXPECT_EQ(read(s, "k"), DataClass::restricted);
  EXPECT_FALSE(s.remember("k", DataClass::confidential, hours(1)));
  now_ += minutes(90);  // an hour after the last remember
  EXPECT_EQ(read(s, "k"), std::nullopt);
  // Once expired, a new mark starts from its own class.
  EXPECT_FALSE(s.remember("k", DataClass::restricted, hours(1)));
  now_ += hours(2);
  EXPECT_FALSE(s.remember("k", DataClass::confidential, hours(1)));
  EXPECT_EQ(read(s, "k"), DataClass::confidential);
}

TEST_F(InMemorySessionStoreTest, HoldsAtMostMaxEntriesDroppingTheLeastRecentlyUsed) {
  auto s = store(3);
  for (const char* k : {"a", "b", "c"})
    EXPECT_FALSE(s.remember(k, DataClass::restricted, hours(1)));
  EXPECT_EQ(read(s, "a"), DataClass::restricted);  // "a" used: "b" is now the oldest
  EXPECT_FALSE(s.remember("d", DataClass::restricted, hours(1)));
  EXPECT_EQ(s.size(), 3u);
  EXPECT_EQ(read(s, "b"), std::nullopt);
  EXPECT_EQ(read(s, "a"), DataClass::restricted);
  EXPECT_EQ(read(s, "c"), DataClass::restricted);
  EXPECT_EQ(read(s, "d"), DataClass::restricted);
  EXPECT_EQ(s.evicted(), 1u) << "a live entry was dropped for room";
  // Room made by an entry that had expired anyway is not an early eviction.
  now_ += hours(2);
  EXPECT_FALSE(s.remember("e", DataClass::restricted, hours(1)));
  EXPECT_EQ(s.evicted(), 1u);
  EXPECT_EQ(s.size(), 3u);
  for (int i = 0; i < 1000; ++i) {
    std::string key = "n";
    key += std::to_string(i);  // (not "n" + ...: g++ 12's -Wrestrict misfires on it)
    EXPECT_FALSE(s.remember(key, DataClass::restricted, hours(1)));
  }
  EXPECT_EQ(s.size(), 3u);
  EXPECT_EQ(read(s, "n999"), DataClass::restricted);
  EXPECT_EQ(read(s, "n996"), std::nullopt);
}

TEST_F(InMemorySessionStoreTest, OneCallersSessionIsNotAnothersOfTheSameId) {
  auto s = store(10);
  const std::string mine = session_key("key:aaaaaaaaaaaaaaaa", "S");
  const std::string theirs = session_key("key:bbbbbbbbbbbbbbbb", "S");
  EXPECT_FALSE(s.remember(mine, DataClass::restricted, hours(1)));
  EXPECT_EQ(read(s, mine), DataClass::restricted);
  EXPECT_EQ(read(s, theirs), std::nullopt);
  EXPECT_EQ(read(s, session_key("key:aaaaaaaaaaaaaaaa", "T")), std::nullopt);
}

}  // namespace
}  // namespace switchyard::privacy
