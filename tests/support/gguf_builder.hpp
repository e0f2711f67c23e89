// Builds GGUF files byte by byte for tests: valid ones with any metadata and
// tensors (data filled with a pattern), and, through the raw writers, broken
// ones. Needs no llama.cpp.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "switchyard/models/gguf_types.hpp"

namespace switchyard::testing {

class GgufBuilder {
 public:
  // Value type numbers of the format.
  enum : std::uint32_t {
    kU8 = 0,
    kI8 = 1,
    kU16 = 2,
    kI16 = 3,
    kU32 = 4,
    kI32 = 5,
    kF32 = 6,
    kBool = 7,
    kString = 8,
    kArray = 9,
    kU64 = 10,
    kI64 = 11,
    kF64 = 12,
  };
  // ggml tensor types used by the tests.
  enum : std::uint32_t { kTensorF32 = 0, kTensorF16 = 1, kTensorQ4_0 = 2, kTensorQ8_0 = 8 };

  std::uint32_t version = 3;
  std::uint64_t alignment = 32;

  GgufBuilder& str(std::string_view key, std::string_view v) {
    begin_kv(key, kString);
    put_str(kv_, v);
    return *this;
  }
  GgufBuilder& u32(std::string_view key, std::uint32_t v) {
    begin_kv(key, kU32);
    put(kv_, v);
    return *this;
  }
  GgufBuilder& u64(std::string_view key, std::uint64_t v) {
    begin_kv(key, kU64);
    put(kv_, v);
    return *this;
  }
  GgufBuilder& i32(std::string_view key, std::int32_t v) {
    begin_kv(key, kI32);
    put(kv_, v);
    return *this;
  }
  GgufBuilder& f32(std::string_view key, float v) {
    begin_kv(key, kF32);
    put(kv_, v);
    return *this;
  }
  GgufBuilder& boolean(std::string_view key, bool v) {
    begin_kv(key, kBool);
    put(kv_, static_cast<std::uint8_t>(v ? 1 : 0));
    return *this;
  }
  GgufBuilder& str_array(std::string_view key, const std::vector<std::string>& v) {
    begin_kv(key, kArray);
    put(kv_, kString);
    put(kv_, static_cast<std::uint64_t>(v.size()));
    for (const auto& s : v) put_str(kv_, s);
    return *this;
  }
  GgufBuilder& i32_array(std::string_view key, const std::vector<std::int32_t>& v) {
    begin_kv(key, kArray);
    put(kv_, kI32);
    put(kv_, static_cast<std::uint64_t>(v.size()));
    for (auto x : v) put(kv_, x);
    return *this;
  }
  // An array of `outer` arrays, each of `inner` u8 values.
  GgufBuilder& nested_array(std::string_view key, std::uint64_t outer, std::uint64_t inner) {
    begin_kv(key, kArray);
    put(kv_, kArray);
    put(kv_, outer);
    for (std::uint64_t i = 0; i < outer; ++i) {
      put(kv_, kU8);
      put(kv_, inner);
      for (std::uint64_t j = 0; j < inner; ++j) put(kv_, static_cast<std::uint8_t>(j));
    }
    return *this;
  }
  // A key/value pair whose value bytes (after the type) are given raw.
  GgufBuilder& raw_kv(std::string_view key, std::uint32_t type, std::string_view value_bytes) {
    begin_kv(key, type);
    kv_.append(value_bytes);
    return *this;
  }

  // A tensor; its data is laid out after the previous one's, aligned.
  GgufBuilder& tensor(std::string_view name, std::vector<std::uint64_t> dims, std::uint32_t type) {
    auto traits = models::tensor_type_traits(type);
    std::uint64_t elements = 1;
    for (auto d : dims) elements *= d;
    const std::uint64_t bytes = traits ? elements / traits->block_size * traits->type_size : 0;
    data_size_ = (data_size_ + alignment - 1) / alignment * alignment;
    put_str(tensors_, name);
    put(tensors_, static_cast<std::uint32_t>(dims.size()));
    for (auto d : dims) put(tensors_, d);
    put(tensors_, type);
    put(tensors_, data_size_);
    data_size_ += bytes;
    ++tensor_count_;
    return *this;
  }

  // The header bytes up to the end of the tensor infos (no padding, no data).
  std::string header() const {
    std::string out = "GGUF";
    put(out, version);
    put(out, tensor_count_);
    put(out, kv_count_);
    out += kv_;
    out += tensors_;
    return out;
  }

  // The whole file: header, padding, tensor data (a byte pattern).
  std::string build() const {
    std::string out = header();
    out.resize((out.size() + alignment - 1) / alignment * alignment, '\0');
    const std::size_t data_start = out.size();
    out.resize(data_start + data_size_);
    for (std::size_t i = 0; i < data_size_; ++i)
      out[data_start + i] = static_cast<char>((i * 131 + 7) & 0xFF);
    return out;
  }

  template <typename T>
  static void put(std::string& out, T v) {
    char b[sizeof v];
    std::memcpy(b, &v, sizeof v);
    out.append(b, sizeof v);
  }
  static void put_str(std::string& out, std::string_view s) {
    put(out, static_cast<std::uint64_t>(s.size()));
    out.append(s);
  }

 private:
  void begin_kv(std::string_view key, std::uint32_t type) {
    put_str(kv_, key);
    put(kv_, type);
    ++kv_count_;
  }

  std::string kv_, tensors_;
  std::uint64_t kv_count_ = 0, tensor_count_ = 0, data_size_ = 0;
};

// A small llama-like model: metadata as llama.cpp writes it, a vocabulary
// array, Q8_0 weights and F32 norms; 80,512 parameters, about 100 KB.
inline GgufBuilder tiny_llama_gguf() {
  GgufBuilder b;
  std::vector<std::string> tokens;
  for (int i = 0; i < 100; ++i) tokens.push_back("tok" + std::to_string(i));
  b.str("general.architecture", "llama")
      .str("general.name", "Tiny Test Llama")
      .u32("general.file_type", 7)  // MOSTLY_Q8_0
      .u32("llama.context_length", 4096)
      .u32("llama.embedding_length", 64)
      .f32("llama.rope.freq_base", 500000.0f)
      .str_array("tokenizer.ggml.tokens", tokens)
      .tensor("token_embd.weight", {64, 1000}, GgufBuilder::kTensorQ8_0)
      .tensor("blk.0.attn_norm.weight", {64}, GgufBuilder::kTensorF32)
      .tensor("blk.0.ffn_up.weight", {64, 256}, GgufBuilder::kTensorQ8_0)
      .tensor("output_norm.weight", {64}, GgufBuilder::kTensorF32);
  return b;
}

}  // namespace switchyard::testing
