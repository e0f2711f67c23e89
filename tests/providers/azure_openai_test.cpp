// Azure OpenAI's addressing: the deployment in the path, the api-version in
// the query, every name percent-encoded so it stays one path segment.
#include "switchyard/providers/azure_openai.hpp"

#include <gtest/gtest.h>

namespace switchyard::providers {
namespace {

TEST(AzureOpenAI, ChatAndEmbeddingsTargets) {
  EXPECT_EQ(azure_target("gpt-4o-prod", "chat/completions", "2024-10-21"),
            "/openai/deployments/gpt-4o-prod/chat/completions?api-version=2024-10-21");
  EXPECT_EQ(azure_target("text-embedding-3-small", "embeddings", "2024-06-01"),
            "/openai/deployments/text-embedding-3-small/embeddings?api-version=2024-06-01");
}

TEST(AzureOpenAI, NamesCannotAddSegmentsOrParameters) {
  EXPECT_EQ(azure_target("a/../b?x=1#f", "embeddings", "v&k=1"),
            "/openai/deployments/a%2F..%2Fb%3Fx%3D1%23f/embeddings?api-version=v%26k%3D1");
  EXPECT_EQ(azure_target("..", "chat/completions", "v"),
            "/openai/deployments/%2E%2E/chat/completions?api-version=v");
  EXPECT_EQ(azure_target(".", "chat/completions", "v"),
            "/openai/deployments/%2E/chat/completions?api-version=v");
  EXPECT_EQ(azure_target("gpt-4.1", "chat/completions", "v"),
            "/openai/deployments/gpt-4.1/chat/completions?api-version=v");
}

TEST(AzureOpenAI, PercentEncodesAllButUnreserved) {
  EXPECT_EQ(percent_encode("AZaz09-._~"), "AZaz09-._~");
  EXPECT_EQ(percent_encode(" %\xc3\xa9"), "%20%25%C3%A9");
  EXPECT_EQ(percent_encode(std::string("a\0b", 3)), "a%00b");
}

}  // namespace
}  // namespace switchyard::providers
