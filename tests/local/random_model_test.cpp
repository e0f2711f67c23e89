#include "switchyard/local/random_model.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "local/test_model.hpp"
#include "switchyard/local/engine.hpp"

namespace switchyard::local {
namespace {

namespace fs = std::filesystem;

// The 32k-token SentencePiece vocabulary keeps these files a quarter of the
// size of the Llama 3 one the engine tests use.
std::string small_vocab() {
  return (fs::path(SWITCHYARD_LLAMA_VOCAB).parent_path() / "ggml-vocab-llama-spm.gguf").string();
}

std::string read_all(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

class RandomModelTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("switchyard-random-model-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(RandomModelTest, SameSeedWritesSameBytesAndAnotherSeedDoesNot) {
  auto spec = testing::tiny_spec();
  ASSERT_TRUE(write_random_model(spec, small_vocab(), (dir_ / "a.gguf").string()));
  ASSERT_TRUE(write_random_model(spec, small_vocab(), (dir_ / "b.gguf").string()));
  spec.seed += 1;
  ASSERT_TRUE(write_random_model(spec, small_vocab(), (dir_ / "c.gguf").string()));
  const auto a = read_all(dir_ / "a.gguf");
  EXPECT_EQ(a, read_all(dir_ / "b.gguf"));
  EXPECT_NE(a, read_all(dir_ / "c.gguf"));
  EXPECT_FALSE(fs::exists(dir_ / "a.gguf.partial"));
}

TEST_F(RandomModelTest, EveryWeightTypeLoadsWithTheRequestedShape) {
  for (auto type : {WeightType::f32, WeightType::f16, WeightType::q8_0, WeightType::q4_0}) {
    SCOPED_TRACE(to_string(type));
    RandomModelSpec spec;
    spec.n_layer = 1;
    spec.n_embd = 96;
    spec.n_head = 3;
    spec.n_head_kv = 1;
    spec.n_ff = 160;
    spec.context_length = 1024;
    spec.tie_embeddings = type != WeightType::f16;  // cover the untied layout too
    spec.weight_type = type;
    const auto path = (dir_ / (std::string(to_string(type)) + ".gguf")).string();
    auto written = write_random_model(spec, small_vocab(), path);
    ASSERT_TRUE(written) << written.error().message;
    EXPECT_EQ(written->n_vocab, 32000);

    EngineOptions o;
    o.model_path = path;
    o.n_ctx = 64;
    o.n_parallel = 1;
    o.n_batch = 64;
    o.n_threads = 1;
    auto engine = Engine::open(o);
    ASSERT_TRUE(engine) << engine.error().message;
    EXPECT_EQ((*engine)->info().n_embd, 96);
    EXPECT_EQ((*engine)->info().n_ctx_train, 1024);
    EXPECT_EQ((*engine)->info().n_params, written->n_params);
    EXPECT_TRUE((*engine)->info().has_chat_template);

    GenerationRequest r;
    r.prompt = "Hello";
    r.max_tokens = 3;
    auto out = (*engine)->generate(r);
    ASSERT_TRUE(out) << out.error().message;
    EXPECT_LE(out->finished.usage.output_tokens, 3);
  }
}

TEST_F(RandomModelTest, RejectsShapesThatCannotWork) {
  auto spec = testing::tiny_spec();
  spec.n_embd = 65;
  auto r = write_random_model(spec, SWITCHYARD_LLAMA_VOCAB, (dir_ / "x.gguf").string());
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().kind, core::ErrorKind::invalid_request);

  spec = testing::tiny_spec();
  spec.n_ff = 100;  // not a multiple of the Q8_0 block (32)
  EXPECT_FALSE(write_random_model(spec, SWITCHYARD_LLAMA_VOCAB, (dir_ / "x.gguf").string()));
}

TEST_F(RandomModelTest, MissingVocabularyIsNamed) {
  auto r = write_random_model(testing::tiny_spec(), "/nonexistent/vocab.gguf",
                              (dir_ / "x.gguf").string());
  ASSERT_FALSE(r);
  EXPECT_NE(r.error().message.find("/nonexistent/vocab.gguf"), std::string::npos);
}

TEST(WeightTypeTest, ParsesNamesCaseInsensitively) {
  WeightType t = WeightType::f32;
  EXPECT_TRUE(weight_type_from_string("Q4_0", &t));
  EXPECT_EQ(t, WeightType::q4_0);
  EXPECT_FALSE(weight_type_from_string("q5_k", &t));
}

}  // namespace
}  // namespace switchyard::local
