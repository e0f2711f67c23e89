#include "switchyard/cli/progress_bar.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>

#include "switchyard/models/model_store.hpp"

namespace switchyard::cli {
namespace {

using namespace std::chrono_literals;

constexpr auto kTtyInterval = 100ms;
constexpr auto kLogInterval = 5s;
constexpr auto kRateWindow = 5s;

int terminal_width(std::FILE* out) {
  winsize ws{};
  if (::ioctl(::fileno(out), TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 20) return ws.ws_col;
  return 80;
}

std::string duration(double seconds) {
  if (seconds < 0 || seconds > 99 * 3600) return "--:--";
  const auto s = static_cast<long>(seconds + 0.5);
  char buf[32];
  if (s >= 3600)
    std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
  else
    std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
  return buf;
}

}  // namespace

ProgressBar::ProgressBar(std::string label, bool enabled, std::FILE* out)
    : label_(std::move(label)), enabled_(enabled), tty_(::isatty(::fileno(out)) == 1), out_(out) {}

void ProgressBar::update(std::uint64_t done, std::optional<std::uint64_t> total) {
  if (!enabled_) return;
  const auto now = Clock::now();
  if (!first_done_) {
    first_done_ = done;
    started_ = now;
    last_draw_ = now;
    samples_.emplace_back(now, done);
  }
  done_ = done;
  total_ = total;
  if (now - last_draw_ < (tty_ ? kTtyInterval : kLogInterval)) return;
  samples_.emplace_back(now, done);
  while (samples_.size() > 2 && now - samples_.front().first > kRateWindow) samples_.pop_front();
  draw(now, false);
}

std::optional<double> ProgressBar::rate() const {
  if (samples_.size() < 2) return std::nullopt;
  const auto& [t0, b0] = samples_.front();
  const auto& [t1, b1] = samples_.back();
  const double secs = std::chrono::duration<double>(t1 - t0).count();
  if (secs < 0.2 || b1 < b0) return std::nullopt;
  return static_cast<double>(b1 - b0) / secs;
}

void ProgressBar::draw(Clock::time_point now, bool final) {
  last_draw_ = now;
  const auto r = rate();
  std::string amount = models::format_bytes(done_);
  if (total_) amount += " / " + models::format_bytes(*total_);
  std::string speed = r ? models::format_bytes(static_cast<std::uint64_t>(*r)) + "/s" : "";
  std::string eta;
  if (r && *r > 0 && total_ && *total_ > done_)
    eta = "ETA " + duration(static_cast<double>(*total_ - done_) / *r);
  std::string percent;
  if (total_ && *total_ > 0) {
    const auto p = std::min<std::uint64_t>(100, done_ * 100 / *total_);
    percent = std::to_string(p) + "%";
  }

  if (!tty_) {
    std::string line = label_ + ": " + amount;
    if (!percent.empty()) line += " (" + percent + ")";
    if (final) {
      const double secs = std::chrono::duration<double>(now - started_).count();
      const std::uint64_t got = first_done_ ? done_ - *first_done_ : done_;
      line += " in " + duration(secs);
      if (secs > 0.05)
        line += " (" + models::format_bytes(static_cast<std::uint64_t>(got / secs)) + "/s)";
    } else {
      if (!speed.empty()) line += ", " + speed;
      if (!eta.empty()) line += ", " + eta;
    }
    std::fprintf(out_, "%s\n", line.c_str());
    std::fflush(out_);
    return;
  }

  // label  45% [=========>          ] 1.20 GiB / 2.67 GiB  35.2 MiB/s  ETA 0:42
  const int width = terminal_width(out_) - 1;
  // Fixed-width fields, so the bar does not change length as they do.
  auto pad = [](std::string s, std::size_t n) {
    if (s.size() < n) s.resize(n, ' ');
    return s;
  };
  std::string right = pad(amount, 21) + "  " + pad(speed, 12) + pad(eta, 11);
  std::string left = label_;
  const int fixed = static_cast<int>(right.size()) + 6 + 2;  // percent and spaces
  int bar = width - fixed - static_cast<int>(left.size()) - 3;
  if (bar < 10) {
    // Narrow terminal: shorten the label first, then drop the bar.
    const int room = std::max(8, width - fixed - 13);
    if (static_cast<int>(left.size()) > room) left = left.substr(0, room - 3) + "...";
    bar = width - fixed - static_cast<int>(left.size()) - 3;
  }
  std::string line =
      left + " " + std::string(4 - std::min<std::size_t>(4, percent.size()), ' ') + percent;
  if (bar >= 10) {
    std::string b(static_cast<std::size_t>(bar), ' ');
    if (total_ && *total_ > 0) {
      const auto filled = static_cast<std::size_t>(static_cast<double>(std::min(done_, *total_)) /
                                                   static_cast<double>(*total_) * bar);
      std::fill(b.begin(), b.begin() + static_cast<long>(filled), '=');
      if (filled < b.size()) b[filled] = '>';
    }
    line += " [" + b + "]";
  }
  line += " " + right;
  if (static_cast<int>(line.size()) > width) line.resize(static_cast<std::size_t>(width));
  std::fprintf(out_, "\r%s\033[K", line.c_str());
  if (final) std::fputc('\n', out_);
  std::fflush(out_);
  drawn_ = !final;
}

void ProgressBar::clear() {
  if (!enabled_ || !tty_ || !drawn_) return;
  std::fprintf(out_, "\r\033[K");
  std::fflush(out_);
  drawn_ = false;
}

void ProgressBar::finish() {
  if (!enabled_ || !first_done_) return;
  const auto now = Clock::now();
  samples_.emplace_back(now, done_);
  draw(now, true);
}

}  // namespace switchyard::cli
