// Azure OpenAI's routes on the fake OpenAI upstream: the same answers (the
// model-name behaviours of fake_openai_upstream.hpp) behind Azure's
// addressing, so the gateway's azure_openai providers are tested against
// what Azure checks before it answers:
//
//   POST /openai/deployments/{deployment}/chat/completions?api-version=V
//   POST /openai/deployments/{deployment}/embeddings?api-version=V
//
// with the key in an `api-key` header. What Azure refuses is refused the
// way Azure does: no api-version → 404 {"error":{"code":"404","message":
// "Resource not found"}}; no api-key → 401 {"error":{"code":"401","message":
// "Access denied due to invalid subscription key..."}}, as is the key
// "fail-auth" (an Authorization header is not read); a deployment name
// that is not one path segment → 404 DeploymentNotFound.
#pragma once

#include <string>
#include <string_view>

namespace switchyard::testing {

struct AzureRoute {
  std::string deployment;  // percent-decoded
  std::string operation;   // "chat/completions" or "embeddings"
  std::string api_version;
  // Set when Azure would refuse the request: its status and body.
  unsigned status = 0;
  std::string error_body;
};

// Whether `target` (path + query) is under Azure's /openai/ prefix at all.
bool is_azure_target(std::string_view target);

// Reads an Azure target and the request's api-key header.
AzureRoute azure_route(std::string_view target, std::string_view api_key);

}  // namespace switchyard::testing
