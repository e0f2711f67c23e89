#include "switchyard/local/json_grammar.hpp"

#include <gtest/gtest.h>
#include <llama.h>

#include "switchyard/local/llama_runtime.hpp"

namespace switchyard::local {
namespace {

// llama.cpp's own GBNF parser is the judge of whether a grammar is valid;
// a vocabulary-only model is enough to build a grammar sampler.
class GrammarTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    ensure_llama_runtime();
    auto params = llama_model_default_params();
    params.vocab_only = true;
    vocab_model_ = llama_model_load_from_file(SWITCHYARD_LLAMA_VOCAB, params);
    ASSERT_NE(vocab_model_, nullptr);
  }
  static void TearDownTestSuite() { llama_model_free(vocab_model_); }

  static bool parses(const std::string& grammar) {
    llama_sampler* s =
        llama_sampler_init_grammar(llama_model_get_vocab(vocab_model_), grammar.c_str(), "root");
    if (s) llama_sampler_free(s);
    return s != nullptr;
  }

  static std::string convert(const std::string& schema) {
    auto g = json_schema_to_grammar(schema);
    EXPECT_TRUE(g) << g.error().message;
    return g ? *g : std::string();
  }

  static llama_model* vocab_model_;
};
llama_model* GrammarTest::vocab_model_ = nullptr;

TEST_F(GrammarTest, JsonObjectGrammarParses) {
  EXPECT_TRUE(parses(json_object_grammar()));
}

TEST_F(GrammarTest, CommonSchemasConvertToValidGrammars) {
  const char* schemas[] = {
      R"({"type":"object","properties":{"name":{"type":"string"},"age":{"type":"integer"},
          "tags":{"type":"array","items":{"type":"string"},"maxItems":3},
          "ok":{"type":"boolean"},"x":{"type":"number"},"n":{"type":"null"}},
          "required":["name","age"]})",
      R"({"type":"object","properties":{"a":{"type":"string"},"b":{"type":"integer"}}})",
      R"({"enum":["red","green",3,null]})",
      R"({"type":["string","null"],"maxLength":5})",
      R"({"anyOf":[{"type":"integer"},{"const":"none"}]})",
      R"({"$defs":{"leaf":{"type":"object","properties":{"v":{"type":"number"}},"required":["v"]}},
          "type":"array","items":{"$ref":"#/$defs/leaf"},"minItems":1})",
      R"({"type":"object","properties":{"child":{"$ref":"#"}}})",
      R"({})",
  };
  for (const char* s : schemas) {
    SCOPED_TRACE(s);
    EXPECT_TRUE(parses(convert(s))) << convert(s);
  }
}

TEST_F(GrammarTest, PropertyNamesAreQuotedAndEscaped) {
  const auto g = convert(R"({"type":"object","properties":{"we\"ird":{"type":"boolean"}},
                             "required":["we\"ird"]})");
  EXPECT_NE(g.find(R"("\"we\\\"ird\"")"), std::string::npos) << g;
  EXPECT_TRUE(parses(g));
}

TEST(JsonSchemaErrorsTest, BadSchemasAreInvalidRequests) {
  for (const char* s : {"{not json", R"({"type":"tuple"})", R"({"$ref":"#/$defs/missing"})",
                        R"({"enum":[]})", "false"}) {
    SCOPED_TRACE(s);
    auto g = json_schema_to_grammar(s);
    ASSERT_FALSE(g);
    EXPECT_EQ(g.error().kind, core::ErrorKind::invalid_request);
  }
}

TEST(JsonSchemaErrorsTest, ANumberSimdjsonCannotHoldIsNamed) {
  auto g = json_schema_to_grammar(R"({"type":"integer","maximum":123456789012345678901234567890})");
  ASSERT_FALSE(g);
  EXPECT_EQ(g.error().kind, core::ErrorKind::invalid_request);
  EXPECT_NE(g.error().message.find("out of range"), std::string::npos) << g.error().message;
}

}  // namespace
}  // namespace switchyard::local
