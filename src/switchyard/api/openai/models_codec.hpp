// OpenAI `GET /v1/models` (list) and `GET /v1/models/{id}` (retrieve) formats.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace switchyard::api::openai {

struct ModelEntry {
  std::string id;
  std::string owned_by;
};

// {"object":"list","data":[{"id","object":"model","created":0,"owned_by"}]}
std::string encode_model_list(const std::vector<ModelEntry>& models);

// One model object: {"id","object":"model","created":0,"owned_by"}.
std::string encode_model(const ModelEntry& model);

// The model id in the path of `GET /v1/models/{id}`: everything after the
// prefix, percent-decoded. Ids may hold '/', sent as is (`org/model`) or
// escaped (`org%2Fmodel`, as the openai SDKs send it); a '%' not followed by
// two hex digits stays as it is.
std::string model_id_from_path(std::string_view rest);

}  // namespace switchyard::api::openai
