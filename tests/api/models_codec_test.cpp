// The OpenAI `GET /v1/models` list.
#include "switchyard/api/openai/models_codec.hpp"

#include <gtest/gtest.h>
#include <simdjson.h>

#include <string>
#include <string_view>

namespace switchyard::api::openai {
namespace {

namespace dom = simdjson::dom;

TEST(EncodeModelList, EmptyListHasTheListShape) {
  const std::string json = encode_model_list({});
  dom::parser parser;
  const dom::element root = parser.parse(json);
  EXPECT_EQ(std::string_view(root["object"]), "list");
  EXPECT_EQ(dom::array(root["data"]).size(), 0u);
}

TEST(EncodeModelList, EachModelIsAnOpenAIModelObjectInOrder) {
  const std::string json = encode_model_list({{"gpt-4o-mini", "switchyard"}, {"local", "acme"}});
  dom::parser parser;
  const dom::element root = parser.parse(json);
  EXPECT_EQ(std::string_view(root["object"]), "list");
  const dom::array data = root["data"];
  ASSERT_EQ(data.size(), 2u);
  const dom::element first = data.at(0);
  EXPECT_EQ(dom::object(first).size(), 4u);
  EXPECT_EQ(std::string_view(first["id"]), "gpt-4o-mini");
  EXPECT_EQ(std::string_view(first["object"]), "model");
  EXPECT_TRUE(first["created"].is_int64());
  EXPECT_EQ(int64_t(first["created"]), 0);
  EXPECT_EQ(std::string_view(first["owned_by"]), "switchyard");
  EXPECT_EQ(std::string_view(data.at(1)["id"]), "local");
  EXPECT_EQ(std::string_view(data.at(1)["owned_by"]), "acme");
}

TEST(EncodeModelList, NamesNeedingEscapesStayValidJson) {
  const std::string id = "we\"ird\\name\n\x01 é";
  const std::string json = encode_model_list({{id, ""}});
  dom::parser parser;
  dom::element root;
  ASSERT_FALSE(parser.parse(json).get(root)) << json;
  EXPECT_EQ(std::string_view(root["data"].at(0)["id"]), id);
  EXPECT_EQ(std::string_view(root["data"].at(0)["owned_by"]), "");
}

}  // namespace
}  // namespace switchyard::api::openai
