#include "switchyard/privacy/json_span.hpp"

namespace switchyard::privacy {
namespace {

bool number_char(char c) {
  return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

bool blank(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool structural(char c) {
  return blank(c) || c == '"' || c == '{' || c == '}' || c == '[' || c == ']' || c == ':' ||
         c == ',';
}

bool letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

}  // namespace

std::vector<JsonPiece> json_pieces(std::string_view json, std::size_t start, std::size_t end) {
  std::vector<JsonPiece> out;
  if (end > json.size()) end = json.size();
  if (start >= end) return out;
  auto add = [&](JsonPiece::Kind kind, std::size_t from, std::size_t to) {
    if (!out.empty() && out.back().kind == kind && out.back().end >= from &&
        kind != JsonPiece::Kind::number) {
      out.back().end = to;
      return;
    }
    out.push_back({kind, from, to});
  };
  bool in_string = false;
  for (std::size_t i = 0; i < end;) {
    const char c = json[i];
    if (in_string) {
      // An escape is two bytes of the body ("\uXXXX": the rest follow as body).
      const std::size_t n = c == '\\' && i + 1 < json.size() ? 2 : 1;
      if (c == '"') {
        in_string = false;
      } else if (i + n > start) {
        add(JsonPiece::Kind::string_body, i < start ? start : i, i + n > end ? end : i + n);
      }
      i += n;
      continue;
    }
    if (c == '"') {
      in_string = true;
      ++i;
      continue;
    }
    if (structural(c)) {
      ++i;
      continue;
    }
    // A token outside strings: a number, a literal, or text that is not JSON.
    std::size_t to = i;
    bool digits = false;
    for (; to < json.size() && number_char(json[to]); ++to)
      digits = digits || (json[to] >= '0' && json[to] <= '9');
    if (to > i && digits) {
      if (to > start) add(JsonPiece::Kind::number, i, to);
      i = to;
      continue;
    }
    to = i;
    while (to < json.size() && letter(json[to])) ++to;
    const std::string_view word = json.substr(i, to - i);
    if (word == "true" || word == "false" || word == "null") {
      i = to;
      continue;
    }
    if (to == i) to = i + 1;
    if (to > start) add(JsonPiece::Kind::loose, i < start ? start : i, to > end ? end : to);
    i = to;
  }
  return out;
}

bool looks_like_json(std::string_view text) {
  for (char c : text) {
    if (blank(c)) continue;
    return c == '{' || c == '[';
  }
  return false;
}

}  // namespace switchyard::privacy
