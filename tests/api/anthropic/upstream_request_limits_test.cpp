// What the Messages API cannot take, refused before anything is sent
// (unsendable_as_messages), JSON outputs from OpenAI's json_schema, and the
// sampling parameters API version 2026-10-21 refuses, left out
// (api/anthropic/upstream_codec.hpp).
#include <gtest/gtest.h>

#include "support/json_compare.hpp"
#include "switchyard/api/anthropic/messages_codec.hpp"
#include "switchyard/api/anthropic/upstream_codec.hpp"
#include "switchyard/api/openai/chat_codec.hpp"

namespace switchyard::api::anthropic {
namespace {

using testing::JsonEq;
using testing::Parsed;

core::ChatRequest openai_request(std::string_view body) {
  auto req = openai::decode_chat_request(body);
  EXPECT_TRUE(req) << req.error().message;
  return req ? std::move(*req) : core::ChatRequest{};
}

TEST(AnthropicUpstreamLimits, WhatCannotBeSentIsRefusedNamingIt) {
  struct Case {
    const char* body;
    const char* param;
    const char* code;
  };
  for (
      const Case& c : {
          Case{R"({"model":"m","messages":[{"role":"user","content":"x"}],"n":3})", "n",
               "unsupported_parameter"},
          Case{R"({"model":"m","messages":[{"role":"user","content":"x"}],
                "response_format":{"type":"json_object"}})",
               "response_format", "unsupported_response_format"},
          Case{R"({"model":"m","messages":[{"role":"user","content":"x"}],
                "response_format":{"type":"json_schema","json_schema":{"name":"e"}}})",
               "response_format.json_schema.schema", "unsupported_response_format"},
          Case{
              R"({"model":"m","messages":[{"role":"system","content":"s"},{"role":"user","content":[
                {"type":"input_audio","input_audio":{"data":"AAAA","format":"wav"}}]}]})",
              "messages[1].content[0]", "unsupported_content"},
          Case{R"({"model":"m","messages":[{"role":"user","content":[
                {"type":"image_url","image_url":{"url":"data:image/png,rawbytes"}}]}]})",
               "messages[0].content[0]", "unsupported_image_url"},
      }) {
    const auto refused = unsendable_as_messages(openai_request(c.body));
    ASSERT_TRUE(refused) << c.body;
    EXPECT_EQ(refused->status, 400);
    EXPECT_EQ(refused->param, c.param) << c.body;
    EXPECT_EQ(refused->code, c.code) << c.body;
  }
  EXPECT_FALSE(unsendable_as_messages(openai_request(
      R"({"model":"m","messages":[{"role":"user","content":"x"}],"n":1,
      "response_format":{"type":"text"}})")));
  // Anthropic's own blocks (a document) go back as they came.
  auto req = decode_messages_request(R"({"model":"m","max_tokens":5,"messages":[{"role":"user",
      "content":[{"type":"document","source":{"type":"text","media_type":"text/plain","data":"d"}},
      {"type":"text","text":"sum up"}]}]})");
  ASSERT_TRUE(req) << req.error().message;
  EXPECT_FALSE(unsendable_as_messages(*req));
}

TEST(AnthropicUpstreamLimits, JsonSchemaBecomesOutputConfig) {
  const auto req = openai_request(R"({"model":"m","messages":[{"role":"user","content":"x"}],
      "response_format":{"type":"json_schema","json_schema":{"name":"e","strict":true,
      "schema":{"type":"object","properties":{"a":{"type":"integer"}},"additionalProperties":false}}}})");
  const Parsed out(encode_messages_request(req, "claude-haiku-4-5", 100));
  EXPECT_TRUE(JsonEq(std::string(simdjson::minify(out["/output_config"])),
                     R"({"format":{"type":"json_schema","schema":{"type":"object",
      "properties":{"a":{"type":"integer"}},"additionalProperties":false}}})"));
}

TEST(AnthropicUpstreamLimits, SamplingLeftOutForVersionsThatRefuseIt) {
  EXPECT_TRUE(version_takes_sampling("2023-06-01"));
  EXPECT_FALSE(version_takes_sampling("2026-10-21"));
  EXPECT_FALSE(version_takes_sampling("2027-01-01"));
  auto req = decode_messages_request(R"({"model":"m","max_tokens":5,"temperature":0.1,
      "top_p":0.5,"top_k":3,"service_tier":"auto","messages":[{"role":"user","content":"x"}]})");
  ASSERT_TRUE(req) << req.error().message;
  MessagesBodyOptions o;
  o.sampling = false;
  EXPECT_TRUE(JsonEq(encode_messages_request(*req, "claude", o),
                     R"({"model":"claude","max_tokens":5,"messages":[{"role":"user","content":"x"}],
      "service_tier":"auto"})"));
  o.sampling = true;
  o.stream = true;
  const Parsed with(encode_messages_request(*req, "claude", o));
  EXPECT_TRUE(with.has("/temperature"));
  EXPECT_TRUE(with.has("/top_k"));
  EXPECT_TRUE(bool(with["/stream"]));
}

}  // namespace
}  // namespace switchyard::api::anthropic
