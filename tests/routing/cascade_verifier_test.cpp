// The cascade's verifier: each signal alone, its threshold's edges, the
// order in which signals decide, and the signals read from OpenAI logprobs.
#include "switchyard/routing/cascade_verifier.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace switchyard::routing {
namespace {

using config::CascadeVerifyConfig;

core::ChatResponse text_answer(const std::string& text,
                               core::FinishKind finish = core::FinishKind::stop) {
  core::ChatResponse r;
  core::Choice& c = r.choices.emplace_back();
  c.message = core::text_message(core::Role::assistant, text);
  c.finish_reason.kind = finish;
  return r;
}

core::ChatResponse tool_answer(const std::string& name, const std::string& arguments) {
  core::ChatResponse r;
  core::Choice& c = r.choices.emplace_back();
  c.message.role = core::Role::assistant;
  auto& call = c.message.content.emplace_back().value.emplace<core::ToolUseBlock>();
  call.id = "call_1";
  call.name = name;
  call.arguments = arguments;
  c.finish_reason.kind = core::FinishKind::tool_use;
  return r;
}

core::AnswerSignals signals(double mean, double min, double entropy, std::int64_t tokens = 10) {
  core::AnswerSignals s;
  s.tokens = tokens;
  s.mean_logprob = mean;
  s.min_logprob = min;
  s.mean_entropy = entropy;
  return s;
}

CascadeVerdict judge(const CascadeVerifyConfig& v, const core::ChatResponse& answer,
                     const std::optional<core::AnswerSignals>& s = std::nullopt,
                     const core::ChatRequest& request = {}) {
  return verify_answer(v, request, answer, s);
}

TEST(CascadeVerifier, AConfidentPlainAnswerIsKeptWithItsValues) {
  CascadeVerifyConfig v;
  v.min_mean_logprob = -1.5;
  v.max_mean_entropy = 2.0;
  v.min_token_logprob = -8;
  const auto verdict = judge(v, text_answer("Paris."), signals(-0.4, -3.25, 0.8, 3));
  EXPECT_FALSE(verdict.weak) << verdict.detail;
  EXPECT_EQ(verdict.signal, "");
  EXPECT_EQ(verdict.values, "mean_logprob=-0.40 min_logprob=-3.25 mean_entropy=0.80 tokens=3");
}

TEST(CascadeVerifier, MeanLogprobBelowTheThresholdIsWeakAtItIsNot) {
  CascadeVerifyConfig v;
  v.min_mean_logprob = -1.5;
  EXPECT_TRUE(judge(v, text_answer("x"), signals(-1.51, -2, 0)).weak);
  EXPECT_FALSE(judge(v, text_answer("x"), signals(-1.5, -2, 0)).weak);
  const auto verdict = judge(v, text_answer("x"), signals(-2.31, -4, 0));
  EXPECT_EQ(verdict.signal, "mean_logprob");
  EXPECT_EQ(verdict.detail, "mean_logprob=-2.31<-1.50");
}

TEST(CascadeVerifier, AnyTokenBelowTheMinimumIsWeak) {
  CascadeVerifyConfig v;
  v.min_token_logprob = -8;
  const auto verdict = judge(v, text_answer("x"), signals(-0.2, -9.5, 0));
  EXPECT_TRUE(verdict.weak);
  EXPECT_EQ(verdict.signal, "min_token_logprob");
  EXPECT_EQ(verdict.detail, "min_logprob=-9.50<-8.00");
  EXPECT_FALSE(judge(v, text_answer("x"), signals(-0.2, -8, 0)).weak);
}

TEST(CascadeVerifier, MeanEntropyAboveTheMaximumIsWeakUnlessUnknown) {
  CascadeVerifyConfig v;
  v.max_mean_entropy = 2.0;
  EXPECT_EQ(judge(v, text_answer("x"), signals(-0.1, -0.5, 2.01)).signal, "mean_entropy");
  EXPECT_FALSE(judge(v, text_answer("x"), signals(-0.1, -0.5, 2.0)).weak);
  auto s = signals(-0.1, -0.5, 9);
  s.entropy_known = false;  // an upstream that gave no top_logprobs
  EXPECT_FALSE(judge(v, text_answer("x"), s).weak);
}

TEST(CascadeVerifier, WithoutSignalsTheConfidenceThresholdsAreNotChecked) {
  CascadeVerifyConfig v;
  v.min_mean_logprob = -0.1;
  v.max_mean_entropy = 0.1;
  v.min_token_logprob = -0.1;
  EXPECT_FALSE(judge(v, text_answer("a fine answer")).weak);
  EXPECT_FALSE(judge(v, text_answer("a fine answer"), signals(0, 0, 0, /*tokens=*/0)).weak);
  EXPECT_EQ(judge(v, text_answer("a fine answer")).values, "");
}

TEST(CascadeVerifier, ACutOffAnswerIsWeakUnlessOnLengthKeep) {
  CascadeVerifyConfig v;
  const auto verdict = judge(v, text_answer("and then", core::FinishKind::length));
  EXPECT_TRUE(verdict.weak);
  EXPECT_EQ(verdict.signal, "length");
  EXPECT_EQ(verdict.detail, "finish_reason=length");
  v.escalate_on_length = false;
  EXPECT_FALSE(judge(v, text_answer("and then", core::FinishKind::length)).weak);
}

TEST(CascadeVerifier, RefusalPatternsMatchAnywhereIgnoringCaseAndCurlyApostrophes) {
  CascadeVerifyConfig v;
  for (const char* text : {"I don't know.", "Well, i DON'T KNOW the answer",
                           "I don\xE2\x80\x99t know", "As an AI language model, I can't"}) {
    const auto verdict = judge(v, text_answer(text));
    EXPECT_TRUE(verdict.weak) << text;
    EXPECT_EQ(verdict.signal, "refusal") << text;
  }
  EXPECT_EQ(judge(v, text_answer("I don't know")).detail, "refusal=\"i don't know\"");
  EXPECT_FALSE(judge(v, text_answer("I know: it is Paris.")).weak);
}

TEST(CascadeVerifier, TheRulesOwnPatternsReplaceTheDefaultsAndNoneTurnsTheCheckOff) {
  CascadeVerifyConfig v;
  v.refusal_patterns = {"Keine Ahnung"};
  EXPECT_EQ(judge(v, text_answer("keine ahnung!")).signal, "refusal");
  EXPECT_FALSE(judge(v, text_answer("I don't know")).weak);
  v.refusal_patterns.clear();
  EXPECT_FALSE(judge(v, text_answer("keine ahnung!")).weak);
}

TEST(CascadeVerifier, ARefusalBlockOrAnEmptyAnswerIsWeak) {
  CascadeVerifyConfig v;
  core::ChatResponse refused;
  auto& c = refused.choices.emplace_back();
  c.message.role = core::Role::assistant;
  c.message.content.emplace_back().value.emplace<core::RefusalBlock>().text = "no";
  EXPECT_EQ(judge(v, refused).signal, "refusal");
  EXPECT_EQ(judge(v, text_answer(" \n")).signal, "empty");
  EXPECT_EQ(judge(v, core::ChatResponse{}).signal, "empty");
}

core::ChatRequest json_request(const std::string& schema) {
  core::ChatRequest r;
  if (schema.empty()) {
    r.response_format.type = core::ResponseFormat::Type::json_object;
  } else {
    r.response_format.type = core::ResponseFormat::Type::json_schema;
    r.response_format.json_schema_json = R"({"name":"x","strict":true,"schema":)" + schema + "}";
  }
  return r;
}

TEST(CascadeVerifier, AJsonObjectAnswerMustBeAJsonObject) {
  CascadeVerifyConfig v;
  const auto req = json_request("");
  EXPECT_FALSE(judge(v, text_answer(R"({"a": 1})"), std::nullopt, req).weak);
  auto verdict = judge(v, text_answer(R"({"a": 1)"), std::nullopt, req);
  EXPECT_EQ(verdict.signal, "json");
  EXPECT_EQ(verdict.detail, "json=not valid JSON");
  verdict = judge(v, text_answer("[1, 2]"), std::nullopt, req);
  EXPECT_EQ(verdict.detail, "json=$: expected an object, got an array");
  v.json = false;
  EXPECT_FALSE(judge(v, text_answer("not json"), std::nullopt, req).weak);
  // Without response_format, text is text.
  EXPECT_FALSE(judge(CascadeVerifyConfig{}, text_answer("not json")).weak);
}

TEST(CascadeVerifier, AJsonSchemaAnswerMustMatchTheSchema) {
  CascadeVerifyConfig v;
  const auto req = json_request(
      R"({"type":"object","properties":{"name":{"type":"string"},"age":{"type":"integer",)"
      R"("minimum":0}},"required":["name","age"],"additionalProperties":false})");
  EXPECT_FALSE(judge(v, text_answer(R"({"name":"Ada","age":36})"), std::nullopt, req).weak);
  EXPECT_EQ(judge(v, text_answer(R"({"name":"Ada"})"), std::nullopt, req).detail,
            "json_schema=$: the required member 'age' is missing");
  EXPECT_EQ(judge(v, text_answer(R"({"name":"Ada","age":"36"})"), std::nullopt, req).detail,
            "json_schema=$.age: expected integer, got a string");
  EXPECT_EQ(judge(v, text_answer(R"({"name":"Ada","age":-1})"), std::nullopt, req).detail,
            "json_schema=$.age: below the minimum");
  EXPECT_EQ(judge(v, text_answer(R"({"name":"Ada","age":1,"x":0})"), std::nullopt, req).detail,
            "json_schema=$: the member 'x' is not allowed");
}

core::ChatRequest tool_request() {
  core::ChatRequest r;
  core::Tool& t = r.tools.emplace_back();
  t.name = "get_weather";
  t.parameters_json =
      R"({"type":"object","properties":{"city":{"type":"string"},"unit":{"enum":["c","f"]}},)"
      R"("required":["city"]})";
  return r;
}

TEST(CascadeVerifier, ToolCallArgumentsMustParseAndMatchTheToolsSchema) {
  CascadeVerifyConfig v;
  const auto req = tool_request();
  EXPECT_FALSE(
      judge(v, tool_answer("get_weather", R"({"city":"Oslo","unit":"c"})"), std::nullopt, req)
          .weak);
  auto verdict = judge(v, tool_answer("get_weather", R"({"city":"Oslo")"), std::nullopt, req);
  EXPECT_EQ(verdict.signal, "tool_args");
  EXPECT_EQ(verdict.detail, "tool_args=get_weather: not valid JSON");
  verdict = judge(v, tool_answer("get_weather", R"({"unit":"k"})"), std::nullopt, req);
  EXPECT_EQ(verdict.detail, "tool_args=get_weather: $: the required member 'city' is missing");
  verdict =
      judge(v, tool_answer("get_weather", R"({"city":"Oslo","unit":"k"})"), std::nullopt, req);
  EXPECT_EQ(verdict.detail, "tool_args=get_weather: $.unit: not one of the schema's enum values");
  verdict = judge(v, tool_answer("launch", "{}"), std::nullopt, req);
  EXPECT_EQ(verdict.detail, "tool_args=calls 'launch', which is not offered");
  v.tools = false;
  EXPECT_FALSE(judge(v, tool_answer("launch", "nope"), std::nullopt, req).weak);
}

TEST(CascadeVerifier, TheFirstWeakSignalInOrderDecides) {
  CascadeVerifyConfig v;
  v.min_mean_logprob = -1;
  // Cut off, a refusal and unsure: length comes first.
  auto verdict =
      judge(v, text_answer("I don't know", core::FinishKind::length), signals(-5, -9, 4));
  EXPECT_EQ(verdict.signal, "length");
  // A refusal before the confidence.
  verdict = judge(v, text_answer("I don't know"), signals(-5, -9, 4));
  EXPECT_EQ(verdict.signal, "refusal");
  EXPECT_NE(verdict.values, "") << "the values are reported whatever decided";
}

TEST(CascadeVerifierLogprobs, MeanMinAndEntropyFromOpenAILogprobs) {
  // Two tokens; the second has top_logprobs covering all the mass.
  const std::string json =
      R"({"content":[{"token":"a","logprob":-0.5,"top_logprobs":[{"token":"a","logprob":-0.5}]},)"
      R"({"token":"b","logprob":-0.6931471805599453,"top_logprobs":[)"
      R"({"token":"b","logprob":-0.6931471805599453},{"token":"c","logprob":-0.6931471805599453}]}],)"
      R"("refusal":null})";
  const auto s = signals_from_logprobs(json);
  ASSERT_TRUE(s);
  EXPECT_EQ(s->tokens, 2);
  EXPECT_NEAR(s->mean_logprob, (-0.5 - 0.6931471805599453) / 2, 1e-12);
  EXPECT_NEAR(s->min_logprob, -0.6931471805599453, 1e-12);
  EXPECT_TRUE(s->entropy_known);
  // Token 1: p=e^-0.5 listed, the rest (1-p) as one outcome; token 2: two halves, ln 2.
  const double p = std::exp(-0.5);
  const double h1 = -p * -0.5 - (1 - p) * std::log(1 - p);
  EXPECT_NEAR(s->mean_entropy, (h1 + std::log(2.0)) / 2, 1e-9);
}

TEST(CascadeVerifierLogprobs, WithoutTopLogprobsTheEntropyIsUnknown) {
  const auto s = signals_from_logprobs(
      R"({"content":[{"token":"a","logprob":-1.25e-05,"bytes":[97],"top_logprobs":[]}]})");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->tokens, 1);
  EXPECT_NEAR(s->mean_logprob, -1.25e-05, 1e-15);
  EXPECT_FALSE(s->entropy_known);
}

TEST(CascadeVerifierLogprobs, NothingUsableIsNoSignals) {
  EXPECT_FALSE(signals_from_logprobs(""));
  EXPECT_FALSE(signals_from_logprobs("null"));
  EXPECT_FALSE(signals_from_logprobs("{\"content\":[]}"));
  EXPECT_FALSE(signals_from_logprobs("{\"content\":[{\"token\":\"a\"}]}"));
  EXPECT_FALSE(signals_from_logprobs("{not json"));
}

}  // namespace
}  // namespace switchyard::routing
