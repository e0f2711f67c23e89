// anthropic-beta read into feature names and written back as one value.
#include "switchyard/api/anthropic/beta_header.hpp"

#include <gtest/gtest.h>

namespace switchyard::api::anthropic {
namespace {

TEST(AnthropicBetaHeader, NamesAreReadInOrderOnceEach) {
  std::vector<std::string> names;
  EXPECT_FALSE(
      read_beta_header(" interleaved-thinking-2025-05-14,context-1m-2025-08-07 ,, \t,"
                       "interleaved-thinking-2025-05-14, files_api.v2",
                       names));
  EXPECT_EQ(names, (std::vector<std::string>{"interleaved-thinking-2025-05-14",
                                             "context-1m-2025-08-07", "files_api.v2"}));
  EXPECT_EQ(beta_header_value(names),
            "interleaved-thinking-2025-05-14,context-1m-2025-08-07,files_api.v2");
  std::vector<std::string> none;
  EXPECT_FALSE(read_beta_header(" , ", none));
  EXPECT_TRUE(none.empty());
  EXPECT_EQ(beta_header_value(none), "");
}

TEST(AnthropicBetaHeader, WhatWouldNotGoOnAsItCameIsRefused) {
  const std::vector<std::string> bad_names = {"a b", "a;b", "a\"b", "caf\xc3\xa9",
                                              std::string(129, 'x')};
  for (const std::string& bad : bad_names) {
    std::vector<std::string> names;
    std::string value = "ok-1,";
    value += bad;
    const auto refused = read_beta_header(value, names);
    ASSERT_TRUE(refused) << bad;
    EXPECT_EQ(refused->status, 400);
    EXPECT_EQ(refused->param, "anthropic-beta");
    EXPECT_NE(refused->message.find("anthropic-beta"), std::string::npos);
  }
  std::string many;
  for (int i = 0; i < 33; ++i) {
    many += 'f';
    many += std::to_string(i);
    many += ',';
  }
  std::vector<std::string> names;
  ASSERT_TRUE(read_beta_header(many, names));
  EXPECT_EQ(names.size(), 32u);
  std::string exactly;
  for (int i = 0; i < 32; ++i) {
    exactly += 'f';
    exactly += std::to_string(i);
    exactly += ',';
  }
  names.clear();
  EXPECT_FALSE(read_beta_header(exactly, names));
  EXPECT_EQ(names.size(), 32u);
}

}  // namespace
}  // namespace switchyard::api::anthropic
