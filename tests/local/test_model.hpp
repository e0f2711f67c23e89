// Shared by the local tests: a tiny random-weight model, generated on first
// use into the build tree and reused by later test processes (ctest runs
// every test in its own process), and a collector for engine events.
#pragma once

#include <gtest/gtest.h>

#include <unistd.h>
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "switchyard/local/engine.hpp"
#include "switchyard/local/random_model.hpp"

namespace switchyard::local::testing {

inline std::filesystem::path test_model_dir() {
  auto dir = std::filesystem::path(SWITCHYARD_BINARY_DIR) / "test-models";
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

// Collects the events of one request; wait() returns when it has ended.
class Collector : public std::enable_shared_from_this<Collector> {
 public:
  static std::shared_ptr<Collector> make() { return std::make_shared<Collector>(); }

  GenerationCallback callback() {
    auto self = shared_from_this();
    return [self](GenerationEvent&& e) { self->on_event(std::move(e)); };
  }

  bool wait(std::chrono::seconds timeout = std::chrono::seconds(60)) {
    std::unique_lock lock(mutex_);
    return cv_.wait_for(lock, timeout, [&] { return finished || error; });
  }

  // Waits until at least `n` text pieces have arrived (or the request ended).
  bool wait_for_pieces(std::size_t n, std::chrono::seconds timeout = std::chrono::seconds(60)) {
    std::unique_lock lock(mutex_);
    return cv_.wait_for(lock, timeout, [&] { return pieces.size() >= n || finished || error; }) &&
           pieces.size() >= n;
  }

  std::string text;
  std::vector<std::string> pieces;
  std::optional<Finished> finished;
  std::optional<core::Error> error;
  int events_after_end = 0;

 private:
  void on_event(GenerationEvent&& e) {
    {
      std::lock_guard lock(mutex_);
      if (finished || error) ++events_after_end;
      if (auto* p = std::get_if<TextPiece>(&e)) {
        text += p->text;
        pieces.push_back(p->text);
      } else if (auto* f = std::get_if<Finished>(&e)) {
        finished = *f;
      } else {
        error = std::get<core::Error>(e);
      }
    }
    cv_.notify_all();
  }

  std::mutex mutex_;
  std::condition_variable cv_;
};

inline GenerationRequest chat(std::string user_text, int max_tokens, std::uint32_t seed = 7) {
  GenerationRequest r;
  core::Message system;
  system.role = core::Role::system;
  system.content = "You are a test model with random weights.";
  core::Message user;
  user.role = core::Role::user;
  user.content = std::move(user_text);
  r.messages = {system, user};
  r.max_tokens = max_tokens;
  r.sampling.seed = seed;
  r.sampling.temperature = 1.0f;
  return r;
}

}  // namespace switchyard::local::testing
