#include "switchyard/models/model_store.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>
#include <map>

#include "support/gguf_builder.hpp"

namespace switchyard::models {
namespace {

using testing::GgufBuilder;
using testing::tiny_llama_gguf;

EnvLookup fake_env(std::map<std::string, std::string> vars) {
  auto shared = std::make_shared<std::map<std::string, std::string>>(std::move(vars));
  return [shared](const char* name) -> const char* {
    auto it = shared->find(name);
    return it == shared->end() ? nullptr : it->second.c_str();
  };
}

TEST(ModelStore, StoreDirectoryPrecedence) {
  auto all = fake_env(
      {{"SWITCHYARD_MODEL_STORE", "/env/store"}, {"XDG_DATA_HOME", "/xdg"}, {"HOME", "/home/u"}});
  EXPECT_EQ(resolve_store_dir("/flag", all)->path, "/flag");
  EXPECT_EQ(resolve_store_dir("/flag", all)->chosen_by, "--store");
  EXPECT_EQ(resolve_store_dir("", all)->path, "/env/store");
  EXPECT_EQ(resolve_store_dir("", all)->chosen_by, "$SWITCHYARD_MODEL_STORE");
  auto xdg = fake_env({{"XDG_DATA_HOME", "/xdg"}, {"HOME", "/home/u"}});
  EXPECT_EQ(resolve_store_dir("", xdg)->path, "/xdg/switchyard/models");
  // A relative XDG_DATA_HOME is invalid per the XDG spec and ignored; empty is unset.
  auto rel = fake_env(
      {{"XDG_DATA_HOME", "relative"}, {"SWITCHYARD_MODEL_STORE", ""}, {"HOME", "/home/u"}});
  EXPECT_EQ(resolve_store_dir("", rel)->path, "/home/u/.local/share/switchyard/models");
  EXPECT_EQ(resolve_store_dir("", rel)->chosen_by, "$HOME");
  auto none = resolve_store_dir("", fake_env({}));
  ASSERT_FALSE(none.ok());
  EXPECT_NE(none.error().message.find("--store"), std::string::npos);
}

TEST(ModelStore, StoreNames) {
  EXPECT_FALSE(store_name_problem("Llama-3.2-1B-Instruct-Q4_K_M.gguf"));
  EXPECT_TRUE(store_name_problem(""));
  EXPECT_TRUE(store_name_problem("../evil.gguf"));
  EXPECT_TRUE(store_name_problem("a/b.gguf"));
  EXPECT_TRUE(store_name_problem(".hidden.gguf"));
  EXPECT_TRUE(store_name_problem("model.bin"));
  EXPECT_TRUE(store_name_problem(".gguf"));
  EXPECT_NE(store_name_problem("model.bin")->find(".gguf"), std::string::npos);
}

TEST(ModelStore, SummaryFromFileType) {
  auto h = parse_gguf_header(tiny_llama_gguf().build());
  ASSERT_TRUE(h.ok()) << h.error().message;
  const auto s = summarize(*h);
  EXPECT_EQ(s.architecture, "llama");
  EXPECT_EQ(s.name, "Tiny Test Llama");
  EXPECT_EQ(s.quantization, "Q8_0");
  EXPECT_FALSE(s.quantization_from_tensors);
  EXPECT_EQ(s.parameters, 64000u + 64 + 16384 + 64);
  EXPECT_EQ(s.context_length, 4096u);
  EXPECT_EQ(s.gguf_version, 3u);
  EXPECT_EQ(s.tensor_count, 4u);
  EXPECT_EQ(format_parameters(s.parameters), "80.5K");
}

TEST(ModelStore, SummaryFallsBackToTheMostCommonWeightType) {
  GgufBuilder b;  // no general.file_type; F32 norms outnumber nothing: 1-D tensors do not count
  b.str("general.architecture", "qwen2")
      .tensor("a.weight", {64, 64}, GgufBuilder::kTensorQ4_0)
      .tensor("b.weight", {64, 16}, GgufBuilder::kTensorF16)
      .tensor("big_norm", {8192}, GgufBuilder::kTensorF32);
  auto h = parse_gguf_header(b.build());
  ASSERT_TRUE(h.ok()) << h.error().message;
  const auto s = summarize(*h);
  EXPECT_EQ(s.quantization, "Q4_0");
  EXPECT_TRUE(s.quantization_from_tensors);
  EXPECT_FALSE(s.context_length);  // no qwen2.context_length
  EXPECT_EQ(s.parameters, 4096u + 1024 + 8192);

  GgufBuilder unknown;  // a file_type this table does not know: also from tensors
  unknown.u32("general.file_type", 999).tensor("w", {32, 2}, GgufBuilder::kTensorQ8_0);
  auto hu = parse_gguf_header(unknown.build());
  ASSERT_TRUE(hu.ok());
  EXPECT_EQ(summarize(*hu).quantization, "Q8_0");

  GgufBuilder guessed;
  guessed.u32("general.file_type", 1024 | 15);
  auto hg = parse_gguf_header(guessed.build());
  ASSERT_TRUE(hg.ok());
  EXPECT_EQ(summarize(*hg).quantization, "Q4_K_M");
  EXPECT_EQ(summarize(*hg).parameters, 0u);
}

TEST(ModelStore, FormatsParametersAndBytes) {
  EXPECT_EQ(format_parameters(0), "0");
  EXPECT_EQ(format_parameters(999), "999");
  EXPECT_EQ(format_parameters(1000), "1.00K");
  EXPECT_EQ(format_parameters(999'999), "1.00M");
  EXPECT_EQ(format_parameters(124'439'808), "124M");
  EXPECT_EQ(format_parameters(1'235'814'400), "1.24B");
  EXPECT_EQ(format_parameters(8'030'261'248), "8.03B");
  EXPECT_EQ(format_parameters(70'553'706'496), "70.6B");
  EXPECT_EQ(format_parameters(405'000'000'000), "405B");
  EXPECT_EQ(format_parameters(1'600'000'000'000), "1.60T");
  EXPECT_EQ(format_bytes(512), "512 B");
  EXPECT_EQ(format_bytes(1536), "1.50 KiB");
  EXPECT_EQ(format_bytes(807'694'336), "770 MiB");
  EXPECT_EQ(format_bytes(4'920'000'000), "4.58 GiB");
}

class StoreDirTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("switchyard-store-test-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_ / "sub");
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  void write(const std::string& name, const std::string& bytes) {
    std::ofstream(dir_ / name, std::ios::binary) << bytes;
  }
  std::filesystem::path dir_;
};

TEST_F(StoreDirTest, ListsModelsPartialDownloadsAndBrokenFiles) {
  const std::string good = tiny_llama_gguf().build();
  write("tiny.gguf", good);
  write("sub/nested.gguf", good);
  write("broken.gguf", good.substr(0, 300));
  write("html.gguf", "<html>404</html>");
  write("next.gguf.part", good.substr(0, 1000));
  write("notes.txt", "not a model");
  write(".hidden.gguf", good);

  auto listing = list_store(dir_);
  ASSERT_TRUE(listing.ok()) << listing.error().message;
  ASSERT_EQ(listing->models.size(), 4u);
  EXPECT_EQ(listing->models[0].name, "broken.gguf");
  EXPECT_EQ(listing->models[1].name, "html.gguf");
  EXPECT_EQ(listing->models[2].name, "sub/nested.gguf");
  EXPECT_EQ(listing->models[3].name, "tiny.gguf");

  const auto& broken = listing->models[0];
  EXPECT_FALSE(broken.summary);
  EXPECT_EQ(broken.size_bytes, 300u);
  EXPECT_NE(broken.error.find("truncated"), std::string::npos) << broken.error;
  EXPECT_EQ(broken.error.find(dir_.string()), std::string::npos)
      << "path repeated: " << broken.error;
  EXPECT_NE(listing->models[1].error.find("not a GGUF"), std::string::npos);

  const auto& tiny = listing->models[3];
  ASSERT_TRUE(tiny.summary);
  EXPECT_EQ(tiny.size_bytes, good.size());
  EXPECT_EQ(tiny.summary->architecture, "llama");
  EXPECT_EQ(tiny.summary->quantization, "Q8_0");

  ASSERT_EQ(listing->partial.size(), 1u);
  EXPECT_EQ(listing->partial[0].name, "next.gguf");
  EXPECT_EQ(listing->partial[0].size_bytes, 1000u);
}

TEST_F(StoreDirTest, MissingStoreIsEmptyAndAFileIsAnError) {
  auto missing = list_store(dir_ / "nope");
  ASSERT_TRUE(missing.ok());
  EXPECT_TRUE(missing->models.empty());
  write("file", "x");
  EXPECT_FALSE(list_store(dir_ / "file").ok());
}

}  // namespace
}  // namespace switchyard::models
