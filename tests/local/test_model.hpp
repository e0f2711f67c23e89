// Shared by the local tests: the tiny random-weight model
// (support/tiny_model.hpp), a collector for engine events and a chat request.
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

#include "support/tiny_model.hpp"
#include "switchyard/local/engine.hpp"

namespace switchyard::local::testing {

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
  r.messages = {core::text_message(core::Role::system, "You are a test model with random weights."),
                core::text_message(core::Role::user, std::move(user_text))};
  r.max_tokens = max_tokens;
  r.sampling.seed = seed;
  r.sampling.temperature = 1.0f;
  return r;
}

}  // namespace switchyard::local::testing
