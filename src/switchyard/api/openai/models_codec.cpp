#include "switchyard/api/openai/models_codec.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace switchyard::api::openai {

std::string encode_model_list(const std::vector<ModelEntry>& models) {
  rapidjson::StringBuffer sb;
  rapidjson::Writer<rapidjson::StringBuffer> w(sb);
  w.StartObject();
  w.Key("object");
  w.String("list");
  w.Key("data");
  w.StartArray();
  for (const auto& m : models) {
    w.StartObject();
    w.Key("id");
    w.String(m.id.data(), static_cast<rapidjson::SizeType>(m.id.size()));
    w.Key("object");
    w.String("model");
    w.Key("created");
    w.Int64(0);
    w.Key("owned_by");
    w.String(m.owned_by.data(), static_cast<rapidjson::SizeType>(m.owned_by.size()));
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return std::string(sb.GetString(), sb.GetSize());
}

}  // namespace switchyard::api::openai
