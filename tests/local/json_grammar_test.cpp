#include "switchyard/local/json_grammar.hpp"

#include <gtest/gtest.h>
#include <llama.h>

#include <array>
#include <cmath>
#include <string_view>

#include "switchyard/local/llama_runtime.hpp"
#include "switchyard/local/token_sampler.hpp"

namespace switchyard::local {
namespace {

// llama.cpp's own GBNF parser is the judge of whether a grammar is valid,
// and its grammar sampler the judge of what a grammar accepts; a
// vocabulary-only model is enough to build one.
class GrammarTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    ensure_llama_runtime();
    auto params = llama_model_default_params();
    params.vocab_only = true;
    vocab_model_ = llama_model_load_from_file(SWITCHYARD_LLAMA_VOCAB, params);
    ASSERT_NE(vocab_model_, nullptr);
    // The byte-level BPE vocabulary has a token for every single byte.
    const llama_vocab* vocab = llama_model_get_vocab(vocab_model_);
    byte_tokens_.fill(-1);
    for (llama_token t = 0; t < llama_vocab_n_tokens(vocab); ++t) {
      char piece[8];
      if (llama_token_to_piece(vocab, t, piece, sizeof piece, 0, false) != 1) continue;
      auto& slot = byte_tokens_[static_cast<unsigned char>(piece[0])];
      if (slot < 0) slot = t;
    }
  }
  static void TearDownTestSuite() { llama_model_free(vocab_model_); }

  // How far llama.cpp's grammar sampler lets `text` through, fed one byte at
  // a time (each byte as its single-byte token, so the walk is byte-exact
  // whatever the tokenizer would merge; UTF-8 sequences arrive split, as a
  // model may write them).
  struct Walk {
    std::size_t taken = 0;  // bytes let through before the first refused one
    bool complete = false;  // all taken, and the grammar lets generation end there
  };
  static Walk walk(const std::string& grammar, std::string_view text) {
    const llama_vocab* vocab = llama_model_get_vocab(vocab_model_);
    LlamaSamplerPtr sampler(llama_sampler_init_grammar(vocab, grammar.c_str(), "root"));
    Walk w;
    if (!sampler) {
      ADD_FAILURE() << "grammar does not parse:\n" << grammar;
      return w;
    }
    for (; w.taken < text.size(); ++w.taken) {
      const llama_token t = byte_tokens_[static_cast<unsigned char>(text[w.taken])];
      if (t < 0) {
        ADD_FAILURE() << "no single-byte token for byte " << int(text[w.taken]);
        return w;
      }
      if (!allows(sampler.get(), t)) return w;
      llama_sampler_accept(sampler.get(), t);
    }
    w.complete = allows(sampler.get(), llama_vocab_eos(vocab));
    return w;
  }
  static bool allows(llama_sampler* sampler, llama_token t) {
    llama_token_data candidate{t, 0.0f, 0.0f};
    llama_token_data_array one{&candidate, 1, -1, false};
    llama_sampler_apply(sampler, &one);
    return !std::isinf(candidate.logit);
  }

  // The grammar takes the whole text and may end there.
  static ::testing::AssertionResult Accepts(const std::string& grammar, std::string_view text) {
    const Walk w = walk(grammar, text);
    if (w.complete) return ::testing::AssertionSuccess();
    if (w.taken == text.size())
      return ::testing::AssertionFailure() << "took all of " << text << " but cannot end there";
    return ::testing::AssertionFailure()
           << "refused byte " << w.taken << " of " << text << " (" << text.substr(0, w.taken)
           << " | " << text.substr(w.taken) << ")";
  }
  // `marked` with a '|' just before the first byte the grammar must refuse:
  // every byte before it is taken, that one is not.
  static ::testing::AssertionResult RejectsAt(const std::string& grammar, std::string_view marked) {
    const std::size_t at = marked.find('|');
    std::string text(marked.substr(0, at));
    text += marked.substr(at + 1);
    const Walk w = walk(grammar, text);
    if (w.taken == at && at < text.size()) return ::testing::AssertionSuccess();
    if (w.complete) return ::testing::AssertionFailure() << "accepted " << text;
    return ::testing::AssertionFailure()
           << "refused at byte " << w.taken << " (expected " << at
           << "): " << text.substr(0, w.taken) << " | " << text.substr(w.taken);
  }

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
  static std::array<llama_token, 256> byte_tokens_;
};
llama_model* GrammarTest::vocab_model_ = nullptr;
std::array<llama_token, 256> GrammarTest::byte_tokens_;

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

TEST_F(GrammarTest, JsonObjectGrammarAcceptsObjectsOnly) {
  const std::string& g = json_object_grammar();
  EXPECT_TRUE(Accepts(g, "{}"));
  EXPECT_TRUE(Accepts(g, R"({"a": [1, -2.5e3, {"b":null}],"c":"x\"y\u00e9","d":true})"));
  EXPECT_TRUE(Accepts(g, "{\n\"k\":\"Zo\xC3\xA9\"}"));  // UTF-8, fed byte by byte
  EXPECT_TRUE(RejectsAt(g, "|[1]"));
  EXPECT_TRUE(RejectsAt(g, R"({"a":|})"));
  EXPECT_TRUE(RejectsAt(g, R"({"a":1,|})"));
  EXPECT_TRUE(RejectsAt(g, R"({"a":tru|x})"));
  EXPECT_TRUE(RejectsAt(g, R"({"a":0|1})"));
  EXPECT_TRUE(RejectsAt(g, R"({"a":1}|x)"));
  EXPECT_FALSE(Accepts(g, R"({"a":1)"));  // a prefix is not a document
}

// Declared order, two required members, two optional ones, no others.
const char* const kPerson = R"({"type":"object","properties":{
    "name":{"type":"string","maxLength":5},
    "age":{"type":"integer"},
    "kind":{"enum":["cat","dog",3,null]},
    "tags":{"type":"array","items":{"type":"boolean"},"maxItems":2}},
  "required":["name","age"],"additionalProperties":false})";

TEST_F(GrammarTest, AnObjectSchemaAcceptsItsDocuments) {
  const std::string g = convert(kPerson);
  EXPECT_TRUE(Accepts(g, R"({"name":"Ann","age":30})"));
  EXPECT_TRUE(Accepts(g, R"({"name": "Ann", "age": -4, "kind": "dog", "tags": [true, false]})"));
  EXPECT_TRUE(Accepts(g, R"({"name":"","age":0,"kind":3})"));
  EXPECT_TRUE(Accepts(g, R"({"name":"Ann","age":1,"kind":null,"tags":[]})"));
  EXPECT_TRUE(Accepts(g, R"({"name":"Zo\u00e9","age":7,"tags":[false]})"));
  EXPECT_TRUE(Accepts(g, "{\"name\":\"Zo\xC3\xA9s\",\"age\":7}"));  // 4 characters, 5 bytes
}

TEST_F(GrammarTest, AnObjectSchemaRejectsAtTheFirstWrongByte) {
  const std::string g = convert(kPerson);
  // Wrong types.
  EXPECT_TRUE(RejectsAt(g, R"({"name":"Ann","age":|"30"})"));
  EXPECT_TRUE(RejectsAt(g, R"({"name":|12,"age":1})"));
  EXPECT_TRUE(RejectsAt(g, R"({"name":"Ann","age":2|.5})"));
  EXPECT_TRUE(RejectsAt(g, R"({"name":"Ann","age":1,"tags":[|1]})"));
  // A required member missing.
  EXPECT_TRUE(RejectsAt(g, R"({"name":"Ann"|})"));
  EXPECT_TRUE(RejectsAt(g, R"({"|age":1})"));
  // A member the schema does not declare (additionalProperties false).
  EXPECT_TRUE(RejectsAt(g, R"({"name":"Ann","age":1,"|color":"red"})"));
  // Values outside the enum.
  EXPECT_TRUE(RejectsAt(g, R"({"name":"Ann","age":1,"kind":"c|ow"})"));
  EXPECT_TRUE(RejectsAt(g, R"({"name":"Ann","age":1,"kind":|4})"));
  // Bounds: maxLength 5, maxItems 2.
  EXPECT_TRUE(RejectsAt(g, R"({"name":"Annab|el","age":1})"));
  EXPECT_TRUE(RejectsAt(g, R"({"name":"Ann","age":1,"tags":[true,false|,true]})"));
  // Numbers JSON does not allow, and text after the document.
  EXPECT_TRUE(RejectsAt(g, R"({"name":"Ann","age":0|1})"));
  EXPECT_TRUE(RejectsAt(g, R"({"name":"Ann","age":1}|x)"));
  EXPECT_TRUE(RejectsAt(g, R"({"name":"Ann","age":1}|})"));
  // Cut short: every byte taken, but no end allowed.
  EXPECT_FALSE(Accepts(g, R"({"name":"Ann","age":1)"));
}

TEST_F(GrammarTest, AlternativesConstsAndTypeListsAcceptExactlyTheirValues) {
  const std::string any = convert(R"({"anyOf":[{"type":"integer"},{"const":"none"}]})");
  EXPECT_TRUE(Accepts(any, "12"));
  EXPECT_TRUE(Accepts(any, "-3"));
  EXPECT_TRUE(Accepts(any, R"("none")"));
  EXPECT_TRUE(RejectsAt(any, R"("no|pe")"));
  EXPECT_TRUE(RejectsAt(any, "1|.5"));
  EXPECT_TRUE(RejectsAt(any, "|true"));

  const std::string types = convert(R"({"type":["string","null"],"maxLength":2})");
  EXPECT_TRUE(Accepts(types, R"("ab")"));
  EXPECT_TRUE(Accepts(types, "null"));
  EXPECT_TRUE(RejectsAt(types, R"("ab|c")"));
  EXPECT_TRUE(RejectsAt(types, "|1"));

  // const and enum values are written compactly, numbers as simdjson holds
  // them (json_grammar.hpp): 2.50 is the number 2.5.
  const std::string c = convert(R"({"enum":[{"a": [1, 2]}, 2.50]})");
  EXPECT_TRUE(Accepts(c, R"({"a":[1,2]})"));
  EXPECT_TRUE(Accepts(c, "2.5"));
  EXPECT_TRUE(RejectsAt(c, R"({"a":[1,| 2]})"));
  EXPECT_TRUE(RejectsAt(c, "|3"));
}

TEST_F(GrammarTest, ReferencesAcceptTheirTargets) {
  const std::string leaves = convert(
      R"({"$defs":{"leaf":{"type":"object","properties":{"v":{"type":"number"}},"required":["v"]}},
          "type":"array","items":{"$ref":"#/$defs/leaf"},"minItems":1})");
  EXPECT_TRUE(Accepts(leaves, R"([{"v":1.5}])"));
  EXPECT_TRUE(Accepts(leaves, R"([{"v":1}, {"v":-2e3}])"));
  EXPECT_TRUE(RejectsAt(leaves, "[|]"));  // minItems 1
  EXPECT_TRUE(RejectsAt(leaves, R"([{"v":|"x"}])"));

  const std::string tree = convert(R"({"type":"object","properties":{"child":{"$ref":"#"}}})");
  EXPECT_TRUE(Accepts(tree, "{}"));
  EXPECT_TRUE(Accepts(tree, R"({"child":{"child":{}}})"));
  EXPECT_TRUE(RejectsAt(tree, R"({"child":{"child":|1}})"));
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
