// Tool-call grammars: they parse, they make even a random-weight model write
// a well-formed call whose arguments follow the schema, and the lazy one
// leaves text alone until "<tool_call>".
#include "switchyard/local/tool_grammar.hpp"

#include <gtest/gtest.h>

#include "local/test_model.hpp"
#include "local/test_tools.hpp"
#include "switchyard/local/llama_runtime.hpp"
#include "switchyard/local/token_sampler.hpp"
#include "switchyard/local/tool_output.hpp"

namespace switchyard::local {
namespace {

struct ModelDeleter {
  void operator()(llama_model* m) const { llama_model_free(m); }
};

class ToolGrammarTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    ensure_llama_runtime();
    auto params = llama_model_default_params();
    params.vocab_only = true;
    model_.reset(llama_model_load_from_file(testing::tiny_model_path().c_str(), params));
    ASSERT_TRUE(model_);
  }
  static void TearDownTestSuite() { model_.reset(); }
  static const llama_vocab* vocab() { return llama_model_get_vocab(model_.get()); }

  static bool parses(const std::string& grammar) {
    llama_sampler* s = llama_sampler_init_grammar(vocab(), grammar.c_str(), "root");
    if (s) llama_sampler_free(s);
    return s != nullptr;
  }

  static std::vector<llama_token> tokens(const std::string& text) {
    std::vector<llama_token> out(text.size() + 8);
    const int n = llama_tokenize(vocab(), text.data(), static_cast<int32_t>(text.size()),
                                 out.data(), static_cast<int32_t>(out.size()), false, false);
    out.resize(static_cast<std::size_t>(std::max(n, 0)));
    return out;
  }
  static std::string piece(llama_token t) {
    char buf[256];
    const int n = llama_token_to_piece(vocab(), t, buf, sizeof buf, 0, true);
    return std::string(buf, static_cast<std::size_t>(std::max(n, 0)));
  }

  static std::unique_ptr<llama_model, ModelDeleter> model_;
};
std::unique_ptr<llama_model, ModelDeleter> ToolGrammarTest::model_;

TEST_F(ToolGrammarTest, GrammarsParseForEveryMode) {
  auto tools = testing::bounded_tools();
  core::Tool odd;
  odd.name = "odd-name.v2";  // characters GBNF rule names cannot have
  odd.parameters_json = R"({"type":"object","properties":{"x":{"type":"bogus"}}})";  // fallback
  tools.push_back(odd);
  core::Tool bare;
  bare.name = "no_parameters";
  tools.push_back(bare);
  for (bool lazy : {false, true}) {
    for (bool parallel : {false, true}) {
      SCOPED_TRACE(std::to_string(lazy) + std::to_string(parallel));
      const ToolGrammar g = tool_call_grammar(tools, lazy, parallel);
      EXPECT_TRUE(parses(g.grammar)) << g.grammar;
      EXPECT_EQ(g.trigger, lazy ? "<tool_call>" : "");
    }
  }
  const ToolGrammar answer = tool_call_grammar(tools, true, true, R"({"type":"object"})");
  EXPECT_TRUE(parses(answer.grammar)) << answer.grammar;
  EXPECT_EQ(answer.trigger, "");  // "a JSON answer or calls" holds from the first token
}

// Greedy sampling from logits that favour one token: the sampler's choice.
llama_token pick(TokenSampler& s, int n_vocab, llama_token favoured) {
  std::vector<float> logits(static_cast<std::size_t>(n_vocab), 0.0f);
  logits[static_cast<std::size_t>(favoured)] = 10.0f;
  return s.sample_logits(logits.data());
}

TEST_F(ToolGrammarTest, TheLazyGrammarWaitsForTheTriggerThenHolds) {
  const ToolGrammar g = tool_call_grammar(testing::bounded_tools(), true, false);
  SamplingParams greedy;
  greedy.temperature = 0.0f;
  auto sampler = TokenSampler::create(vocab(), greedy, g.grammar, g.trigger);
  ASSERT_TRUE(sampler) << sampler.error().message;
  const int n_vocab = llama_vocab_n_tokens(vocab());

  // Free text, however unlike a call, is left alone...
  std::string text;
  for (llama_token t : tokens("Sure! {\"x\": <tool and more <tool_ca text. <tool_call>")) {
    ASSERT_EQ(pick(**sampler, n_vocab, t), t);
    text += piece(t);
  }
  // ...until the text holds "<tool_call>": from then on only a call can follow.
  const std::string expected = "\n{\"name\": \"get_";
  std::string after;
  const llama_token nonsense = tokens(" banana").front();
  while (after.size() < expected.size()) {
    const llama_token t = pick(**sampler, n_vocab, nonsense);
    ASSERT_NE(t, nonsense);
    after += piece(t);
  }
  EXPECT_EQ(after.substr(0, expected.size()), expected) << text << after;
}

std::vector<std::string> names(const std::vector<core::Tool>& tools) {
  std::vector<std::string> out;
  for (const auto& t : tools) out.push_back(t.name);
  return out;
}

GenerationRequest tool_request(const ToolGrammar& g, std::uint32_t seed, int max_tokens) {
  GenerationRequest r = testing::chat("What is the weather in Paris?", max_tokens, seed);
  r.tools = testing::bounded_tools();
  r.grammar = g.grammar;
  r.grammar_trigger = g.trigger;
  return r;
}

TEST(ToolGrammarEngineTest, ARequiredCallIsWellFormedAndFollowsTheSchema) {
  auto engine = Engine::open(testing::tiny_options());
  ASSERT_TRUE(engine) << engine.error().message;
  const auto tools = testing::bounded_tools();
  const ToolGrammar g = tool_call_grammar(tools, false, false);
  for (std::uint32_t seed : {1u, 2u, 3u}) {
    SCOPED_TRACE(seed);
    auto out = (*engine)->generate(tool_request(g, seed, 200));
    ASSERT_TRUE(out) << out.error().message;
    // Finite grammar: after "</tool_call>" only end-of-generation is allowed.
    ASSERT_EQ(out->finished.reason, FinishReason::stop) << out->text;
    ToolOutput parsed(names(tools));
    core::Message m;
    parsed.fill(out->text, m);
    EXPECT_EQ(parsed.finish_reason(out->finished.reason).kind, core::FinishKind::tool_use);
    EXPECT_EQ(m.form, core::ContentForm::absent) << out->text;
    const auto calls = core::blocks_of<core::ToolUseBlock>(m.content);
    ASSERT_EQ(calls.size(), 1u) << out->text;
    testing::expect_valid_arguments(calls[0]->name, calls[0]->arguments);
  }
}

TEST(ToolGrammarEngineTest, ParallelCallsAreEachWellFormed) {
  auto engine = Engine::open(testing::tiny_options());
  ASSERT_TRUE(engine) << engine.error().message;
  const auto tools = testing::bounded_tools();
  const ToolGrammar g = tool_call_grammar(tools, false, true);
  auto out = (*engine)->generate(tool_request(g, 5, 400));
  ASSERT_TRUE(out) << out.error().message;
  ToolOutput parsed(names(tools));
  core::Message m;
  parsed.fill(out->text, m);
  const auto calls = core::blocks_of<core::ToolUseBlock>(m.content);
  ASSERT_GE(calls.size(), 1u) << out->text;
  // A call cut by the token limit is incomplete; every other one is valid.
  const std::size_t complete =
      calls.size() - (out->finished.reason == FinishReason::length ? 1 : 0);
  for (std::size_t i = 0; i < complete; ++i) {
    testing::expect_valid_arguments(calls[i]->name, calls[i]->arguments);
  }
}

TEST(ToolGrammarEngineTest, WithToolChoiceAutoTheAnswerMayBeText) {
  auto engine = Engine::open(testing::tiny_options());
  ASSERT_TRUE(engine) << engine.error().message;
  const ToolGrammar g = tool_call_grammar(testing::bounded_tools(), true, true);
  auto out = (*engine)->generate(tool_request(g, 1, 24));
  ASSERT_TRUE(out) << out.error().message;
  // A random model does not write "<tool_call>": its text is unconstrained.
  EXPECT_EQ(out->finished.reason, FinishReason::length);
  EXPECT_EQ(out->finished.usage.output_tokens, 24);
  EXPECT_EQ(out->text.find("<tool_call>"), std::string::npos);
}

// Some models have "<tool_call>" as a control token (Hermes 2 Pro on Llama
// 3), whose text is normally left out of the answer. With tools offered it is
// kept, or the parser would never see the call. A Llama 3 control token
// stands in for it here: the grammar allows it whole or spelled out in
// ordinary tokens, and some seeds pick it whole (one completion token).
TEST(ToolGrammarEngineTest, ControlTokensAreTextWhenToolsAreOffered) {
  auto engine = Engine::open(testing::tiny_options());
  ASSERT_TRUE(engine) << engine.error().message;
  const std::string control = "<|reserved_special_token_0|>";
  int whole = 0;
  for (std::uint32_t seed = 1; seed <= 6; ++seed) {
    SCOPED_TRACE(seed);
    GenerationRequest r = testing::chat("x", 40, seed);
    r.tools = testing::bounded_tools();
    r.grammar = "root ::= \"" + control + "\"";
    auto out = (*engine)->generate(r);
    ASSERT_TRUE(out) << out.error().message;
    EXPECT_EQ(out->text, control);
    whole += out->finished.usage.output_tokens == 1;
  }
  EXPECT_GT(whole, 0) << "no seed picked the control token whole; the test proves nothing";
}

}  // namespace
}  // namespace switchyard::local
