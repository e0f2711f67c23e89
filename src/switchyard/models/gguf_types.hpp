// The numbers a GGUF file uses for tensor types (ggml's `ggml_type`) and for
// the whole file's quantization (llama.cpp's `general.file_type`, i.e.
// `llama_ftype`), with their names and storage sizes.
//
// Copied from ggml.h / llama.h (llama.cpp v0.5.0) so this area builds without
// llama.cpp; the models tests compare the table with ggml's own where
// llama.cpp is available.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace switchyard::models {

struct TensorTypeTraits {
  const char* name;          // "Q8_0", as llama.cpp prints it in upper case
  std::uint32_t block_size;  // elements per block
  std::uint32_t type_size;   // bytes per block
};

// Traits of ggml type `type`; nullopt for numbers that are unknown, removed
// from the format, or newer than this table.
std::optional<TensorTypeTraits> tensor_type_traits(std::uint32_t type);

// "Q8_0" for a known type, else "type 44".
std::string tensor_type_name(std::uint32_t type);

// Name of a `general.file_type` value ("Q4_K_M", "F16"), ignoring
// llama.cpp's "guessed" flag (1024); nullopt when unknown.
std::optional<std::string> file_type_name(std::uint32_t file_type);

}  // namespace switchyard::models
