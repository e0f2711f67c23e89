// OpenAI `GET /v1/models` list format.
#pragma once

#include <string>
#include <vector>

namespace switchyard::api::openai {

struct ModelEntry {
  std::string id;
  std::string owned_by;
};

// {"object":"list","data":[{"id","object":"model","created":0,"owned_by"}]}
std::string encode_model_list(const std::vector<ModelEntry>& models);

}  // namespace switchyard::api::openai
