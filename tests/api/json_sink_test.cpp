// The fast sink must write exactly what RapidJSON's generic writer writes:
// same escapes, same raw values, for strings whose special bytes fall at
// every position of the eight-byte blocks the sink scans.
#include <gtest/gtest.h>
#include <rapidjson/stringbuffer.h>

#include <random>
#include <string>

#include "switchyard/api/openai/json_sink.hpp"

namespace {

using switchyard::api::openai::JsonWriter;
using switchyard::api::openai::StringSink;

std::string reference(const std::string& s) {
  rapidjson::StringBuffer sb;
  rapidjson::Writer<rapidjson::StringBuffer> w(sb);
  w.StartArray();
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
  w.RawValue("{\"a\":1}", 7, rapidjson::kObjectType);
  w.EndArray();
  return {sb.GetString(), sb.GetSize()};
}

std::string fast(const std::string& s) {
  std::string out;
  StringSink sink(out);
  JsonWriter w(sink);
  w.StartArray();
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
  w.RawValue("{\"a\":1}", 7, rapidjson::kObjectType);
  w.EndArray();
  return out;
}

TEST(JsonSink, EscapesLikeRapidJson) {
  for (const std::string& s :
       {std::string(""), std::string("plain text, nothing to escape"),
        std::string("quote \" backslash \\ newline \n tab \t"),
        std::string("\x01\x1f\x7f\x80 ü 日本 😀"), std::string(1, '\0'),
        std::string("ends with a quote\""), std::string("\\\\\\\\\\\\\\\\\\")})
    EXPECT_EQ(fast(s), reference(s)) << s;
}

TEST(JsonSink, SpecialByteAtEveryBlockPosition) {
  const std::string specials = std::string("\"\\\n\x00\x1f\x20\x21\x5b\x5d\x7f\x80\xff", 12);
  for (std::size_t len = 1; len <= 40; ++len)
    for (std::size_t at = 0; at < len; ++at)
      for (char c : specials) {
        std::string s(len, 'x');
        s[at] = c;
        ASSERT_EQ(fast(s), reference(s)) << "len " << len << " at " << at << " byte "
                                         << static_cast<int>(static_cast<unsigned char>(c));
      }
}

TEST(JsonSink, RandomBytes) {
  std::mt19937 rng(20261126);
  std::uniform_int_distribution<int> byte(0, 255), length(0, 200);
  for (int i = 0; i < 2000; ++i) {
    std::string s(static_cast<std::size_t>(length(rng)), '\0');
    for (auto& ch : s) ch = static_cast<char>(byte(rng));
    ASSERT_EQ(fast(s), reference(s)) << "case " << i;
  }
}

}  // namespace
