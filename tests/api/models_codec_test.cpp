// The OpenAI `GET /v1/models` list and `GET /v1/models/{id}` model object.
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

TEST(EncodeModel, OneOpenAIModelObject) {
  const std::string json = encode_model({"org/model", "switchyard"});
  dom::parser parser;
  dom::element root;
  ASSERT_FALSE(parser.parse(json).get(root)) << json;
  EXPECT_EQ(dom::object(root).size(), 4u);
  EXPECT_EQ(std::string_view(root["id"]), "org/model");
  EXPECT_EQ(std::string_view(root["object"]), "model");
  EXPECT_EQ(int64_t(root["created"]), 0);
  EXPECT_EQ(std::string_view(root["owned_by"]), "switchyard");
}

TEST(ModelIdFromPath, PercentEscapesAreDecodedAndSlashesKept) {
  EXPECT_EQ(model_id_from_path("gpt-4o-mini"), "gpt-4o-mini");
  EXPECT_EQ(model_id_from_path("org/model"), "org/model");
  EXPECT_EQ(model_id_from_path("org%2Fmodel"), "org/model");
  EXPECT_EQ(model_id_from_path("org%2fmodel"), "org/model");
  EXPECT_EQ(model_id_from_path("a%20b%3A1"), "a b:1");
  // A '%' that starts no escape stays as it is.
  EXPECT_EQ(model_id_from_path("100%"), "100%");
  EXPECT_EQ(model_id_from_path("x%4"), "x%4");
  EXPECT_EQ(model_id_from_path("%zz"), "%zz");
  EXPECT_EQ(model_id_from_path(""), "");
}

}  // namespace
}  // namespace switchyard::api::openai
