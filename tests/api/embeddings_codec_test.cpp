// The OpenAI Embeddings codec: client requests in (every input form, strict
// errors that name the field), upstream requests out (the client's shape and
// unmodelled fields carried through), upstream answers in (numbers or base64,
// placed by index) and answers out. Encoder output is checked by parsing it.
#include "switchyard/api/openai/embeddings_codec.hpp"

#include <gtest/gtest.h>
#include <simdjson.h>

#include <cmath>
#include <initializer_list>
#include <limits>
#include <string>
#include <string_view>

namespace switchyard::api::openai {
namespace {

namespace dom = simdjson::dom;
using core::EmbeddingEncoding;
using core::EmbeddingInputForm;
using core::EmbeddingRequest;

core::EmbeddingRequest decode_ok(std::string_view body) {
  auto r = decode_embedding_request(body);
  EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message) << "\n  body: " << body;
  return r.ok() ? *r : core::EmbeddingRequest{};
}

// The body is refused with a 400 naming `param` and a message holding every fragment.
::testing::AssertionResult Rejects(std::string_view body, std::string_view param,
                                   std::initializer_list<std::string_view> fragments,
                                   std::string_view code = {}) {
  auto r = decode_embedding_request(body);
  if (r.ok()) return ::testing::AssertionFailure() << "accepted: " << body;
  const core::Error& e = r.error();
  if (e.status != 400 || e.kind != core::ErrorKind::invalid_request)
    return ::testing::AssertionFailure() << "status " << e.status << " for " << body;
  if (e.param != param)
    return ::testing::AssertionFailure()
           << "param '" << e.param << "', expected '" << param << "': " << e.message;
  if (!code.empty() && e.code != code)
    return ::testing::AssertionFailure() << "code '" << e.code << "', expected '" << code << "'";
  for (auto f : fragments)
    if (e.message.find(f) == std::string::npos)
      return ::testing::AssertionFailure() << "message lacks '" << f << "': " << e.message;
  return ::testing::AssertionSuccess();
}

std::string with_input(std::string_view input, std::string_view extra = {}) {
  std::string b = R"({"model":"text-embedding-3-small","input":)";
  b += input;
  b += extra;
  b += '}';
  return b;
}

// ---------------------------------------------------------------------------
// decode_embedding_request: the four input forms and the options

TEST(DecodeEmbeddingRequest, OneString) {
  auto r = decode_ok(with_input(R"("The food was delicious")"));
  EXPECT_EQ(r.model, "text-embedding-3-small");
  EXPECT_EQ(r.form, EmbeddingInputForm::text);
  ASSERT_EQ(r.texts.size(), 1u);
  EXPECT_EQ(r.texts[0], "The food was delicious");
  EXPECT_EQ(r.input_count(), 1u);
  EXPECT_FALSE(r.token_input());
  EXPECT_FALSE(r.encoding_format);
  EXPECT_FALSE(r.dimensions);
}

TEST(DecodeEmbeddingRequest, ArrayOfStringsKeepsOrder) {
  auto r = decode_ok(with_input(R"(["first", "second", "third \u00e9"])"));
  EXPECT_EQ(r.form, EmbeddingInputForm::texts);
  ASSERT_EQ(r.texts.size(), 3u);
  EXPECT_EQ(r.texts[0], "first");
  EXPECT_EQ(r.texts[2], "third \xc3\xa9");
  EXPECT_EQ(r.input_count(), 3u);
}

TEST(DecodeEmbeddingRequest, ArrayOfTokenIdsIsOneInput) {
  auto r = decode_ok(with_input("[1, 2, 3.0, 2147483647]"));
  EXPECT_EQ(r.form, EmbeddingInputForm::tokens);
  EXPECT_TRUE(r.token_input());
  ASSERT_EQ(r.tokens.size(), 1u);
  EXPECT_EQ(r.tokens[0], (std::vector<std::int64_t>{1, 2, 3, 2147483647}));
  EXPECT_EQ(r.input_count(), 1u);
}

TEST(DecodeEmbeddingRequest, ArrayOfTokenArrays) {
  auto r = decode_ok(with_input("[[5, 6], [7], [0, 1, 2]]"));
  EXPECT_EQ(r.form, EmbeddingInputForm::token_arrays);
  ASSERT_EQ(r.tokens.size(), 3u);
  EXPECT_EQ(r.tokens[1], (std::vector<std::int64_t>{7}));
  EXPECT_EQ(r.input_count(), 3u);
}

TEST(DecodeEmbeddingRequest, OptionsAndUnknownFields) {
  auto r = decode_ok(with_input(
      R"("x")",
      R"(,"encoding_format":"base64","dimensions":256,"user":"u-1","priority":{"a":[1,2]})"));
  EXPECT_EQ(r.encoding_format, EmbeddingEncoding::base64);
  EXPECT_EQ(r.dimensions, 256);
  EXPECT_EQ(r.user, "u-1");
  ASSERT_EQ(r.extra.size(), 1u);
  EXPECT_EQ(r.extra[0].first, "priority");
  EXPECT_EQ(r.extra[0].second, R"({"a":[1,2]})");

  auto f = decode_ok(with_input(R"("x")", R"(,"encoding_format":"float","dimensions":8.0)"));
  EXPECT_EQ(f.encoding_format, EmbeddingEncoding::float_);
  EXPECT_EQ(f.dimensions, 8);

  auto nulls =
      decode_ok(with_input(R"("x")", R"(,"encoding_format":null,"dimensions":null,"user":null)"));
  EXPECT_FALSE(nulls.encoding_format);
  EXPECT_FALSE(nulls.dimensions);
  EXPECT_EQ(nulls.user, "");
}

TEST(DecodeEmbeddingRequest, AsManyInputsAsAllowed) {
  std::string many = "[";
  for (std::size_t i = 0; i < kMaxEmbeddingInputs; ++i) many += (i ? ",\"t\"" : "\"t\"");
  many += "]";
  EXPECT_EQ(decode_ok(with_input(many)).texts.size(), kMaxEmbeddingInputs);
}

// ---------------------------------------------------------------------------
// decode_embedding_request: errors

TEST(DecodeEmbeddingRequestErrors, BodyProblems) {
  EXPECT_TRUE(Rejects("", "", {"The request body is empty", "'model' and 'input'"}));
  EXPECT_TRUE(Rejects(R"({"model":)", "", {"could not parse the JSON body", "not valid JSON"}));
  EXPECT_TRUE(Rejects("[1]", "", {"must be a JSON object", "an array"}));
}

TEST(DecodeEmbeddingRequestErrors, ModelIsRequired) {
  EXPECT_TRUE(Rejects(R"({"input":"x"})", "model", {"Missing required parameter: 'model'"},
                      "missing_required_parameter"));
  EXPECT_TRUE(Rejects(R"({"model":"","input":"x"})", "model", {"empty string"}));
  EXPECT_TRUE(Rejects(R"({"model":7,"input":"x"})", "model", {"expected a string", "an integer"},
                      "invalid_type"));
}

TEST(DecodeEmbeddingRequestErrors, InputIsRequiredAndNotEmpty) {
  EXPECT_TRUE(Rejects(R"({"model":"m"})", "input",
                      {"Missing required parameter: 'input'", "\"input\": \""},
                      "missing_required_parameter"));
  EXPECT_TRUE(
      Rejects(with_input(R"("")"), "input", {"empty string", "non-empty text"}, "empty_string"));
  EXPECT_TRUE(
      Rejects(with_input("[]"), "input", {"empty array", "at least one input"}, "empty_array"));
  EXPECT_TRUE(Rejects(with_input(R"(["a", ""])"), "input[1]", {"empty string"}, "empty_string"));
  EXPECT_TRUE(
      Rejects(with_input("[[1], []]"), "input[1]", {"empty array of token ids"}, "empty_array"));
}

TEST(DecodeEmbeddingRequestErrors, InputOfTheWrongType) {
  EXPECT_TRUE(Rejects(with_input("null"), "input",
                      {"expected a string, an array of strings, an array of token ids", "null"},
                      "invalid_type"));
  EXPECT_TRUE(Rejects(with_input(R"({"text":"x"})"), "input", {"an object"}, "invalid_type"));
  EXPECT_TRUE(Rejects(with_input("[true]"), "input[0]", {"a boolean"}, "invalid_type"));
  EXPECT_TRUE(Rejects(with_input(R"([{"text":"x"}])"), "input[0]", {"an object"}, "invalid_type"));
}

TEST(DecodeEmbeddingRequestErrors, MixedInputFormsNameTheElement) {
  EXPECT_TRUE(Rejects(with_input(R"(["a", 3])"), "input[1]",
                      {"expected a string", "do not mix texts and tokens", "an integer"},
                      "invalid_type"));
  EXPECT_TRUE(
      Rejects(with_input(R"([1, "a"])"), "input[1]", {"a token id", "a string"}, "invalid_type"));
  EXPECT_TRUE(
      Rejects(with_input(R"([[1], 2])"), "input[1]", {"an array of token ids"}, "invalid_type"));
  EXPECT_TRUE(Rejects(with_input(R"([[1], ["a"]])"), "input[1][0]", {"a token id", "a string"},
                      "invalid_type"));
}

TEST(DecodeEmbeddingRequestErrors, TokenIdsMustBeNonNegativeIntegers) {
  EXPECT_TRUE(
      Rejects(with_input("[1, -2]"), "input[1]", {"0 to 2147483647", "-2"}, "invalid_value"));
  EXPECT_TRUE(Rejects(with_input("[1.5]"), "input[0]", {"a token id", "1.5"}, "invalid_value"));
  EXPECT_TRUE(Rejects(with_input("[2147483648]"), "input[0]", {"2147483648"}, "invalid_value"));
  EXPECT_TRUE(Rejects(with_input("[[3], [18446744073709551615]]"), "input[1][0]",
                      {"18446744073709551615"}, "invalid_value"));
}

TEST(DecodeEmbeddingRequestErrors, TooManyInputs) {
  std::string texts = "[";
  std::string arrays = "[";
  for (std::size_t i = 0; i <= kMaxEmbeddingInputs; ++i) {
    texts += (i ? ",\"t\"" : "\"t\"");
    arrays += (i ? ",[1]" : "[1]");
  }
  texts += "]";
  arrays += "]";
  EXPECT_TRUE(Rejects(with_input(texts), "input", {"more than 2048 inputs", "split"},
                      "array_above_max_length"));
  EXPECT_TRUE(
      Rejects(with_input(arrays), "input", {"more than 2048 inputs"}, "array_above_max_length"));
}

TEST(DecodeEmbeddingRequestErrors, EncodingFormat) {
  EXPECT_TRUE(Rejects(with_input(R"("x")", R"(,"encoding_format":"int8")"), "encoding_format",
                      {"'int8'", "'float' and 'base64'"}, "invalid_value"));
  EXPECT_TRUE(Rejects(with_input(R"("x")", R"(,"encoding_format":1)"), "encoding_format",
                      {"expected a string"}, "invalid_type"));
}

TEST(DecodeEmbeddingRequestErrors, Dimensions) {
  EXPECT_TRUE(Rejects(with_input(R"("x")", R"(,"dimensions":0)"), "dimensions",
                      {"expected an integer >= 1", "got 0", "Leave it out"},
                      "integer_below_min_value"));
  EXPECT_TRUE(Rejects(with_input(R"("x")", R"(,"dimensions":"256")"), "dimensions",
                      {"a positive integer", "a string"}, "invalid_type"));
  EXPECT_TRUE(Rejects(with_input(R"("x")", R"(,"dimensions":1.5)"), "dimensions",
                      {"a positive integer"}, "invalid_type"));
  EXPECT_TRUE(Rejects(with_input(R"("x")", R"(,"dimensions":99999999999)"), "dimensions",
                      {"too large"}, "integer_above_max_value"));
}

TEST(DecodeEmbeddingRequestErrors, User) {
  EXPECT_TRUE(
      Rejects(with_input(R"("x")", R"(,"user":42)"), "user", {"a string or null"}, "invalid_type"));
}

// ---------------------------------------------------------------------------
// encode_embedding_request

::testing::AssertionResult SameJson(std::string_view actual, std::string_view expected) {
  dom::parser pa, pb;
  dom::element a, b;
  if (pa.parse(actual.data(), actual.size(), true).get(a))
    return ::testing::AssertionFailure() << "not JSON: " << actual;
  if (pb.parse(expected.data(), expected.size(), true).get(b))
    return ::testing::AssertionFailure() << "expected is not JSON: " << expected;
  // Minified texts compare equal when the documents are equal (members in order).
  if (simdjson::minify(a) == simdjson::minify(b)) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure()
         << "\n  actual:   " << actual << "\n  expected: " << expected;
}

TEST(EncodeEmbeddingRequest, KeepsTheClientsShapeAndReplacesTheModel) {
  const std::pair<std::string, std::string> cases[] = {
      {R"("one")", R"("one")"},
      {R"(["a","b"])", R"(["a","b"])"},
      {"[1,2,3]", "[1,2,3]"},
      {"[[1],[2,3]]", "[[1],[2,3]]"},
  };
  for (const auto& [in, out] : cases) {
    auto r = decode_ok(with_input(in));
    EXPECT_TRUE(SameJson(encode_embedding_request(r, "upstream-model"),
                         R"({"model":"upstream-model","input":)" + out + "}"));
  }
}

TEST(EncodeEmbeddingRequest, CarriesOptionsAndUnknownFields) {
  auto r = decode_ok(with_input(
      R"("x")", R"(,"encoding_format":"base64","dimensions":64,"user":"u","extra_body":{"k":1})"));
  EXPECT_TRUE(
      SameJson(encode_embedding_request(r, ""),
               R"({"model":"text-embedding-3-small","input":"x","encoding_format":"base64",)"
               R"("dimensions":64,"user":"u","extra_body":{"k":1}})"));
}

// ---------------------------------------------------------------------------
// base64

TEST(Float32Base64, KnownBytesLittleEndian) {
  // Python: base64.b64encode(struct.pack('<3f', 1.0, -2.0, 0.5))
  EXPECT_EQ(encode_float32_base64({1.0f, -2.0f, 0.5f}), "AACAPwAAAMAAAAA/");
  EXPECT_EQ(encode_float32_base64({1.0f}), "AACAPw==");
  EXPECT_EQ(encode_float32_base64({0.25f, -0.125f}), "AACAPgAAAL4=");
  EXPECT_EQ(encode_float32_base64({}), "");
  EXPECT_EQ(decode_float32_base64("AACAPwAAAMAAAAA/"), (std::vector<float>{1.0f, -2.0f, 0.5f}));
  EXPECT_EQ(decode_float32_base64("AACAPw=="), (std::vector<float>{1.0f}));
  EXPECT_EQ(decode_float32_base64("AACAPw"), (std::vector<float>{1.0f}));  // unpadded
}

TEST(Float32Base64, RoundTripsEveryLengthAndValue) {
  std::vector<float> v;
  for (int n = 0; n < 40; ++n) {
    auto back = decode_float32_base64(encode_float32_base64(v));
    ASSERT_TRUE(back) << n;
    ASSERT_EQ(back->size(), v.size());
    for (std::size_t i = 0; i < v.size(); ++i) EXPECT_EQ((*back)[i], v[i]);
    v.push_back(std::sin(static_cast<float>(n) * 1.7f) *
                std::pow(10.0f, static_cast<float>(n % 7 - 3)));
  }
  v = {std::numeric_limits<float>::denorm_min(), -0.0f, std::numeric_limits<float>::max()};
  auto back = decode_float32_base64(encode_float32_base64(v));
  ASSERT_TRUE(back);
  EXPECT_EQ(*back, v);
  EXPECT_TRUE(std::signbit((*back)[1]));
}

TEST(Float32Base64, RejectsWhatIsNotWholeFloats) {
  EXPECT_FALSE(decode_float32_base64("AACA"));      // 3 bytes
  EXPECT_FALSE(decode_float32_base64("AACAP"));     // impossible length
  EXPECT_FALSE(decode_float32_base64("AAC@Pw=="));  // not base64
}

// ---------------------------------------------------------------------------
// decode_embedding_response (tolerant) and encode_embedding_response

TEST(DecodeEmbeddingResponse, NumbersOrBase64PlacedByIndex) {
  auto r = decode_embedding_response(
      R"({"object":"list","data":[)"
      R"({"object":"embedding","index":1,"embedding":"AACAPwAAAMA="},)"
      R"({"object":"embedding","index":0,"embedding":[0.5,-0.25,1]}],)"
      R"("model":"text-embedding-3-small","usage":{"prompt_tokens":5,"total_tokens":5}})");
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->model, "text-embedding-3-small");
  ASSERT_EQ(r->data.size(), 2u);
  EXPECT_EQ(r->data[0], (std::vector<float>{0.5f, -0.25f, 1.0f}));
  EXPECT_EQ(r->data[1], (std::vector<float>{1.0f, -2.0f}));
  EXPECT_EQ(r->usage.input_tokens, 5);
  EXPECT_EQ(r->usage.total_tokens, 5);
}

TEST(DecodeEmbeddingResponse, MissingIndexMeansPositionAndUsageIsOptional) {
  auto r = decode_embedding_response(R"({"data":[{"embedding":[1]},{"embedding":[2]}]})");
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->data[1], (std::vector<float>{2.0f}));
  EXPECT_EQ(r->usage.input_tokens, 0);
}

TEST(DecodeEmbeddingResponse, BrokenAnswersAre502) {
  for (std::string_view body :
       {"not json", "[]", R"({"object":"list"})", R"({"data":[1]})",
        R"({"data":[{"index":0,"embedding":"@@"}]})", R"({"data":[{"index":0,"embedding":{}}]})",
        R"({"data":[{"index":3,"embedding":[1]}]})",
        R"({"data":[{"index":0,"embedding":[1]},{"index":0,"embedding":[2]}]})",
        R"({"data":[{"index":0,"embedding":[1,"x"]}]})"}) {
    auto r = decode_embedding_response(body);
    ASSERT_FALSE(r.ok()) << body;
    EXPECT_EQ(r.error().status, 502) << body;
  }
  auto err = decode_embedding_response(
      R"({"error":{"message":"overloaded","type":"server_error","param":null,"code":null}})");
  ASSERT_FALSE(err.ok());
  EXPECT_NE(err.error().message.find("overloaded"), std::string::npos);
  EXPECT_TRUE(err.error().retryable);
}

TEST(EncodeEmbeddingResponse, FloatsInOpenAIsShape) {
  core::EmbeddingResponse resp;
  resp.model = "m";
  resp.data = {{0.1f, -2.5f}, {3.0f}};
  resp.usage.input_tokens = 7;
  resp.usage.total_tokens = 7;
  const std::string body = encode_embedding_response(resp, EmbeddingEncoding::float_);
  EXPECT_TRUE(SameJson(body, R"({"object":"list","data":[)"
                             R"({"object":"embedding","index":0,"embedding":[0.1,-2.5]},)"
                             R"({"object":"embedding","index":1,"embedding":[3]}],)"
                             R"("model":"m","usage":{"prompt_tokens":7,"total_tokens":7}})"))
      << body;
  // Shortest text that reads back as the same float32.
  EXPECT_NE(body.find("[0.1,-2.5]"), std::string::npos) << body;
  auto back = decode_embedding_response(body);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back->data, resp.data);
}

TEST(EncodeEmbeddingResponse, Base64RoundTripsThroughTheDecoder) {
  core::EmbeddingResponse resp;
  resp.model = "m";
  for (int i = 0; i < 3; ++i) {
    auto& v = resp.data.emplace_back();
    for (int j = 0; j < 17; ++j) v.push_back(std::cos(static_cast<float>(i * 31 + j)) / 3.0f);
  }
  const std::string body = encode_embedding_response(resp, EmbeddingEncoding::base64);
  EXPECT_EQ(body.find("[0."), std::string::npos) << "vectors are strings, not arrays";
  auto back = decode_embedding_response(body);
  ASSERT_TRUE(back.ok()) << back.error().message;
  EXPECT_EQ(back->data, resp.data);
}

TEST(EncodeEmbeddingResponse, NonFiniteComponentsStayValidJson) {
  core::EmbeddingResponse resp;
  resp.data = {{std::nanf(""), 1.0f, -INFINITY}};
  const std::string body = encode_embedding_response(resp, EmbeddingEncoding::float_);
  EXPECT_TRUE(SameJson(body, body)) << body;
  EXPECT_NE(body.find("[0,1,0]"), std::string::npos) << body;
}

}  // namespace
}  // namespace switchyard::api::openai
