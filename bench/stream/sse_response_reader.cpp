#include "sse_response_reader.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>

namespace switchyard::bench {

namespace {

constexpr std::size_t kMaxHeadBytes = 64 * 1024;
constexpr std::size_t kMaxLineBytes = 1 << 20;

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

// Whether a comma-separated header value lists `token` (case-insensitive).
bool lists_token(std::string_view value, std::string_view token) {
  while (!value.empty()) {
    const auto comma = value.find(',');
    if (iequals(trim(value.substr(0, comma)), token)) return true;
    if (comma == std::string_view::npos) break;
    value.remove_prefix(comma + 1);
  }
  return false;
}

// Takes bytes up to and including the next '\n' into `line`; true once it is whole.
bool take_line(std::string_view& in, std::string& line) {
  const auto nl = in.find('\n');
  const std::size_t n = nl == std::string_view::npos ? in.size() : nl + 1;
  line.append(in.substr(0, n));
  in.remove_prefix(n);
  return nl != std::string_view::npos;
}

}  // namespace

void SseResponseReader::reset() {
  phase_ = Phase::head;
  framing_ = Framing::close;
  status_ = 0;
  keep_alive_ = false;
  remaining_ = 0;
  buf_.clear();
  line_.clear();
  error_.clear();
}

SseResponseReader::Result SseResponseReader::fail(std::string why) {
  phase_ = Phase::failed;
  keep_alive_ = false;
  error_ = std::move(why);
  return Result::failed;
}

bool SseResponseReader::parse_head(std::string_view head) {
  // Status line: HTTP/1.x SP 3DIGIT SP reason
  const auto eol = head.find("\r\n");
  const std::string_view status_line = head.substr(0, eol);
  if (!status_line.starts_with("HTTP/1.") || status_line.size() < 12) return false;
  const bool http10 = status_line[7] == '0';
  auto [p, ec] = std::from_chars(status_line.data() + 9, status_line.data() + 12, status_);
  if (ec != std::errc() || p != status_line.data() + 12) return false;

  bool chunked = false;
  bool has_length = false;
  bool close = http10;
  std::string_view rest = head.substr(eol + 2);
  while (!rest.empty()) {
    const auto end = rest.find("\r\n");
    const std::string_view line = rest.substr(0, end);
    rest.remove_prefix(end == std::string_view::npos ? rest.size() : end + 2);
    if (line.empty()) break;
    const auto colon = line.find(':');
    if (colon == std::string_view::npos) return false;
    const std::string_view name = line.substr(0, colon);
    const std::string_view value = trim(line.substr(colon + 1));
    if (iequals(name, "transfer-encoding")) {
      chunked = lists_token(value, "chunked");
    } else if (iequals(name, "content-length")) {
      auto [q, e] = std::from_chars(value.data(), value.data() + value.size(), remaining_);
      if (e != std::errc() || q != value.data() + value.size()) return false;
      has_length = true;
    } else if (iequals(name, "connection")) {
      if (lists_token(value, "close")) close = true;
      if (lists_token(value, "keep-alive")) close = false;
    }
  }
  framing_ = chunked ? Framing::chunked : has_length ? Framing::length : Framing::close;
  keep_alive_ = !close && framing_ != Framing::close;
  return true;
}

bool SseResponseReader::body_bytes(std::string_view bytes, Sink& sink) {
  while (!bytes.empty()) {
    if (!take_line(bytes, line_)) break;
    std::string_view line = line_;
    line.remove_suffix(1);  // '\n'
    if (line.ends_with('\r')) line.remove_suffix(1);
    if (line.starts_with("data:")) {
      line.remove_prefix(5);
      if (line.starts_with(' ')) line.remove_prefix(1);
      if (!sink.on_data(line)) return false;
    }
    line_.clear();
  }
  if (line_.size() > kMaxLineBytes) {
    error_ = "an SSE line longer than 1 MiB";
    return false;
  }
  return true;
}

SseResponseReader::Result SseResponseReader::feed(std::string_view in, Sink& sink) {
  while (!in.empty()) {
    switch (phase_) {
      case Phase::head: {
        const std::size_t from = buf_.size() >= 3 ? buf_.size() - 3 : 0;
        buf_.append(in);
        const auto end = buf_.find("\r\n\r\n", from);
        if (end == std::string::npos) {
          if (buf_.size() > kMaxHeadBytes) return fail("response head over 64 KiB");
          return Result::more;
        }
        const std::size_t head_len = end + 4;
        in.remove_prefix(in.size() - (buf_.size() - head_len));
        if (!parse_head(std::string_view(buf_).substr(0, head_len)))
          return fail("malformed response head: " +
                      buf_.substr(0, std::min<std::size_t>(end, 200)));
        buf_.clear();
        if (framing_ == Framing::chunked) {
          phase_ = Phase::chunk_size;
        } else {
          phase_ = Phase::body;
          if (framing_ == Framing::length && remaining_ == 0) phase_ = Phase::done;
        }
        break;
      }
      case Phase::chunk_size: {
        if (!take_line(in, buf_)) {
          if (buf_.size() > 1024) return fail("chunk-size line over 1 KiB");
          break;
        }
        std::uint64_t size = 0;
        auto [p, ec] = std::from_chars(buf_.data(), buf_.data() + buf_.size(), size, 16);
        if (ec != std::errc() || (*p != ';' && *p != '\r' && *p != '\n'))
          return fail("malformed chunk size");
        buf_.clear();
        remaining_ = size;
        phase_ = size == 0 ? Phase::trailers : Phase::chunk_data;
        break;
      }
      case Phase::chunk_data:
      case Phase::body: {
        const std::size_t n =
            framing_ == Framing::close
                ? in.size()
                : static_cast<std::size_t>(std::min<std::uint64_t>(remaining_, in.size()));
        if (!body_bytes(in.substr(0, n), sink))
          return fail(error_.empty() ? "stopped by the reader's sink" : error_);
        in.remove_prefix(n);
        if (framing_ != Framing::close) remaining_ -= n;
        if (framing_ != Framing::close && remaining_ == 0)
          phase_ = phase_ == Phase::chunk_data ? Phase::chunk_data_end : Phase::done;
        break;
      }
      case Phase::chunk_data_end: {
        if (!take_line(in, buf_)) {
          if (buf_.size() > 2) return fail("chunk data longer than its size");
          break;
        }
        if (buf_ != "\r\n" && buf_ != "\n") return fail("chunk data longer than its size");
        buf_.clear();
        phase_ = Phase::chunk_size;
        break;
      }
      case Phase::trailers: {
        if (!take_line(in, buf_)) {
          if (buf_.size() > kMaxHeadBytes) return fail("trailers over 64 KiB");
          break;
        }
        const bool blank = buf_ == "\r\n" || buf_ == "\n";
        buf_.clear();
        if (blank) phase_ = Phase::done;
        break;
      }
      case Phase::done:
        return fail("bytes after the end of the response");
      case Phase::failed:
        return Result::failed;
    }
  }
  if (phase_ == Phase::done) return Result::complete;
  return phase_ == Phase::failed ? Result::failed : Result::more;
}

SseResponseReader::Result SseResponseReader::finish_at_eof(Sink& sink) {
  if (phase_ == Phase::done) return Result::complete;
  if (phase_ == Phase::body && framing_ == Framing::close) {
    if (!line_.empty()) {
      line_ += '\n';
      const std::string last = std::move(line_);
      line_.clear();
      if (!body_bytes(last, sink)) return fail("stopped by the reader's sink");
    }
    phase_ = Phase::done;
    return Result::complete;
  }
  return fail(phase_ == Phase::head ? "connection closed before a response"
                                    : "connection closed mid-response");
}

}  // namespace switchyard::bench
