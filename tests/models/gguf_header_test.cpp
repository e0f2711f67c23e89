#include "switchyard/models/gguf_header.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "support/gguf_builder.hpp"
#include "switchyard/models/gguf_types.hpp"

namespace switchyard::models {
namespace {

using testing::GgufBuilder;
using testing::tiny_llama_gguf;

std::string error_of(std::string_view bytes) {
  auto h = parse_gguf_header(bytes);
  EXPECT_FALSE(h.ok()) << "parsed a broken file";
  return h ? std::string() : h.error().message;
}

TEST(GgufHeader, ReadsMetadataAndTensors) {
  const std::string file = tiny_llama_gguf().build();
  auto h = parse_gguf_header(file);
  ASSERT_TRUE(h.ok()) << h.error().message;
  EXPECT_EQ(h->version, 3u);
  EXPECT_EQ(h->file_size, file.size());
  ASSERT_EQ(h->metadata.size(), 7u);
  EXPECT_EQ(h->string_value("general.architecture"), "llama");
  EXPECT_EQ(h->string_value("general.name"), "Tiny Test Llama");
  EXPECT_EQ(h->uint_value("general.file_type"), 7u);
  EXPECT_EQ(h->uint_value("llama.context_length"), 4096u);
  EXPECT_FALSE(h->uint_value("general.name"));  // a string, not an integer
  EXPECT_FALSE(h->string_value("general.nonexistent"));

  const auto* rope = h->find("llama.rope.freq_base");
  ASSERT_NE(rope, nullptr);
  EXPECT_EQ(rope->type, GgufValueType::float32);
  EXPECT_DOUBLE_EQ(std::get<double>(rope->value), 500000.0);
  const auto* tokens = h->find("tokenizer.ggml.tokens");
  ASSERT_NE(tokens, nullptr);
  ASSERT_EQ(tokens->type, GgufValueType::array);
  EXPECT_EQ(std::get<GgufArray>(tokens->value).element_type, GgufValueType::string);
  EXPECT_EQ(std::get<GgufArray>(tokens->value).count, 100u);

  ASSERT_EQ(h->tensors.size(), 4u);
  const auto& embd = h->tensors[0];
  EXPECT_EQ(embd.name, "token_embd.weight");
  EXPECT_EQ(embd.dims, (std::vector<std::uint64_t>{64, 1000}));
  EXPECT_EQ(embd.type, 8u);
  EXPECT_EQ(embd.offset, 0u);
  EXPECT_EQ(embd.elements, 64000u);
  EXPECT_EQ(embd.bytes, 64000u / 32 * 34);
  EXPECT_EQ(h->tensors[1].offset, 68000u);  // already a multiple of 32
  EXPECT_EQ(h->tensors[1].bytes, 256u);
  EXPECT_EQ(h->tensors[2].offset, 68256u);
  EXPECT_EQ(h->alignment, 32u);
  EXPECT_EQ(h->data_offset % 32, 0u);
  EXPECT_EQ(h->data_offset, (tiny_llama_gguf().header().size() + 31) / 32 * 32);
  EXPECT_EQ(h->data_offset + h->tensors[3].offset + h->tensors[3].bytes, file.size());
}

TEST(GgufHeader, ReadsEveryValueTypeAndVersion2) {
  GgufBuilder b;
  b.version = 2;
  b.raw_kv("u8", GgufBuilder::kU8, std::string(1, '\xff'))
      .raw_kv("i8", GgufBuilder::kI8, std::string(1, '\xfe'))
      .raw_kv("u16", GgufBuilder::kU16, std::string("\x34\x12", 2))
      .raw_kv("i16", GgufBuilder::kI16, std::string("\xff\xff", 2))
      .i32("i32", -5)
      .u64("u64", 1ull << 40)
      .raw_kv("i64", GgufBuilder::kI64, std::string("\xfd\xff\xff\xff\xff\xff\xff\xff", 8))
      .raw_kv("f64", GgufBuilder::kF64, std::string("\x00\x00\x00\x00\x00\x00\xf8\x3f", 8))
      .boolean("yes", true)
      .boolean("no", false)
      .str("empty", "")
      .i32_array("ints", {1, 2, 3})
      .nested_array("nested", 3, 5)
      .str_array("no_strings", {});
  auto h = parse_gguf_header(b.build());
  ASSERT_TRUE(h.ok()) << h.error().message;
  EXPECT_EQ(h->version, 2u);
  EXPECT_EQ(h->uint_value("u8"), 255u);
  EXPECT_EQ(std::get<std::int64_t>(h->find("i8")->value), -2);
  EXPECT_EQ(h->uint_value("u16"), 0x1234u);
  EXPECT_EQ(std::get<std::int64_t>(h->find("i16")->value), -1);
  EXPECT_EQ(std::get<std::int64_t>(h->find("i32")->value), -5);
  EXPECT_FALSE(h->uint_value("i32"));  // negative
  EXPECT_EQ(h->uint_value("u64"), 1ull << 40);
  EXPECT_EQ(std::get<std::int64_t>(h->find("i64")->value), -3);
  EXPECT_DOUBLE_EQ(std::get<double>(h->find("f64")->value), 1.5);
  EXPECT_TRUE(std::get<bool>(h->find("yes")->value));
  EXPECT_FALSE(std::get<bool>(h->find("no")->value));
  EXPECT_EQ(h->string_value("empty"), "");
  EXPECT_EQ(std::get<GgufArray>(h->find("ints")->value).count, 3u);
  EXPECT_EQ(std::get<GgufArray>(h->find("nested")->value).element_type, GgufValueType::array);
  EXPECT_EQ(std::get<GgufArray>(h->find("nested")->value).count, 3u);
  EXPECT_EQ(std::get<GgufArray>(h->find("no_strings")->value).count, 0u);
  EXPECT_TRUE(h->tensors.empty());
}

TEST(GgufHeader, HonoursGeneralAlignment) {
  GgufBuilder b;
  b.alignment = 64;
  b.u32("general.alignment", 64)
      .tensor("a", {32}, GgufBuilder::kTensorQ8_0)  // 34 bytes, next at 64
      .tensor("b", {16}, GgufBuilder::kTensorF32);
  auto h = parse_gguf_header(b.build());
  ASSERT_TRUE(h.ok()) << h.error().message;
  EXPECT_EQ(h->alignment, 64u);
  EXPECT_EQ(h->data_offset % 64, 0u);
  EXPECT_EQ(h->tensors[1].offset, 64u);
}

TEST(GgufHeader, RefusesWhatIsNotGguf) {
  EXPECT_NE(error_of("").find("not a GGUF file"), std::string::npos);
  EXPECT_NE(error_of("GGU").find("not a GGUF file"), std::string::npos);
  const std::string html = "<!DOCTYPE html><html><body>Repository not found</body></html>";
  EXPECT_NE(error_of(html).find("not a GGUF file"), std::string::npos);
}

TEST(GgufHeader, RefusesUnsupportedVersions) {
  for (std::uint32_t v : {0u, 1u, 4u}) {
    GgufBuilder b;
    b.version = v;
    EXPECT_NE(error_of(b.build()).find("version " + std::to_string(v)), std::string::npos);
  }
  GgufBuilder big;
  big.version = 0x03000000;  // version 3 written big-endian
  EXPECT_NE(error_of(big.build()).find("big-endian"), std::string::npos);
}

// A download cut anywhere, in the header or in the tensor data, is reported
// as truncated, and never crashes or reads past the end.
TEST(GgufHeader, EveryTruncationIsAClearError) {
  const std::string file = tiny_llama_gguf().build();
  ASSERT_TRUE(parse_gguf_header(file).ok());
  const std::size_t header = tiny_llama_gguf().header().size();
  for (std::size_t len = 0; len < file.size(); len += (len < header + 64 ? 1 : 97)) {
    // A copy of exactly `len` bytes, so a sanitizer sees any over-read.
    const std::string cut = file.substr(0, len);
    auto h = parse_gguf_header(cut);
    ASSERT_FALSE(h.ok()) << "a file cut at " << len << " bytes parsed";
    const auto& msg = h.error().message;
    if (len >= 4) {
      EXPECT_NE(msg.find("truncated"), std::string::npos) << "at " << len << ": " << msg;
    }
  }
  EXPECT_FALSE(parse_gguf_header(file.substr(0, file.size() - 1)).ok());
}

TEST(GgufHeader, TruncatedTensorDataNamesTheTensor) {
  const std::string file = tiny_llama_gguf().build();
  const std::string msg = error_of(file.substr(0, file.size() - 100));
  EXPECT_NE(msg.find("output_norm.weight"), std::string::npos) << msg;
  EXPECT_NE(msg.find("incomplete download"), std::string::npos) << msg;
}

TEST(GgufHeader, HugeLengthsAndCountsAreRejectedWithoutAllocating) {
  {  // a key claiming 2^60 bytes
    std::string f = "GGUF";
    GgufBuilder::put(f, std::uint32_t{3});
    GgufBuilder::put(f, std::uint64_t{0});
    GgufBuilder::put(f, std::uint64_t{1});
    GgufBuilder::put(f, std::uint64_t{1} << 60);
    f += "general.architecture";
    EXPECT_NE(error_of(f).find("truncated"), std::string::npos);
  }
  {  // a string value of 2^62 bytes
    GgufBuilder b;
    std::string v;
    GgufBuilder::put(v, std::uint64_t{1} << 62);
    b.raw_kv("general.name", GgufBuilder::kString, v);
    EXPECT_NE(error_of(b.build()).find("general.name"), std::string::npos);
  }
  {  // an array of 2^61 u32
    GgufBuilder b;
    std::string v;
    GgufBuilder::put(v, std::uint32_t{GgufBuilder::kU32});
    GgufBuilder::put(v, std::uint64_t{1} << 61);
    b.raw_kv("tokenizer.ggml.scores", GgufBuilder::kArray, v);
    EXPECT_NE(error_of(b.build()).find("tokenizer.ggml.scores"), std::string::npos);
  }
  {  // an array of 2^61 strings
    GgufBuilder b;
    std::string v;
    GgufBuilder::put(v, std::uint32_t{GgufBuilder::kString});
    GgufBuilder::put(v, std::uint64_t{1} << 61);
    b.raw_kv("tokenizer.ggml.tokens", GgufBuilder::kArray, v);
    EXPECT_FALSE(parse_gguf_header(b.build()).ok());
  }
  {  // counts that cannot fit
    std::string f = "GGUF";
    GgufBuilder::put(f, std::uint32_t{3});
    GgufBuilder::put(f, std::uint64_t{1} << 50);
    GgufBuilder::put(f, std::uint64_t{0});
    f += std::string(64, '\0');
    EXPECT_NE(error_of(f).find("tensor count"), std::string::npos);
    std::string g = "GGUF";
    GgufBuilder::put(g, std::uint32_t{3});
    GgufBuilder::put(g, std::uint64_t{0});
    GgufBuilder::put(g, ~std::uint64_t{0});
    g += std::string(64, '\0');
    EXPECT_NE(error_of(g).find("metadata count"), std::string::npos);
  }
}

TEST(GgufHeader, CorruptValuesAreRejected) {
  {
    GgufBuilder b;
    b.raw_kv("x", 13, std::string(8, '\0'));
    EXPECT_NE(error_of(b.build()).find("unknown value type 13"), std::string::npos);
  }
  {
    GgufBuilder b;
    std::string v;
    GgufBuilder::put(v, std::uint32_t{99});  // array of an unknown type
    GgufBuilder::put(v, std::uint64_t{1});
    b.raw_kv("x", GgufBuilder::kArray, v + std::string(8, '\0'));
    EXPECT_NE(error_of(b.build()).find("unknown value type 99"), std::string::npos);
  }
  {
    GgufBuilder b;
    b.raw_kv("flag", GgufBuilder::kBool, std::string(1, '\x02'));
    EXPECT_NE(error_of(b.build()).find("boolean"), std::string::npos);
  }
  {
    GgufBuilder b;
    std::string v;
    for (int i = 0; i < 12; ++i) {  // arrays nested 12 deep
      GgufBuilder::put(v, std::uint32_t{GgufBuilder::kArray});
      GgufBuilder::put(v, std::uint64_t{1});
    }
    GgufBuilder::put(v, std::uint32_t{GgufBuilder::kU8});
    GgufBuilder::put(v, std::uint64_t{0});
    b.raw_kv("deep", GgufBuilder::kArray, v);
    EXPECT_NE(error_of(b.build()).find("nested"), std::string::npos);
  }
  for (std::uint32_t a : {0u, 3u, 48u}) {
    GgufBuilder b;
    b.u32("general.alignment", a);
    EXPECT_NE(error_of(b.build()).find("general.alignment"), std::string::npos) << a;
  }
  {
    GgufBuilder b;
    b.u64("general.alignment", 32);  // must be uint32
    EXPECT_NE(error_of(b.build()).find("general.alignment"), std::string::npos);
  }
}

TEST(GgufHeader, CorruptTensorInfosAreRejected) {
  {
    GgufBuilder b;
    b.tensor("t", {1, 1, 1, 1, 1}, GgufBuilder::kTensorF32);
    EXPECT_NE(error_of(b.build()).find("5 dimensions"), std::string::npos);
  }
  {
    GgufBuilder b;
    b.tensor("t", {1ull << 40, 1ull << 40}, 99);  // unknown type: no size, but overflow
    EXPECT_NE(error_of(b.build()).find("overflow"), std::string::npos);
  }
  {
    GgufBuilder b;
    b.tensor("t", {16}, GgufBuilder::kTensorF32).tensor("t", {16}, GgufBuilder::kTensorF32);
    EXPECT_NE(error_of(b.build()).find("duplicate"), std::string::npos);
  }
  {
    GgufBuilder b;
    b.tensor("q", {33, 2}, GgufBuilder::kTensorQ8_0);  // rows must be whole blocks
    EXPECT_NE(error_of(b.build()).find("block size"), std::string::npos);
  }
  {
    GgufBuilder b;
    b.alignment = 1;  // lays tensors out unaligned; the reader expects 32
    b.tensor("a", {3}, GgufBuilder::kTensorF32).tensor("b", {3}, GgufBuilder::kTensorF32);
    EXPECT_NE(error_of(b.build()).find("not a multiple of the alignment"), std::string::npos);
  }
}

TEST(GgufHeader, UnknownTensorTypesAreTolerated) {
  GgufBuilder b;
  b.tensor("future", {64, 4}, 200).tensor("norm", {64}, GgufBuilder::kTensorF32);
  auto h = parse_gguf_header(b.build());
  ASSERT_TRUE(h.ok()) << h.error().message;
  EXPECT_EQ(h->tensors[0].bytes, 0u);
  EXPECT_EQ(h->tensors[0].elements, 256u);
  EXPECT_EQ(tensor_type_name(200), "type 200");
}

TEST(GgufHeader, ReadsFilesAndNamesThemInErrors) {
  const auto dir = std::filesystem::temp_directory_path() /
                   ("switchyard-gguf-test-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const std::string file = tiny_llama_gguf().build();
  {
    std::ofstream(dir / "ok.gguf", std::ios::binary) << file;
    std::ofstream(dir / "cut.gguf", std::ios::binary) << file.substr(0, 500);
  }
  auto ok = read_gguf_header(dir / "ok.gguf");
  ASSERT_TRUE(ok.ok()) << ok.error().message;
  EXPECT_EQ(ok->tensors.size(), 4u);
  EXPECT_EQ(ok->file_size, file.size());

  auto cut = read_gguf_header(dir / "cut.gguf");
  ASSERT_FALSE(cut.ok());
  EXPECT_NE(cut.error().message.find((dir / "cut.gguf").string()), std::string::npos);
  EXPECT_NE(cut.error().message.find("truncated"), std::string::npos);

  auto missing = read_gguf_header(dir / "missing.gguf");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.error().message.find("cannot open"), std::string::npos);
  auto directory = read_gguf_header(dir);
  EXPECT_FALSE(directory.ok());
  std::filesystem::remove_all(dir);
}

TEST(GgufTypes, NamesAndSizes) {
  EXPECT_EQ(tensor_type_name(0), "F32");
  EXPECT_EQ(tensor_type_name(8), "Q8_0");
  EXPECT_EQ(tensor_type_name(12), "Q4_K");
  EXPECT_FALSE(tensor_type_traits(4));  // removed Q4_2
  EXPECT_EQ(tensor_type_traits(14)->type_size, 210u);
  EXPECT_EQ(file_type_name(15), "Q4_K_M");
  EXPECT_EQ(file_type_name(7), "Q8_0");
  EXPECT_EQ(file_type_name(1), "F16");
  EXPECT_EQ(file_type_name(1024 | 15), "Q4_K_M");  // "guessed" flag
  EXPECT_FALSE(file_type_name(4));
  EXPECT_FALSE(file_type_name(500));
}

}  // namespace
}  // namespace switchyard::models
