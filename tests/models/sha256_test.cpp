#include "switchyard/models/sha256.hpp"

#include <gtest/gtest.h>

namespace switchyard::models {
namespace {

TEST(Sha256, KnownDigestsAndIncrementalUpdates) {
  Sha256 h;
  EXPECT_EQ(h.hex_digest(), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  h.update("abc");
  EXPECT_EQ(h.hex_digest(), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  // The hasher starts over after a digest; pieces hash like the whole.
  h.update("a");
  h.update("");
  h.update("bc");
  EXPECT_EQ(h.hex_digest(), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(Sha256, HexChecks) {
  EXPECT_TRUE(is_sha256_hex("BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD"));
  EXPECT_FALSE(is_sha256_hex("ba7816bf"));
  EXPECT_FALSE(is_sha256_hex(std::string(63, 'a') + "g"));
  EXPECT_FALSE(is_sha256_hex("da39a3ee5e6b4b0d3255bfef95601890afd80709"));  // a git SHA-1
  EXPECT_EQ(lower_hex("ABCdef09"), "abcdef09");
}

}  // namespace
}  // namespace switchyard::models
