// The GGUF reader against llama.cpp's own writer and reader, where llama.cpp
// is built (SWITCHYARD_LLAMA_VOCAB is defined then).
#ifdef SWITCHYARD_LLAMA_VOCAB

#include <ggml.h>
#include <gguf.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <cctype>
#include <filesystem>
#include <memory>

#include "support/gguf_builder.hpp"
#include "switchyard/local/random_model.hpp"
#include "switchyard/models/gguf_header.hpp"
#include "switchyard/models/gguf_types.hpp"
#include "switchyard/models/model_store.hpp"

namespace switchyard::models {
namespace {

struct GgufFree {
  void operator()(gguf_context* c) const { gguf_free(c); }
};
using GgufPtr = std::unique_ptr<gguf_context, GgufFree>;

std::string upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

// Same keys, tensors, types, offsets and data offset as ggml's reader.
void expect_same_as_ggml(const GgufHeader& h, gguf_context* g) {
  ASSERT_EQ(h.version, gguf_get_version(g));
  ASSERT_EQ(h.metadata.size(), static_cast<std::size_t>(gguf_get_n_kv(g)));
  for (std::size_t i = 0; i < h.metadata.size(); ++i)
    EXPECT_EQ(h.metadata[i].key, gguf_get_key(g, static_cast<int64_t>(i)));
  ASSERT_EQ(h.tensors.size(), static_cast<std::size_t>(gguf_get_n_tensors(g)));
  for (std::size_t i = 0; i < h.tensors.size(); ++i) {
    const auto id = static_cast<int64_t>(i);
    EXPECT_EQ(h.tensors[i].name, gguf_get_tensor_name(g, id));
    EXPECT_EQ(h.tensors[i].type, static_cast<std::uint32_t>(gguf_get_tensor_type(g, id)));
    EXPECT_EQ(h.tensors[i].offset, gguf_get_tensor_offset(g, id));
    EXPECT_EQ(h.tensors[i].bytes, gguf_get_tensor_size(g, id)) << h.tensors[i].name;
  }
  if (!h.tensors.empty()) {
    EXPECT_EQ(h.data_offset, gguf_get_data_offset(g));
  }
}

class RandomModelTest : public ::testing::TestWithParam<local::WeightType> {};

TEST_P(RandomModelTest, ReadsWhatLlamaCppWrites) {
  const auto dir = std::filesystem::temp_directory_path() /
                   ("switchyard-gguf-llama-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const auto path = dir / "model.gguf";
  local::RandomModelSpec spec;
  spec.weight_type = GetParam();
  spec.context_length = 8192;
  auto info = local::write_random_model(spec, SWITCHYARD_LLAMA_VOCAB, path.string());
  ASSERT_TRUE(info.ok()) << info.error().message;

  auto h = read_gguf_header(path);
  ASSERT_TRUE(h.ok()) << h.error().message;
  GgufPtr g(gguf_init_from_file(path.c_str(), {true, nullptr}));
  ASSERT_TRUE(g);
  expect_same_as_ggml(*h, g.get());

  const auto s = summarize(*h);
  EXPECT_EQ(s.architecture, "llama");
  EXPECT_EQ(s.name, spec.name);
  EXPECT_EQ(s.quantization, upper(local::to_string(spec.weight_type)));
  EXPECT_FALSE(s.quantization_from_tensors);
  EXPECT_EQ(s.parameters, info->n_params);
  EXPECT_EQ(s.context_length, 8192u);
  EXPECT_EQ(h->file_size, info->file_bytes);

  // Cut the real file in its header and in its data: both are errors.
  const auto cut = dir / "cut.gguf";
  for (std::uint64_t len : {std::uint64_t{1000}, h->data_offset + 10, info->file_bytes - 1}) {
    std::filesystem::copy_file(path, cut, std::filesystem::copy_options::overwrite_existing);
    std::filesystem::resize_file(cut, len);
    auto broken = read_gguf_header(cut);
    ASSERT_FALSE(broken.ok()) << "cut at " << len;
    EXPECT_NE(broken.error().message.find("truncated"), std::string::npos)
        << broken.error().message;
  }
  std::filesystem::remove_all(dir);
}

INSTANTIATE_TEST_SUITE_P(WeightTypes, RandomModelTest,
                         ::testing::Values(local::WeightType::f32, local::WeightType::f16,
                                           local::WeightType::q8_0, local::WeightType::q4_0));

// The test builder writes what ggml reads (ggml refuses nested arrays, which
// the format allows and our reader skips, so they are left out here).
TEST(GgufLlama, BuiltFilesAreValidForGgml) {
  const std::string file = testing::tiny_llama_gguf().build();
  auto h = parse_gguf_header(file);
  ASSERT_TRUE(h.ok()) << h.error().message;
  GgufPtr g(gguf_init_from_buffer(file.data(), file.size(), {true, nullptr}));
  ASSERT_TRUE(g);
  expect_same_as_ggml(*h, g.get());
}

TEST(GgufLlama, TypeTableMatchesGgml) {
  for (int t = 0; t < GGML_TYPE_COUNT; ++t) {
    const auto* traits = ggml_get_type_traits(static_cast<ggml_type>(t));
    auto ours = tensor_type_traits(static_cast<std::uint32_t>(t));
    if (traits->blck_size == 0) {
      EXPECT_FALSE(ours) << "type " << t << " was removed from ggml";
      continue;
    }
    ASSERT_TRUE(ours) << "type " << t << " (" << traits->type_name << ") missing";
    EXPECT_EQ(ours->block_size, static_cast<std::uint32_t>(traits->blck_size)) << t;
    EXPECT_EQ(ours->type_size, traits->type_size) << t;
    EXPECT_EQ(std::string(ours->name), upper(traits->type_name)) << t;
  }
  EXPECT_FALSE(tensor_type_traits(GGML_TYPE_COUNT));
}

}  // namespace
}  // namespace switchyard::models

#endif  // SWITCHYARD_LLAMA_VOCAB
