// The cascade's judge: the request it is sent (the question and the answer
// in the prompt, a yes/no JSON schema, temperature 0, log-probabilities) and
// the score read from its answer (from the verdict token's log-probabilities
// when given, else from the verdict's text).
#include "switchyard/routing/cascade_judge.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <string>

namespace switchyard::routing {
namespace {

using config::CascadeJudgeConfig;

core::ChatResponse answer(const std::string& text, const std::string& logprobs = {}) {
  core::ChatResponse r;
  core::Choice& c = r.choices.emplace_back();
  c.message = core::text_message(core::Role::assistant, text);
  c.logprobs_json = logprobs;
  return r;
}

core::ChatRequest question(const std::string& text) {
  core::ChatRequest r;
  r.dialect = core::Dialect::anthropic;
  r.messages.push_back(core::text_message(core::Role::user, "an earlier question"));
  r.messages.push_back(core::text_message(core::Role::assistant, "an earlier answer"));
  r.messages.push_back(core::text_message(core::Role::user, text));
  r.temperature = 1.3;
  r.max_tokens = 900;
  return r;
}

// One content token with its alternatives, as OpenAI writes them.
std::string token(const std::string& text, double logprob, const std::string& top = "[]") {
  return R"({"token":")" + text + R"(","logprob":)" + std::to_string(logprob) +
         R"(,"top_logprobs":)" + top + "}";
}

std::string logprobs(const std::string& tokens) {
  return R"({"content":[)" + tokens + "]}";
}

TEST(CascadeJudge, TheRequestHoldsTheLastQuestionAndTheAnswerOnce) {
  CascadeJudgeConfig judge;
  judge.prompt = "Q={question} A={answer} again {question}";
  const core::ChatRequest r =
      judge_request(judge, question("what is {answer}?"), answer("Paris {question}"));
  ASSERT_EQ(r.messages.size(), 1u);
  EXPECT_EQ(r.messages[0].role, core::Role::user);
  // Slots are filled once; braces inside the filled texts are left alone.
  EXPECT_EQ(r.messages[0].text(), "Q=what is {answer}? A=Paris {question} again {question}");
  EXPECT_EQ(r.dialect, core::Dialect::openai) << "a request of its own, not the client's";
  EXPECT_EQ(r.temperature, 0);
  EXPECT_EQ(r.max_tokens, 16);
  EXPECT_FALSE(r.stream);
  ASSERT_EQ(r.response_format.type, core::ResponseFormat::Type::json_schema);
  EXPECT_NE(r.response_format.json_schema_json.find(R"("enum":["yes","no"])"), std::string::npos);
  bool asks_logprobs = false;
  for (const auto& [k, v] : r.extra) asks_logprobs |= k == "logprobs" && v == "true";
  EXPECT_TRUE(asks_logprobs);
}

TEST(CascadeJudge, TheDefaultPromptNamesBothSlots) {
  const core::ChatRequest r =
      judge_request(CascadeJudgeConfig{}, question("2+2?"), answer("It is 5."));
  const std::string text = r.messages[0].text();
  EXPECT_NE(text.find("Question:\n2+2?"), std::string::npos) << text;
  EXPECT_NE(text.find("Answer:\nIt is 5."), std::string::npos) << text;
  EXPECT_EQ(text.find("{question}"), std::string::npos) << text;
}

TEST(CascadeJudge, TheVerdictTextScoresOneOrZeroWithoutLogprobs) {
  for (const char* yes :
       {R"({"verdict":"yes"})", R"({"verdict": "Yes"})", "yes", "Yes.", "YES, it is right"}) {
    auto s = judge_score(answer(yes));
    ASSERT_TRUE(s) << yes;
    EXPECT_EQ(s->p_yes, 1.0) << yes;
    EXPECT_FALSE(s->from_logprobs);
  }
  for (const char* no : {R"({"verdict":"no"})", "No", "no - it is wrong", "The verdict: no."}) {
    auto s = judge_score(answer(no));
    ASSERT_TRUE(s) << no;
    EXPECT_EQ(s->p_yes, 0.0) << no;
  }
}

TEST(CascadeJudge, NoVerdictIsNoScore) {
  for (const char* none : {"", "maybe", R"({"verdict":"perhaps"})", "nothing to say", "yesterday",
                           "nobody knows", R"({"other":"yes"})"})
    EXPECT_FALSE(judge_score(answer(none))) << none;
  EXPECT_FALSE(judge_score(core::ChatResponse{})) << "no choice";
}

TEST(CascadeJudge, LogprobsOfBothAlternativesAreNormalised) {
  // {"verdict":"yes"} with yes at 0.6 and no at 0.3 (and 0.1 elsewhere).
  const std::string lp =
      logprobs(token("{\\\"", -0.001) + "," + token("verdict", -0.001) + "," +
               token("\\\":\\\"", -0.001) + "," +
               token("yes", std::log(0.6),
                     "[" + token("yes", std::log(0.6)) + "," + token("no", std::log(0.3)) + "," +
                         token("maybe", std::log(0.1)) + "]") +
               "," + token("\\\"}", -0.001));
  auto s = judge_score(answer(R"({"verdict":"yes"})", lp));
  ASSERT_TRUE(s);
  EXPECT_TRUE(s->from_logprobs);
  EXPECT_NEAR(s->p_yes, 0.6 / 0.9, 1e-4);

  // The same distribution, no chosen: P(yes) is the same.
  const std::string lp_no =
      logprobs(token(" No", std::log(0.3),
                     "[" + token("Yes", std::log(0.6)) + "," + token(" No", std::log(0.3)) + "]"));
  s = judge_score(answer("No", lp_no));
  ASSERT_TRUE(s);
  EXPECT_NEAR(s->p_yes, 0.6 / 0.9, 1e-4);
}

TEST(CascadeJudge, AChosenTokenAloneCountsTheRestOfTheMassAgainstIt) {
  auto s = judge_score(answer("yes", logprobs(token("yes", std::log(0.8)))));
  ASSERT_TRUE(s);
  EXPECT_NEAR(s->p_yes, 0.8, 1e-4);
  s = judge_score(answer("no", logprobs(token("no", std::log(0.9)))));
  ASSERT_TRUE(s);
  EXPECT_NEAR(s->p_yes, 0.1, 1e-4);
}

TEST(CascadeJudge, UnusableLogprobsFallBackToTheText) {
  for (const std::string& lp : {std::string("not json"), std::string(R"({"content":[]})"),
                                logprobs(token("maybe", -0.1))}) {
    auto s = judge_score(answer("no", lp));
    ASSERT_TRUE(s) << lp;
    EXPECT_EQ(s->p_yes, 0.0) << lp;
    EXPECT_FALSE(s->from_logprobs) << lp;
  }
}

}  // namespace
}  // namespace switchyard::routing
