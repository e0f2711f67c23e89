// Random-weight test models.
//
// No real weights can be downloaded where Switchyard is tested, so tests and
// benchmarks generate a GGUF file with the Llama architecture, any shape, and
// random weights. The tokenizer is real: every `tokenizer.*` entry is copied
// from one of llama.cpp's vocabulary-only files (models/ggml-vocab-*.gguf),
// so loading, chat templating, tokenizing, batching and sampling run the same
// code paths as with a real model; only the wording of the output is noise.
//
// The output is a pure function of (spec, vocabulary file): the same seed
// writes the same bytes. Weights are uniform with a small standard deviation
// so activations and logits stay finite for any depth.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "switchyard/core/error.hpp"

namespace switchyard::local {

enum class WeightType { f32, f16, q8_0, q4_0 };

const char* to_string(WeightType t);
// Parses "f32" | "f16" | "q8_0" | "q4_0"; false when `s` is none of them.
bool weight_type_from_string(std::string_view s, WeightType* out);

struct RandomModelSpec {
  int n_layer = 2;
  int n_embd = 64;
  int n_head = 4;
  int n_head_kv = 2;  // < n_head: grouped-query attention, as in Llama 3
  int n_ff = 128;
  int context_length = 2048;  // the model's trained context (llama.context_length)
  float rope_freq_base = 500000.0f;
  float rms_norm_eps = 1e-5f;
  bool tie_embeddings = true;  // no separate output.weight (Llama 3.2 style)

  WeightType weight_type = WeightType::f32;  // 1-D norm weights are always f32
  float weight_stddev = 0.02f;
  std::uint64_t seed = 42;
  std::string name = "switchyard-random-llama";

  // Written as tokenizer.chat_template when the vocabulary file has none.
  // Empty means the standard Llama 3 template.
  std::string fallback_chat_template;
};

struct RandomModelInfo {
  std::uint64_t n_params = 0;
  std::uint64_t file_bytes = 0;
  int n_vocab = 0;
};

// The Llama 3 instruct chat template (Jinja), recognised by llama.cpp's
// built-in formatter.
const std::string& llama3_chat_template();

// Writes the model to `out_path` (via a temporary file renamed into place, so
// a crash never leaves a truncated model behind). Errors name the file.
core::Expected<RandomModelInfo> write_random_model(const RandomModelSpec& spec,
                                                   const std::string& vocab_path,
                                                   const std::string& out_path);

}  // namespace switchyard::local
