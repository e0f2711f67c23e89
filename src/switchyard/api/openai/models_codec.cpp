#include "switchyard/api/openai/models_codec.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace switchyard::api::openai {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void write_model(Writer& w, const ModelEntry& m) {
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

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::string encode_model_list(const std::vector<ModelEntry>& models) {
  rapidjson::StringBuffer sb;
  Writer w(sb);
  w.StartObject();
  w.Key("object");
  w.String("list");
  w.Key("data");
  w.StartArray();
  for (const auto& m : models) write_model(w, m);
  w.EndArray();
  w.EndObject();
  return std::string(sb.GetString(), sb.GetSize());
}

std::string encode_model(const ModelEntry& model) {
  rapidjson::StringBuffer sb;
  Writer w(sb);
  write_model(w, model);
  return std::string(sb.GetString(), sb.GetSize());
}

std::string model_id_from_path(std::string_view rest) {
  std::string id;
  id.reserve(rest.size());
  for (std::size_t i = 0; i < rest.size(); ++i) {
    if (rest[i] == '%' && i + 2 < rest.size()) {
      const int hi = hex_value(rest[i + 1]);
      const int lo = hex_value(rest[i + 2]);
      if (hi >= 0 && lo >= 0) {
        id += static_cast<char>(hi * 16 + lo);
        i += 2;
        continue;
      }
    }
    id += rest[i];
  }
  return id;
}

}  // namespace switchyard::api::openai
