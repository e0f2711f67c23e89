// The model store: the directory `switchyard pull` downloads GGUF files into
// and `switchyard models` lists, and what a model's GGUF header says about it.
//
// Layout: <store>/<name>.gguf; a download in progress is <name>.gguf.part
// next to it (renamed into place once complete and verified).
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "switchyard/core/error.hpp"
#include "switchyard/models/environment.hpp"
#include "switchyard/models/gguf_header.hpp"

namespace switchyard::models {

inline constexpr std::string_view kPartialSuffix = ".part";

struct StoreDir {
  std::filesystem::path path;
  std::string chosen_by;  // "--store", "$SWITCHYARD_MODEL_STORE", "$XDG_DATA_HOME", "$HOME"
};

// `flag` (--store) if given, else $SWITCHYARD_MODEL_STORE, else
// $XDG_DATA_HOME/switchyard/models (only when absolute, as the XDG spec
// says), else $HOME/.local/share/switchyard/models.
core::Expected<StoreDir> resolve_store_dir(std::string_view flag, const EnvLookup& env);

// Checks that `name` can be a file in the store: a plain file name (no
// directories, not hidden) ending in ".gguf". The error says what to change.
std::optional<std::string> store_name_problem(std::string_view name);

// What the header says about a model.
struct ModelSummary {
  std::string architecture;                     // general.architecture; "" when absent
  std::string name;                             // general.name; "" when absent
  std::string quantization;                     // "Q4_K_M"; "" when there are no tensors
  bool quantization_from_tensors = false;       // no usable general.file_type: the
                                                // most common weight type instead
  std::uint64_t parameters = 0;                 // sum of the tensors' element counts
  std::optional<std::uint64_t> context_length;  // <architecture>.context_length
  std::uint32_t gguf_version = 0;
  std::uint64_t tensor_count = 0;
};

ModelSummary summarize(const GgufHeader& header);

struct StoredModel {
  std::string name;  // path relative to the store, e.g. "Llama-3.2-1B-Instruct-Q4_K_M.gguf"
  std::filesystem::path path;
  std::uint64_t size_bytes = 0;
  std::optional<ModelSummary> summary;  // absent when the header could not be read
  std::string error;                    // why not
};

struct PartialDownload {
  std::string name;  // of the model it will become
  std::uint64_t size_bytes = 0;
};

struct StoreListing {
  std::vector<StoredModel> models;  // sorted by name
  std::vector<PartialDownload> partial;
};

// Every *.gguf under `dir` (subdirectories too) with its summary, and the
// unfinished downloads. A missing directory is an empty store.
core::Expected<StoreListing> list_store(const std::filesystem::path& dir);

// 1240000000 → "1.24B", 8300000 → "8.3M", 999 → "999".
std::string format_parameters(std::uint64_t n);
// 1288490188 → "1.20 GiB", 512 → "512 B".
std::string format_bytes(std::uint64_t n);

}  // namespace switchyard::models
