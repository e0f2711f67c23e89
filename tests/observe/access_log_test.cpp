// The access log's writer and its JSON lines.
#include "switchyard/observe/access_log.hpp"

#include <gtest/gtest.h>
#include <simdjson.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace switchyard::observe {
namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(JsonLineTest, EscapesEveryCharacterJsonRequires) {
  JsonLine line;
  line.field("s", std::string_view("a\"b\\c\nd\te\x01\x7f"))
      .field("n", std::int64_t{-12})
      .field("x", 0.5)
      .field("ok", true)
      .raw("o", "{\"K\":1}");
  const std::string text = line.take();
  EXPECT_EQ(text,
            "{\"s\":\"a\\\"b\\\\c\\nd\\te\\u0001\\u007f\",\"n\":-12,\"x\":0.5,\"ok\":true,"
            "\"o\":{\"K\":1}}");
  simdjson::dom::parser p;
  simdjson::dom::element e;
  ASSERT_FALSE(p.parse(text).get(e)) << text;
  EXPECT_EQ(std::string_view(e["s"]), "a\"b\\c\nd\te\x01\x7f");
}

TEST(AccessLogTest, LinesReachTheFileInOrderOnFlush) {
  const std::string path = std::filesystem::temp_directory_path() /
                           ("switchyard-access-" + std::to_string(::getpid()) + ".log");
  std::filesystem::remove(path);
  {
    auto log = AccessLog::open(path);
    ASSERT_TRUE(log) << log.error().message;
    for (int i = 0; i < 1000; ++i) (*log)->write("{\"i\":" + std::to_string(i) + "}");
    (*log)->flush();
    const std::string text = read_file(path);
    std::string expected;
    for (int i = 0; i < 1000; ++i) expected += "{\"i\":" + std::to_string(i) + "}\n";
    EXPECT_EQ(text, expected);
    (*log)->write("{\"last\":true}");
  }  // destruction writes what is left
  EXPECT_TRUE(read_file(path).ends_with("{\"last\":true}\n"));
  std::filesystem::remove(path);
}

TEST(AccessLogTest, AFileThatCannotBeOpenedIsNamedInTheError) {
  auto log = AccessLog::open("/nonexistent-dir/access.log");
  ASSERT_FALSE(log);
  EXPECT_NE(log.error().message.find("/nonexistent-dir/access.log"), std::string::npos);
}

}  // namespace
}  // namespace switchyard::observe
