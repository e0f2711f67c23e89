// The access log: one JSON object per line per request (what the gateway did
// with it, never what it said: see gateway/request_observer.hpp for the
// fields). Lines are appended to a buffer under a short mutex on the
// request's thread; a thread of the log's own writes the buffer out every
// 100 ms, or sooner once 64 KiB are waiting, so a request never waits on
// the disk. Destruction (and flush()) writes whatever is left.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>

#include "switchyard/core/error.hpp"

namespace switchyard::observe {

class AccessLog {
 public:
  // `target` is "stderr" or a file path (created, appended to). An error
  // names the file and why it cannot be opened.
  static core::Expected<std::unique_ptr<AccessLog>> open(const std::string& target);
  ~AccessLog();
  AccessLog(const AccessLog&) = delete;
  AccessLog& operator=(const AccessLog&) = delete;

  // Appends `line` (a JSON object, no newline: one is added). Any thread.
  void write(std::string_view line);
  // Blocks until every line written so far is in the file.
  void flush();
  // Lines the log could not write (a full disk): counted, never retried.
  std::uint64_t lost() const;

 private:
  AccessLog(int fd, bool owns_fd);
  void run();
  void write_out(const std::string& bytes, std::uint64_t lines);

  const int fd_;
  const bool owns_fd_;
  mutable std::mutex mu_;
  std::condition_variable wake_;
  std::condition_variable written_;
  std::string pending_;
  std::uint64_t pending_lines_ = 0;
  std::uint64_t appended_ = 0;  // lines handed to write() so far
  std::uint64_t done_ = 0;      // lines written out (or lost)
  std::uint64_t lost_ = 0;
  bool flush_wanted_ = false;
  bool stop_ = false;
  std::thread thread_;
};

// Builds one JSON object: fields in the order added, strings escaped (every
// control character, quote and backslash; other bytes as they are).
class JsonLine {
 public:
  JsonLine& field(std::string_view key, std::string_view value);
  JsonLine& field(std::string_view key, const char* value) {
    return field(key, std::string_view(value));
  }
  JsonLine& field(std::string_view key, std::int64_t value);
  JsonLine& field(std::string_view key, int value) {
    return field(key, static_cast<std::int64_t>(value));
  }
  JsonLine& field(std::string_view key, double value);
  JsonLine& field(std::string_view key, bool value);
  // `json` must already be valid JSON (an object or array built elsewhere).
  JsonLine& raw(std::string_view key, std::string_view json);
  // The object, closed; the builder is then spent.
  std::string take();

 private:
  void key(std::string_view k);
  std::string out_ = "{";
};

// Appends `s` to `out` as a JSON string, quotes included.
void append_json_string(std::string& out, std::string_view s);

}  // namespace switchyard::observe
