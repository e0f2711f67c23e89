// What one dialect's client sent without the gateway reading it (unknown
// members, blocks of unknown types, thinking) never enters another dialect's
// body: the OpenAI encoder leaves out raw JSON tagged with another dialect.
// Each case is checked both ways: kept when the request is OpenAI's own, left
// out once it is tagged as another dialect's, so the test fails if the
// encoder ignores the tag in either direction.
#include <gtest/gtest.h>
#include <simdjson.h>

#include <string>

#include "switchyard/api/openai/chat_codec.hpp"

namespace switchyard::api::openai {
namespace {

namespace dom = simdjson::dom;

constexpr const char* kBody = R"({"model":"m","x_vendor":{"a":1},
  "messages":[
    {"role":"system","content":"Be brief.","x_sys":true},
    {"role":"user","x_msg":"m1","content":[
      {"type":"text","text":"Transcribe.","x_part":1},
      {"type":"input_audio","input_audio":{"data":"AAAA","format":"wav"}}]}]})";

core::ChatRequest decoded() {
  auto r = decode_chat_request(kBody);
  EXPECT_TRUE(static_cast<bool>(r));
  return std::move(*r);
}

// Re-tags everything the request carries as raw JSON as `d`'s.
void tag(core::ChatRequest& r, core::Dialect d) {
  r.dialect = d;
  for (auto& m : r.messages)
    for (auto& b : m.content)
      if (auto* o = b.get<core::OpaqueBlock>()) o->dialect = d;
}

std::string encoded(const core::ChatRequest& r) {
  std::string out = encode_chat_request(r, "upstream-model");
  dom::parser p;
  EXPECT_FALSE(p.parse(out).error()) << out;  // always valid JSON
  return out;
}

TEST(CrossDialect, OpenAIsOwnRawJsonIsWrittenBack) {
  const std::string out = encoded(decoded());
  EXPECT_NE(out.find("\"x_vendor\""), std::string::npos) << out;
  EXPECT_NE(out.find("\"x_sys\""), std::string::npos) << out;
  EXPECT_NE(out.find("\"x_msg\""), std::string::npos) << out;
  EXPECT_NE(out.find("\"x_part\""), std::string::npos) << out;
  EXPECT_NE(out.find("input_audio"), std::string::npos) << out;
}

TEST(CrossDialect, AnotherDialectsRawJsonNeverEntersAnOpenAIBody) {
  core::ChatRequest r = decoded();
  tag(r, core::Dialect::anthropic);
  const std::string out = encoded(r);
  for (const char* k : {"x_vendor", "x_sys", "x_msg", "x_part", "input_audio", "AAAA"})
    EXPECT_EQ(out.find(k), std::string::npos) << k << " leaked into " << out;

  // What the gateway modelled still goes: the instructions and the text.
  dom::parser p;
  const dom::element doc = p.parse(out);
  const dom::array msgs = doc["messages"].get_array();
  ASSERT_EQ(msgs.size(), 2u);
  EXPECT_EQ(std::string_view(msgs.at(0)["role"]), "system");
  EXPECT_EQ(std::string_view(msgs.at(0)["content"]), "Be brief.");
  EXPECT_NE(out.find("Transcribe."), std::string::npos) << out;
}

TEST(CrossDialect, ThinkingHasNoPlaceInAChatCompletionsBody) {
  core::ChatRequest r = decoded();
  core::Message a;
  a.role = core::Role::assistant;
  a.form = core::ContentForm::blocks;
  a.content.push_back(
      core::Block{core::ThinkingBlock{"secret chain of thought", "sig", false}, std::nullopt});
  a.content.push_back(core::Block{core::TextBlock{"Done.", {}}, std::nullopt});
  r.messages.push_back(std::move(a));
  const std::string out = encoded(r);
  EXPECT_EQ(out.find("secret chain of thought"), std::string::npos) << out;
  EXPECT_NE(out.find("Done."), std::string::npos) << out;
}

}  // namespace
}  // namespace switchyard::api::openai
