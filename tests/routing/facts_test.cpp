// The facts routing rules read, from a decoded request and what the stages
// before routing found: each fact from the member it comes from, nothing
// else.
#include "switchyard/routing/facts.hpp"

#include <gtest/gtest.h>

namespace switchyard::routing {
namespace {

core::ChatRequest chat(std::string text) {
  core::ChatRequest r;
  r.model = "support";
  r.messages.push_back(core::text_message(core::Role::user, std::move(text)));
  return r;
}

TEST(Facts, APlainRequestHasOnlyItsModelAndSize) {
  // Facts view the request's strings: the request outlives them.
  const core::ChatRequest r = chat(std::string(40, 'a'));
  const Facts f = facts_of(r, {});
  EXPECT_EQ(f.model, "support");
  EXPECT_EQ(f.team, "");
  EXPECT_EQ(f.task, "");
  EXPECT_EQ(f.data_class, privacy::DataClass::public_);
  EXPECT_TRUE(f.entities.none());
  EXPECT_EQ(f.prompt_tokens, 10);
  EXPECT_FALSE(f.tools);
  EXPECT_FALSE(f.images);
  EXPECT_FALSE(f.attachments);
  EXPECT_FALSE(f.stream);
  EXPECT_EQ(f.response_format, ResponseFormat::none);
  EXPECT_FALSE(f.difficulty);
  EXPECT_EQ(f.model_id, Facts::kNoModel) << "the router's part is the router's";
}

TEST(Facts, PromptTokensAreTheBytesOfEveryTextOverFourRoundedUp) {
  core::ChatRequest r = chat("abcde");  // 5
  core::SystemPrompt s;
  s.message = core::text_message(core::Role::system, "xyz");  // 3
  r.system.push_back(s);
  core::Tool t;
  t.name = "ab";             // 2
  t.description = "c";       // 1
  t.parameters_json = "{}";  // 2
  r.tools.push_back(t);
  core::Message tool_msg;
  tool_msg.role = core::Role::tool;
  core::ToolResultBlock result;
  result.content.push_back(core::Block{core::TextBlock{"12345678", {}}, {}});  // 8
  tool_msg.content.emplace_back(core::Block{std::move(result), {}});
  r.messages.push_back(std::move(tool_msg));
  EXPECT_EQ(facts_of(r, {}).prompt_tokens, (5 + 3 + 2 + 1 + 2 + 8 + 3) / 4);
  EXPECT_EQ(tokens_for_bytes(0), 0);
  EXPECT_EQ(tokens_for_bytes(1), 1);
  EXPECT_EQ(tokens_for_bytes(4), 1);
  EXPECT_EQ(tokens_for_bytes(5), 2);
}

TEST(Facts, ImagesAndOtherPartsAreAttachments) {
  core::ChatRequest r = chat("look");
  EXPECT_FALSE(facts_of(r, {}).attachments);
  core::ImageBlock image;
  image.url = "https://example.com/a.png";
  r.messages[0].content.emplace_back(core::Block{image, {}});
  Facts f = facts_of(r, {});
  EXPECT_TRUE(f.images);
  EXPECT_TRUE(f.attachments);

  core::ChatRequest audio = chat("listen");
  audio.messages[0].content.emplace_back(
      core::Block{core::OpaqueBlock{core::Dialect::openai, "input_audio", "{}"}, {}});
  f = facts_of(audio, {});
  EXPECT_FALSE(f.images);
  EXPECT_TRUE(f.attachments);
}

TEST(Facts, TheTaskHeaderWinsOverMetadata) {
  core::ChatRequest r = chat("hi");
  r.metadata = {{"customer", "42"}, {"task", "sentiment"}};
  EXPECT_EQ(facts_of(r, {}).task, "sentiment");
  KnownBefore known;
  known.task_header = "intent";
  EXPECT_EQ(facts_of(r, known).task, "intent");
}

TEST(Facts, ToolsStreamAndResponseFormat) {
  core::ChatRequest r = chat("hi");
  r.tools.push_back(core::Tool{});
  r.stream = true;
  r.response_format.type = core::ResponseFormat::Type::json_schema;
  const Facts f = facts_of(r, {});
  EXPECT_TRUE(f.tools);
  EXPECT_TRUE(f.stream);
  EXPECT_EQ(f.response_format, ResponseFormat::json_schema);
  r.response_format.type = core::ResponseFormat::Type::json_object;
  EXPECT_EQ(facts_of(r, {}).response_format, ResponseFormat::json_object);
  r.response_format.type = core::ResponseFormat::Type::text;
  EXPECT_EQ(facts_of(r, {}).response_format, ResponseFormat::text);
}

TEST(Facts, ClassEntitiesAndTeamComeFromTheEarlierStages) {
  privacy::Classification c;
  c.level = privacy::DataClass::restricted;
  c.entity_counts = {{"EMAIL_ADDRESS", 2}, {"US_SSN", 1}};
  KnownBefore known;
  known.classification = &c;
  known.team = "hr";
  const core::ChatRequest r = chat("x");
  const Facts f = facts_of(r, known);
  EXPECT_EQ(f.data_class, privacy::DataClass::restricted);
  EXPECT_EQ(f.team, "hr");
  EXPECT_TRUE(f.entities.test(privacy::index_of(privacy::EntityType::email_address)));
  EXPECT_TRUE(f.entities.test(privacy::index_of(privacy::EntityType::us_ssn)));
  EXPECT_EQ(f.entities.count(), 2u);
}

TEST(Facts, EmbeddingsCountTheirInput) {
  core::EmbeddingRequest e;
  e.model = "embed";
  e.texts = {"abcd", "efgh"};
  Facts f = facts_of(e, {});
  EXPECT_EQ(f.model, "embed");
  EXPECT_EQ(f.prompt_tokens, 2);
  e.texts.clear();
  e.form = core::EmbeddingInputForm::token_arrays;
  e.tokens = {{1, 2, 3}, {4}};
  EXPECT_EQ(facts_of(e, {}).prompt_tokens, 4);
}

TEST(Facts, ResponseFormatNamesRoundTrip) {
  for (auto f : {ResponseFormat::none, ResponseFormat::text, ResponseFormat::json_object,
                 ResponseFormat::json_schema})
    EXPECT_EQ(parse_response_format(to_string(f)), f);
  EXPECT_FALSE(parse_response_format("json"));
}

}  // namespace
}  // namespace switchyard::routing
