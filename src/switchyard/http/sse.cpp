#include "switchyard/http/sse.hpp"

#include <cstring>

namespace switchyard::http {

bool SseParser::fail(SseStop why) {
  stop_ = why;
  // What was held for the oversized line or event is dropped, memory and all.
  std::string().swap(line_);
  std::string().swap(event_.data);
  return false;
}

bool SseParser::feed(std::string_view bytes, const std::function<bool(const SseEvent&)>& on_event) {
  if (stop_ == SseStop::line_too_long || stop_ == SseStop::event_too_large) return false;
  stop_ = SseStop::none;  // a consumer that stopped may feed again
  const char* p = bytes.data();
  const char* const end = p + bytes.size();
  if (last_was_cr_ && p != end) {
    // The previous read ended in "\r"; a "\n" here completes that "\r\n".
    if (*p == '\n') ++p;
    last_was_cr_ = false;
  }
  while (p != end) {
    // The line ends at the first "\n" or "\r", whichever comes first.
    const auto rest = static_cast<std::size_t>(end - p);
    const char* eol = static_cast<const char*>(std::memchr(p, '\n', rest));
    const char* cr = static_cast<const char*>(
        std::memchr(p, '\r', eol ? static_cast<std::size_t>(eol - p) : rest));
    if (cr) eol = cr;
    const auto line_bytes = line_.size() + static_cast<std::size_t>((eol ? eol : end) - p);
    if (line_bytes > limits_.max_line_bytes) return fail(SseStop::line_too_long);
    if (!eol) {
      line_.append(p, end);
      return true;
    }
    bool keep_going;
    if (line_.empty()) {
      keep_going = process_line(std::string_view(p, static_cast<std::size_t>(eol - p)), on_event);
    } else {
      line_.append(p, eol);
      keep_going = process_line(line_, on_event);
      line_.clear();
    }
    p = eol + 1;
    if (*eol == '\r') {
      if (p == end) {
        last_was_cr_ = true;
      } else if (*p == '\n') {
        ++p;
      }
    }
    if (!keep_going) {
      if (stop_ == SseStop::none) stop_ = SseStop::consumer;
      return false;
    }
  }
  return true;
}

bool SseParser::process_line(std::string_view line,
                             const std::function<bool(const SseEvent&)>& on_event) {
  if (line.empty()) {
    // Blank line: dispatch. An event without any data line is dropped.
    if (!has_data_) {
      event_.event.clear();
      return true;
    }
    const bool keep_going = on_event(event_);
    event_.data.clear();
    event_.event.clear();
    has_data_ = false;  // the last event id persists, as the spec says
    return keep_going;
  }
  if (line.front() == ':') return true;  // comment
  std::string_view field = line;
  std::string_view value;
  if (auto colon = line.find(':'); colon != std::string_view::npos) {
    field = line.substr(0, colon);
    value = line.substr(colon + 1);
    if (!value.empty() && value.front() == ' ') value.remove_prefix(1);
  }
  if (field == "data") {
    // Data lines keep coming without the blank line that ends an event: the
    // event grows until its limit, never further.
    if (event_.data.size() + (has_data_ ? 1 : 0) + value.size() > limits_.max_event_bytes)
      return fail(SseStop::event_too_large);
    if (has_data_) event_.data.push_back('\n');
    event_.data.append(value);
    has_data_ = true;
  } else if (field == "event") {
    event_.event.assign(value);
  } else if (field == "id") {
    if (value.find('\0') == std::string_view::npos) event_.id.assign(value);
  }
  // "retry" and unknown fields are ignored.
  return true;
}

void append_sse_event(std::string& out, std::string_view data, std::string_view event) {
  out.reserve(out.size() + data.size() + event.size() + 16);
  if (!event.empty()) {
    out += "event: ";
    out += event;
    out += '\n';
  }
  out += "data: ";
  out += data;
  out += "\n\n";
}

}  // namespace switchyard::http
