// Reads the header of a GGUF file: its metadata (typed key/value pairs) and
// its tensor table, without llama.cpp.
//
// Format (https://github.com/ggml-org/ggml/blob/master/docs/gguf.md), all
// little-endian: "GGUF", u32 version (2 or 3), u64 tensor_count, u64
// kv_count, then kv_count × (string key, u32 value type, value), then
// tensor_count × (string name, u32 n_dims, n_dims × u64 dim, u32 ggml type,
// u64 offset), padding to `general.alignment` (default 32), tensor data.
// A string is a u64 length and that many bytes.
//
// The reader trusts nothing in the file: every length and count is checked
// against the bytes that remain before anything is allocated, and every
// tensor must lie inside the file, so a truncated download or a corrupt file
// gives an error that says what and where, never a crash or a huge
// allocation. Array values are checked and skipped, not kept (a tokenizer's
// vocabulary is megabytes); only their element type and count remain.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "switchyard/core/error.hpp"

namespace switchyard::models {

enum class GgufValueType : std::uint32_t {
  uint8 = 0,
  int8 = 1,
  uint16 = 2,
  int16 = 3,
  uint32 = 4,
  int32 = 5,
  float32 = 6,
  boolean = 7,
  string = 8,
  array = 9,
  uint64 = 10,
  int64 = 11,
  float64 = 12,
};

struct GgufArray {
  GgufValueType element_type = GgufValueType::uint8;
  std::uint64_t count = 0;
};

// Unsigned integers as uint64, signed as int64, floats as double.
using GgufValue = std::variant<std::uint64_t, std::int64_t, double, bool, std::string, GgufArray>;

struct GgufKeyValue {
  std::string key;
  GgufValueType type = GgufValueType::uint8;
  GgufValue value;
};

struct GgufTensorInfo {
  std::string name;
  std::vector<std::uint64_t> dims;  // innermost first, as ggml's ne[]
  std::uint32_t type = 0;           // ggml_type (gguf_types.hpp)
  std::uint64_t offset = 0;         // from the start of the tensor data
  std::uint64_t elements = 1;       // product of dims
  std::uint64_t bytes = 0;          // size of its data; 0 when the type is unknown
};

struct GgufHeader {
  std::uint32_t version = 0;
  std::vector<GgufKeyValue> metadata;
  std::vector<GgufTensorInfo> tensors;
  std::uint64_t alignment = 32;
  std::uint64_t data_offset = 0;  // where tensor data starts in the file
  std::uint64_t file_size = 0;

  const GgufKeyValue* find(std::string_view key) const;
  // The value of `key` when it is a string.
  std::optional<std::string> string_value(std::string_view key) const;
  // The value of `key` when it is an integer that is not negative.
  std::optional<std::uint64_t> uint_value(std::string_view key) const;
};

// True when `bytes` starts with the GGUF magic.
bool has_gguf_magic(std::string_view bytes);

// Reads the header of the file at `path`. Errors name the file and say what
// is wrong at which byte offset.
core::Expected<GgufHeader> read_gguf_header(const std::filesystem::path& path);

// The same for a file held in memory (`bytes` is the whole file).
core::Expected<GgufHeader> parse_gguf_header(std::string_view bytes);

}  // namespace switchyard::models
