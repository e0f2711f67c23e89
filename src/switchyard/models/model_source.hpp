// Where `switchyard pull` gets a model from: a Hugging Face file
// (`hf:owner/repo[@revision]/path/file.gguf`) or any http(s) URL.
#pragma once

#include <string>
#include <string_view>

#include "switchyard/core/error.hpp"
#include "switchyard/models/environment.hpp"

namespace switchyard::models {

inline constexpr std::string_view kDefaultHuggingFaceEndpoint = "https://huggingface.co";

struct ModelSource {
  std::string url;        // what to GET
  std::string file_name;  // last path segment, decoded; "" when the URL has none
  // The URL is on the Hugging Face endpoint: its X-Linked-Etag (or ETag) is
  // the file's SHA-256, and a Hugging Face token may be sent to that origin.
  bool hugging_face = false;
  std::string hf_endpoint;  // e.g. "https://huggingface.co", no trailing slash
};

// $SWITCHYARD_HF_ENDPOINT, else $HF_ENDPOINT (huggingface_hub's variable),
// else https://huggingface.co; without a trailing slash.
std::string hugging_face_endpoint(const EnvLookup& env);

// $HF_TOKEN, else $HUGGING_FACE_HUB_TOKEN; "" when neither is set.
std::string hugging_face_token(const EnvLookup& env);

// Resolves `spec`:
//   hf:owner/repo/path/file.gguf            → <endpoint>/owner/repo/resolve/main/path/file.gguf
//   hf:owner/repo@revision/path/file.gguf   → .../resolve/<revision>/...
//   http(s)://...                           → itself; a Hugging Face page URL
//                                             (/blob/) becomes its /resolve/ URL
core::Expected<ModelSource> resolve_model_source(std::string_view spec,
                                                 std::string_view hf_endpoint);

}  // namespace switchyard::models
