#include "switchyard/local/tool_call_parser.hpp"

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>

#include "switchyard/local/tool_prompt.hpp"

namespace switchyard::local {
namespace {

using Event = ToolCallParser::Event;

bool is_space(char c) {
  return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// How much of the end of `text` could be the start of `tag`.
std::size_t partial_suffix(std::string_view text, std::string_view tag) {
  for (std::size_t n = std::min(text.size(), tag.size() - 1); n > 0; --n) {
    if (text.substr(text.size() - n) == tag.substr(0, n)) return n;
  }
  return 0;
}

enum class Head { need_more, mismatch, matched };

// Reads `{"name": "<name>", "arguments": ` up to the `{` that opens the
// arguments; `end` is that brace's position. Whitespace may sit between
// tokens. A name with escapes is left to the whole-block reader.
Head read_head(std::string_view s, std::size_t& end, std::string& name) {
  std::size_t i = 0;
  const auto skip_space = [&] {
    while (i < s.size() && is_space(s[i])) ++i;
  };
  // Expects `text` at i; need_more when the input ends inside it.
  const auto expect = [&](std::string_view text) {
    for (const char c : text) {
      if (i == s.size()) return Head::need_more;
      if (s[i] != c) return Head::mismatch;
      ++i;
    }
    return Head::matched;
  };
  for (std::string_view token : {"{", "\"name\"", ":"}) {
    skip_space();
    if (auto h = expect(token); h != Head::matched) return h;
  }
  skip_space();
  if (auto h = expect("\""); h != Head::matched) return h;
  const std::size_t name_start = i;
  while (i < s.size() && s[i] != '"') {
    if (s[i] == '\\') return Head::mismatch;
    ++i;
  }
  if (i == s.size()) return Head::need_more;
  name.assign(s.substr(name_start, i - name_start));
  ++i;
  for (std::string_view token : {",", "\"arguments\"", ":", "{"}) {
    skip_space();
    if (auto h = expect(token); h != Head::matched) return h;
  }
  end = i - 1;
  return Head::matched;
}

// A whole call block's JSON: {"name": ..., "arguments": {...}} in any order
// ("parameters" also read as the arguments); arguments given as a string of
// JSON are taken as that text.
bool read_block(std::string_view body, std::string& name, std::string& arguments) {
  rapidjson::Document doc;
  doc.Parse(body.data(), body.size());
  if (doc.HasParseError() || !doc.IsObject()) return false;
  const auto n = doc.FindMember("name");
  if (n == doc.MemberEnd() || !n->value.IsString()) return false;
  auto a = doc.FindMember("arguments");
  if (a == doc.MemberEnd()) a = doc.FindMember("parameters");
  if (a == doc.MemberEnd()) return false;
  name.assign(n->value.GetString(), n->value.GetStringLength());
  if (a->value.IsString()) {
    arguments.assign(a->value.GetString(), a->value.GetStringLength());
    return true;
  }
  if (!a->value.IsObject()) return false;
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  a->value.Accept(w);
  arguments.assign(buf.GetString(), buf.GetSize());
  return true;
}

}  // namespace

ToolCallParser::ToolCallParser(std::vector<std::string> names) : names_(std::move(names)) {}

bool ToolCallParser::allowed(const std::string& name) const {
  return names_.empty() || std::find(names_.begin(), names_.end(), name) != names_.end();
}

void ToolCallParser::push(std::string_view piece, std::vector<Event>& out) {
  buffer_ += piece;
  for (;;) {
    const State before = state_;
    const std::size_t size = buffer_.size();
    switch (state_) {
      case State::text:
        on_text(out);
        break;
      case State::head:
        on_head(out);
        break;
      case State::arguments:
        on_arguments(out);
        break;
      case State::tail:
        on_tail();
        break;
      case State::raw:
        on_raw(out);
        break;
    }
    if (state_ == before && buffer_.size() == size) return;
  }
}

void ToolCallParser::finish(std::vector<Event>& out) {
  if (state_ == State::text) {
    emit_text(buffer_, out);
  } else if (state_ == State::head || state_ == State::raw) {
    block_ += buffer_;
    give_back_raw(out);
  }
  buffer_.clear();
  // Trailing whitespace is content only in an answer without calls.
  if (calls_ == 0 && !held_space_.empty()) out.push_back({Event::Kind::text, 0, held_space_});
  held_space_.clear();
}

void ToolCallParser::on_text(std::vector<Event>& out) {
  const std::size_t pos = buffer_.find(kToolCallOpen);
  if (pos == std::string::npos) {
    const std::size_t keep = partial_suffix(buffer_, kToolCallOpen);
    emit_text(std::string_view(buffer_).substr(0, buffer_.size() - keep), out);
    buffer_.erase(0, buffer_.size() - keep);
    return;
  }
  emit_text(std::string_view(buffer_).substr(0, pos), out);
  space_before_block_ = std::move(held_space_);  // not content, unless the block is not a call
  held_space_.clear();
  block_.assign(kToolCallOpen);
  buffer_.erase(0, pos + kToolCallOpen.size());
  state_ = State::head;
}

void ToolCallParser::on_head(std::vector<Event>& out) {
  block_ += buffer_;
  buffer_.clear();
  std::size_t end = 0;
  std::string name;
  const std::string_view head = std::string_view(block_).substr(kToolCallOpen.size());
  const Head h = read_head(head, end, name);
  if (h == Head::need_more) return;
  if (h == Head::mismatch || !allowed(name)) {
    state_ = State::raw;
    return;
  }
  out.push_back({Event::Kind::call_start, calls_++, std::move(name)});
  space_before_block_.clear();
  buffer_.assign(head.substr(end));  // from the arguments' opening brace
  block_.clear();
  depth_ = 0;
  in_string_ = escaped_ = false;
  state_ = State::arguments;
}

void ToolCallParser::on_arguments(std::vector<Event>& out) {
  std::size_t i = 0;
  bool done = false;
  for (; i < buffer_.size() && !done; ++i) {
    const char c = buffer_[i];
    if (in_string_) {
      if (escaped_) {
        escaped_ = false;
      } else if (c == '\\') {
        escaped_ = true;
      } else if (c == '"') {
        in_string_ = false;
      }
    } else if (c == '"') {
      in_string_ = true;
    } else if (c == '{' || c == '[') {
      ++depth_;
    } else if (c == '}' || c == ']') {
      done = --depth_ == 0;
    }
  }
  if (i > 0) out.push_back({Event::Kind::arguments, calls_ - 1, buffer_.substr(0, i)});
  buffer_.erase(0, i);
  if (done) state_ = State::tail;
}

// After the arguments: the closing brace, then "</tool_call>". Anything the
// grammar would not have allowed in between is dropped with it.
void ToolCallParser::on_tail() {
  block_ += buffer_;
  buffer_.clear();
  const std::size_t pos = block_.find(kToolCallClose);
  if (pos == std::string::npos) return;
  buffer_ = block_.substr(pos + kToolCallClose.size());
  block_.clear();
  after_call_ = true;
  state_ = State::text;
}

void ToolCallParser::on_raw(std::vector<Event>& out) {
  block_ += buffer_;
  buffer_.clear();
  const std::size_t pos = block_.find(kToolCallClose);
  if (pos == std::string::npos) return;
  buffer_ = block_.substr(pos + kToolCallClose.size());
  block_.resize(pos + kToolCallClose.size());
  std::string name, arguments;
  const std::string_view body =
      std::string_view(block_).substr(kToolCallOpen.size(), pos - kToolCallOpen.size());
  if (read_block(body, name, arguments) && allowed(name)) {
    out.push_back({Event::Kind::call_start, calls_, std::move(name)});
    out.push_back({Event::Kind::arguments, calls_, std::move(arguments)});
    ++calls_;
    block_.clear();
    space_before_block_.clear();
    after_call_ = true;
  } else {
    give_back_raw(out);
  }
  state_ = State::text;
}

void ToolCallParser::give_back_raw(std::vector<Event>& out) {
  after_call_ = false;
  held_space_ = std::move(space_before_block_);
  space_before_block_.clear();
  emit_text(block_, out);
  block_.clear();
}

void ToolCallParser::emit_text(std::string_view text, std::vector<Event>& out) {
  if (after_call_) {
    std::size_t start = 0;
    while (start < text.size() && is_space(text[start])) ++start;
    text.remove_prefix(start);
    if (text.empty()) return;
    after_call_ = false;
  }
  std::size_t end = text.size();
  while (end > 0 && is_space(text[end - 1])) --end;
  if (end == 0) {
    held_space_ += text;
    return;
  }
  std::string content = std::move(held_space_);
  content += text.substr(0, end);
  held_space_.assign(text.substr(end));
  out.push_back({Event::Kind::text, 0, std::move(content)});
}

}  // namespace switchyard::local
