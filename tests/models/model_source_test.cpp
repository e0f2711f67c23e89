#include "switchyard/models/model_source.hpp"

#include <gtest/gtest.h>

#include <map>
#include <memory>

namespace switchyard::models {
namespace {

constexpr std::string_view kHf = "https://huggingface.co";

TEST(ModelSource, HuggingFaceFile) {
  auto s = resolve_model_source(
      "hf:bartowski/Llama-3.2-1B-Instruct-GGUF/Llama-3.2-1B-Instruct-Q4_K_M.gguf", kHf);
  ASSERT_TRUE(s.ok()) << s.error().message;
  EXPECT_EQ(s->url,
            "https://huggingface.co/bartowski/Llama-3.2-1B-Instruct-GGUF/resolve/main/"
            "Llama-3.2-1B-Instruct-Q4_K_M.gguf");
  EXPECT_EQ(s->file_name, "Llama-3.2-1B-Instruct-Q4_K_M.gguf");
  EXPECT_TRUE(s->hugging_face);
  EXPECT_EQ(s->hf_endpoint, kHf);
}

TEST(ModelSource, RevisionSubdirectoryAndEncoding) {
  auto s = resolve_model_source("hf:org/repo@v1.0/Q4_K_M/my model.gguf", "http://127.0.0.1:8080/");
  ASSERT_TRUE(s.ok()) << s.error().message;
  EXPECT_EQ(s->url, "http://127.0.0.1:8080/org/repo/resolve/v1.0/Q4_K_M/my%20model.gguf");
  EXPECT_EQ(s->file_name, "my model.gguf");
  EXPECT_EQ(s->hf_endpoint, "http://127.0.0.1:8080");

  auto slashes = resolve_model_source("hf://org/repo/f.gguf", kHf);
  ASSERT_TRUE(slashes.ok());
  EXPECT_EQ(slashes->url, "https://huggingface.co/org/repo/resolve/main/f.gguf");

  auto pr = resolve_model_source("hf:org/repo@refs%2Fpr%2F3/f.gguf", kHf);
  ASSERT_TRUE(pr.ok());
  EXPECT_EQ(pr->url, "https://huggingface.co/org/repo/resolve/refs%2Fpr%2F3/f.gguf");
}

TEST(ModelSource, MalformedSpecsSayWhatIsExpected) {
  for (const char* bad : {"hf:", "hf:owner", "hf:owner/repo", "hf:owner//f.gguf",
                          "hf:owner/repo@/f.gguf", "hf:owner/@main/f.gguf", "hf:o/r/../f.gguf"}) {
    auto s = resolve_model_source(bad, kHf);
    ASSERT_FALSE(s.ok()) << bad;
    EXPECT_NE(s.error().message.find("hf:OWNER/REPO/FILE.gguf"), std::string::npos) << bad;
  }
  for (const char* bad : {"ftp://x/y.gguf", "owner/repo/file.gguf", "model.gguf"}) {
    auto s = resolve_model_source(bad, kHf);
    ASSERT_FALSE(s.ok()) << bad;
    EXPECT_NE(s.error().message.find("http(s)://"), std::string::npos) << bad;
  }
}

TEST(ModelSource, PlainUrls) {
  auto s = resolve_model_source("http://127.0.0.1:9/models/tiny%2Dq8.gguf?sig=abc#x", kHf);
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->url, "http://127.0.0.1:9/models/tiny%2Dq8.gguf?sig=abc#x");
  EXPECT_EQ(s->file_name, "tiny-q8.gguf");
  EXPECT_FALSE(s->hugging_face);

  auto creds = resolve_model_source("https://user:pw@example.com/m.gguf", kHf);
  ASSERT_FALSE(creds.ok());
  EXPECT_NE(creds.error().message.find("credentials"), std::string::npos);
  EXPECT_TRUE(resolve_model_source("https://example.com/a@b/m.gguf", kHf).ok());

  auto root = resolve_model_source("https://example.com", kHf);
  ASSERT_TRUE(root.ok());
  EXPECT_EQ(root->file_name, "");
}

TEST(ModelSource, HuggingFacePageUrlBecomesTheFileUrl) {
  auto s = resolve_model_source("https://huggingface.co/org/repo/blob/main/sub/f.gguf", kHf);
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->url, "https://huggingface.co/org/repo/resolve/main/sub/f.gguf");
  EXPECT_EQ(s->file_name, "f.gguf");
  EXPECT_TRUE(s->hugging_face);
  auto resolve = resolve_model_source("https://huggingface.co/org/repo/resolve/main/f.gguf", kHf);
  ASSERT_TRUE(resolve.ok());
  EXPECT_EQ(resolve->url, "https://huggingface.co/org/repo/resolve/main/f.gguf");
  EXPECT_TRUE(resolve->hugging_face);
}

EnvLookup fake_env(std::map<std::string, std::string> vars) {
  auto shared = std::make_shared<std::map<std::string, std::string>>(std::move(vars));
  return [shared](const char* name) -> const char* {
    auto it = shared->find(name);
    return it == shared->end() ? nullptr : it->second.c_str();
  };
}

TEST(ModelSource, EndpointAndTokenFromTheEnvironment) {
  EXPECT_EQ(hugging_face_endpoint(fake_env({})), "https://huggingface.co");
  EXPECT_EQ(hugging_face_endpoint(fake_env({{"HF_ENDPOINT", "https://hf-mirror.com/"}})),
            "https://hf-mirror.com");
  EXPECT_EQ(hugging_face_endpoint(fake_env({{"HF_ENDPOINT", "https://hf-mirror.com"},
                                            {"SWITCHYARD_HF_ENDPOINT", "http://127.0.0.1:1"}})),
            "http://127.0.0.1:1");
  EXPECT_EQ(hugging_face_token(fake_env({})), "");
  EXPECT_EQ(hugging_face_token(fake_env({{"HUGGING_FACE_HUB_TOKEN", "old"}})), "old");
  EXPECT_EQ(hugging_face_token(fake_env({{"HUGGING_FACE_HUB_TOKEN", "old"}, {"HF_TOKEN", "new"}})),
            "new");
}

}  // namespace
}  // namespace switchyard::models
