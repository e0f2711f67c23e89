// Download progress on stderr: on a terminal a bar redrawn in place at most
// ten times a second (bytes done/total, rate, ETA); otherwise a plain line
// every few seconds and one at the end, so logs stay readable.
#pragma once

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <deque>
#include <optional>
#include <string>

namespace switchyard::cli {

class ProgressBar {
 public:
  using Clock = std::chrono::steady_clock;

  // `enabled` false draws nothing (--quiet). A terminal is detected on `out`.
  ProgressBar(std::string label, bool enabled, std::FILE* out = stderr);

  // `done` counts every byte of the file, including those of an earlier,
  // resumed attempt; the rate only counts this process's.
  void update(std::uint64_t done, std::optional<std::uint64_t> total);
  // Erases the bar (before another message is printed); the next update redraws it.
  void clear();
  // Final state, then a newline.
  void finish();

 private:
  void draw(Clock::time_point now, bool final);
  std::optional<double> rate() const;  // bytes per second over the last seconds

  std::string label_;
  bool enabled_;
  bool tty_;
  std::FILE* out_;
  bool drawn_ = false;
  std::uint64_t done_ = 0;
  std::optional<std::uint64_t> total_;
  Clock::time_point started_ = Clock::now();
  std::optional<std::uint64_t> first_done_;  // where this process started
  Clock::time_point last_draw_{};
  std::deque<std::pair<Clock::time_point, std::uint64_t>> samples_;
};

}  // namespace switchyard::cli
