#include "switchyard/privacy/json_span.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace switchyard::privacy {
namespace {

// The pieces of `needle`'s first occurrence, as "kind:text".
std::vector<std::string> pieces(const std::string& json, const std::string& needle) {
  const std::size_t p = json.find(needle);
  std::vector<std::string> out;
  for (const JsonPiece& piece : json_pieces(json, p, p + needle.size())) {
    const char* kind = piece.kind == JsonPiece::Kind::string_body ? "s"
                       : piece.kind == JsonPiece::Kind::number    ? "n"
                                                                  : "x";
    out.push_back(std::string(kind) + ":" + json.substr(piece.start, piece.end - piece.start));
  }
  return out;
}

using V = std::vector<std::string>;

TEST(JsonPieces, ASpanInsideAStringIsOnePiece) {
  const std::string j = R"({"name":"Jane \"JD\" Doe","id":7})";
  EXPECT_EQ(pieces(j, R"(\"JD\" Doe)"), V{R"(s:\"JD\" Doe)"});
  EXPECT_EQ(pieces(j, "name"), V{"s:name"});  // keys are strings too
}

TEST(JsonPieces, ANumberIsTakenWhole) {
  const std::string j = R"({"card":4111111111111111,"n":[1.5e3]})";
  EXPECT_EQ(pieces(j, "11111111"), V{"n:4111111111111111"});
  EXPECT_EQ(pieces(j, "1.5"), V{"n:1.5e3"});
}

TEST(JsonPieces, StructureBetweenPiecesIsKept) {
  EXPECT_EQ(pieces(R"({"a":"536-22","b":"8146"})", R"(22","b":"81)"), (V{"s:22", "s:b", "s:81"}));
  EXPECT_EQ(pieces(R"({"api_key": "sk-abc"})", R"(api_key": "sk-abc)"),
            (V{"s:api_key", "s:sk-abc"}));
  EXPECT_EQ(pieces(R"([true, 12, null])", "true, 12, null"), V{"n:12"});
}

TEST(JsonPieces, TextThatIsNotJsonIsAPieceOfItsOwn) {
  EXPECT_EQ(pieces("{see 536-22-8146}", "536-22-8146"), V{"n:536-22-8146"});
  EXPECT_EQ(pieces("{mail jane@x.org}", "jane@x.org"), V{"x:jane@x.org"});
}

TEST(JsonPieces, LooksLikeJson) {
  EXPECT_TRUE(looks_like_json(" \n{\"a\":1}"));
  EXPECT_TRUE(looks_like_json("[1]"));
  EXPECT_FALSE(looks_like_json("plain {text}"));
  EXPECT_FALSE(looks_like_json(""));
}

}  // namespace
}  // namespace switchyard::privacy
