// Azure OpenAI's addressing. Azure serves OpenAI's Chat Completions and
// Embeddings bodies unchanged, but a resource names its models by
// deployment, in the path, and every URL carries the API version:
//
//   {endpoint}/openai/deployments/{deployment}/chat/completions?api-version=V
//   {endpoint}/openai/deployments/{deployment}/embeddings?api-version=V
//
// with the key in an `api-key` header instead of Authorization. The
// OpenAI-compatible adapter does the rest (openai_compatible.hpp): a
// deployment's `model` in the config is the Azure deployment's name.
#pragma once

#include <string>
#include <string_view>

namespace switchyard::providers {

// The request target (below the endpoint's path) of `operation`
// ("chat/completions", "embeddings") on `deployment`; the deployment name and
// the version are percent-encoded where they hold anything but unreserved
// characters (RFC 3986), so no name can add a path segment or a parameter
// (a name of dots only, a path step, is encoded whole).
std::string azure_target(std::string_view deployment, std::string_view operation,
                         std::string_view api_version);

// `s` with every byte outside RFC 3986's unreserved set as %XX.
std::string percent_encode(std::string_view s);

}  // namespace switchyard::providers
