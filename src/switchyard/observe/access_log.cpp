#include "switchyard/observe/access_log.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstring>
#include <memory>

namespace switchyard::observe {
namespace {

constexpr std::size_t kWakeAt = 64u << 10;  // bytes waiting that wake the writer early
constexpr auto kInterval = std::chrono::milliseconds(100);

}  // namespace

core::Expected<std::unique_ptr<AccessLog>> AccessLog::open(const std::string& target) {
  if (target == "stderr") return std::unique_ptr<AccessLog>(new AccessLog(STDERR_FILENO, false));
  const int fd = ::open(target.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0640);
  if (fd < 0) {
    const int err = errno;
    return core::Error::internal("cannot open the access log " + target + ": " +
                                 std::strerror(err));
  }
  return std::unique_ptr<AccessLog>(new AccessLog(fd, true));
}

AccessLog::AccessLog(int fd, bool owns_fd) : fd_(fd), owns_fd_(owns_fd) {
  thread_ = std::thread([this] { run(); });
}

AccessLog::~AccessLog() {
  {
    std::lock_guard lock(mu_);
    stop_ = true;
  }
  wake_.notify_one();
  thread_.join();
  if (owns_fd_) ::close(fd_);
}

void AccessLog::write(std::string_view line) {
  bool wake = false;
  {
    std::lock_guard lock(mu_);
    pending_.append(line);
    pending_ += '\n';
    ++pending_lines_;
    ++appended_;
    wake = pending_.size() >= kWakeAt;
  }
  if (wake) wake_.notify_one();
}

void AccessLog::flush() {
  std::unique_lock lock(mu_);
  const std::uint64_t target = appended_;
  flush_wanted_ = true;
  wake_.notify_one();
  written_.wait(lock, [&] { return done_ >= target; });
}

std::uint64_t AccessLog::lost() const {
  std::lock_guard lock(mu_);
  return lost_;
}

void AccessLog::run() {
  std::string batch;
  std::unique_lock lock(mu_);
  for (;;) {
    wake_.wait_for(lock, kInterval,
                   [&] { return stop_ || flush_wanted_ || pending_.size() >= kWakeAt; });
    flush_wanted_ = false;
    if (pending_lines_ > 0) {
      batch.swap(pending_);
      const std::uint64_t lines = pending_lines_;
      pending_lines_ = 0;
      lock.unlock();
      write_out(batch, lines);
      batch.clear();
      lock.lock();
    }
    written_.notify_all();
    if (stop_ && pending_lines_ == 0) return;
  }
}

void AccessLog::write_out(const std::string& bytes, std::uint64_t lines) {
  std::size_t off = 0;
  bool failed = false;
  while (off < bytes.size()) {
    const ssize_t n = ::write(fd_, bytes.data() + off, bytes.size() - off);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      failed = true;
      break;
    }
    off += static_cast<std::size_t>(n);
  }
  std::lock_guard lock(mu_);
  if (failed) lost_ += lines;
  done_ += lines;
}

JsonLine& JsonLine::field(std::string_view k, std::string_view value) {
  key(k);
  append_json_string(out_, value);
  return *this;
}

JsonLine& JsonLine::field(std::string_view k, std::int64_t value) {
  key(k);
  out_ += fmt::format("{}", value);
  return *this;
}

JsonLine& JsonLine::field(std::string_view k, double value) {
  key(k);
  if (!std::isfinite(value)) value = 0;
  out_ += fmt::format("{}", value);
  return *this;
}

JsonLine& JsonLine::field(std::string_view k, bool value) {
  key(k);
  out_ += value ? "true" : "false";
  return *this;
}

JsonLine& JsonLine::raw(std::string_view k, std::string_view json) {
  key(k);
  out_ += json;
  return *this;
}

std::string JsonLine::take() {
  out_ += '}';
  return std::move(out_);
}

void JsonLine::key(std::string_view k) {
  if (out_.size() > 1) out_ += ',';
  append_json_string(out_, k);
  out_ += ':';
}

void append_json_string(std::string& out, std::string_view s) {
  out += '"';
  for (char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (c < 0x20 || c == 0x7f)
          out += fmt::format("\\u{:04x}", c);
        else
          out += ch;
    }
  }
  out += '"';
}

}  // namespace switchyard::observe
