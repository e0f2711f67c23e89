// The tiny random-weight llama model the tests of the local engine, the llama
// provider and the gateway share: generated on first use into the build tree
// and reused by later test processes (ctest runs every test in its own
// process). Needs the build tree (support/paths.hpp) and SWITCHYARD_LLAMA_VOCAB (the
// vocabulary it borrows), which tests/CMakeLists.txt defines.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <stdexcept>
#include <string>

#include "support/paths.hpp"
#include "switchyard/local/engine.hpp"
#include "switchyard/local/random_model.hpp"

namespace switchyard::local::testing {

inline std::filesystem::path test_model_dir() {
  auto dir = std::filesystem::path(switchyard::testing::binary_dir()) / "test-models";
  std::filesystem::create_directories(dir);
  return dir;
}

inline RandomModelSpec tiny_spec() {
  RandomModelSpec spec;  // defaults: 2 layers, n_embd 64, 4 heads (2 KV), n_ff 128
  spec.weight_type = WeightType::q8_0;
  spec.seed = 1234;
  return spec;
}

// Writes the model once per build tree; concurrent test processes race
// harmlessly because write_random_model renames a finished file into place.
inline std::string tiny_model_path() {
  static const std::string path = [] {
    const auto p = test_model_dir() / "tiny-llama-2x64-q8_0-s1234.gguf";
    if (!std::filesystem::exists(p)) {
      auto tmp = p.string() + "." + std::to_string(::getpid());
      auto info = write_random_model(tiny_spec(), SWITCHYARD_LLAMA_VOCAB, tmp);
      if (!info) throw std::runtime_error(info.error().message);
      std::filesystem::rename(tmp, p);
    }
    return p.string();
  }();
  return path;
}

inline EngineOptions tiny_options() {
  EngineOptions o;
  o.model_path = tiny_model_path();
  o.n_ctx = 512;
  o.n_parallel = 4;
  o.n_batch = 256;
  // One thread: llama.cpp's OpenMP workers spin while waiting for each other,
  // which on a busy 2-core machine costs ~50x (see docs/local-inference.md).
  o.n_threads = 1;
  return o;
}

// The config's `providers:` and `models:` sections for a gateway on the tiny
// model alone: provider `engine` (kind llama, one thread, `parallel` slots)
// and alias `local` on it (model name `tiny-llama`, side local).
inline std::string tiny_engine_config(int context_size = 512, int parallel = 1) {
  return "providers:\n"
         "  - name: engine\n    kind: llama\n    model_path: " +
         tiny_model_path() + "\n    context_size: " + std::to_string(context_size) +
         "\n    threads: 1\n    parallel: " + std::to_string(parallel) +
         "\n    batch_size: 64\n"
         "models:\n"
         "  - alias: local\n    deployments:\n"
         "      - { provider: engine, model: tiny-llama, side: local }\n";
}

}  // namespace switchyard::local::testing
