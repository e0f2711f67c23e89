// Virtual key secrets: their shape, that each is fresh, that only a digest
// is kept, and that a key matches its digest and nothing else.
#include "switchyard/keys/virtual_key.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace switchyard::keys {
namespace {

TEST(VirtualKeyTest, ASecretIsPrefixIdAndSixtyFourHexDigits) {
  const std::string id = new_key_id();
  ASSERT_EQ(id.size(), kKeyIdLength);
  const NewSecret s = new_secret(id);
  EXPECT_EQ(s.key.size(), kKeyLength);
  EXPECT_TRUE(s.key.starts_with("sk-sy-" + id + "-")) << s.key;
  ASSERT_TRUE(key_id_of(s.key));
  EXPECT_EQ(*key_id_of(s.key), id);
}

TEST(VirtualKeyTest, SecretsIdsAndSaltsAreFresh) {
  std::set<std::string> ids, keys, salts;
  for (int i = 0; i < 200; ++i) {
    const std::string id = new_key_id();
    ids.insert(id);
    const NewSecret s = new_secret(id);
    keys.insert(s.key);
    salts.insert(to_hex(s.salt.data(), s.salt.size()));
  }
  EXPECT_EQ(ids.size(), 200u);
  EXPECT_EQ(keys.size(), 200u);
  EXPECT_EQ(salts.size(), 200u);
}

TEST(VirtualKeyTest, AKeyMatchesItsDigestAndNoNearMiss) {
  VirtualKey vk;
  vk.id = new_key_id();
  const NewSecret s = new_secret(vk.id);
  vk.salt = s.salt;
  vk.digest = s.digest;
  EXPECT_TRUE(matches(vk, s.key));
  std::string flipped = s.key;
  flipped.back() = flipped.back() == '0' ? '1' : '0';
  EXPECT_FALSE(matches(vk, flipped));
  EXPECT_FALSE(matches(vk, s.key.substr(0, s.key.size() - 1)));
  EXPECT_FALSE(matches(vk, s.key + "0"));
  EXPECT_FALSE(matches(vk, ""));
  // The same key under another salt has another digest: the digest is salted.
  const NewSecret other = new_secret(vk.id);
  EXPECT_NE(key_digest(other.salt, s.key), s.digest);
  // Nothing kept holds the key's text.
  const std::string digest_hex = to_hex(vk.digest.data(), vk.digest.size());
  EXPECT_EQ(digest_hex.find(s.key.substr(s.key.size() - 16)), std::string::npos);
}

TEST(VirtualKeyTest, OnlyWellShapedKeysHaveAnId) {
  const std::string good = "sk-sy-0123456789ab-" + std::string(64, 'a');
  EXPECT_TRUE(key_id_of(good));
  for (const std::string& bad :
       {std::string("sk-sy-"), std::string("sk-proj-abc"),
        "sk-sy-0123456789ab_" + std::string(64, 'a'), "sk-sy-0123456789AB-" + std::string(64, 'a'),
        "sk-sy-0123456789ab-" + std::string(63, 'a'), "sk-sy-0123456789ab-" + std::string(65, 'a'),
        "sk-sy-0123456789ab-" + std::string(64, 'g'), "xk-sy-0123456789ab-" + std::string(64, 'a')})
    EXPECT_FALSE(key_id_of(bad)) << bad;
}

TEST(VirtualKeyTest, HexRoundTrips) {
  Salt salt{};
  for (std::size_t i = 0; i < salt.size(); ++i) salt[i] = static_cast<unsigned char>(i * 17);
  Salt back{};
  ASSERT_TRUE(from_hex(to_hex(salt.data(), salt.size()), back.data(), back.size()));
  EXPECT_EQ(back, salt);
  EXPECT_FALSE(from_hex("zz", back.data(), 1));
  EXPECT_FALSE(from_hex("abc", back.data(), 2));
}

TEST(VirtualKeyTest, AllowedModelsAndExpiry) {
  VirtualKey k;
  EXPECT_TRUE(k.allows_model("anything"));
  k.policy.models = {"chat", "embed"};
  EXPECT_TRUE(k.allows_model("chat"));
  EXPECT_FALSE(k.allows_model("gpt-4o"));
  EXPECT_FALSE(k.expired(1'000));
  k.policy.expires_ms = 2'000;
  EXPECT_FALSE(k.expired(1'999));
  EXPECT_TRUE(k.expired(2'000));
}

}  // namespace
}  // namespace switchyard::keys
