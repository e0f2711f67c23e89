#include "switchyard/http/message_head.hpp"

#include <charconv>

#include "switchyard/http/asio.hpp"

namespace switchyard::http {

namespace {

// RFC 7230 tchar.
bool is_token_char(unsigned char c) {
  if (c >= '0' && c <= '9') return true;
  if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return true;
  switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
      return true;
    default:
      return false;
  }
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if ((a[i] | 0x20) != (b[i] | 0x20)) return false;  // fine for token characters
  return true;
}

std::string_view trim(std::string_view v) {
  while (!v.empty() && (v.front() == ' ' || v.front() == '\t')) v.remove_prefix(1);
  while (!v.empty() && (v.back() == ' ' || v.back() == '\t')) v.remove_suffix(1);
  return v;
}

void append_number(std::string& out, std::size_t n) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, n);
  out.append(buf, r.ptr);
}

}  // namespace

bool is_valid_header_name(std::string_view name) {
  if (name.empty()) return false;
  for (char c : name)
    if (!is_token_char(static_cast<unsigned char>(c))) return false;
  return true;
}

bool is_valid_header_value(std::string_view value) {
  for (char ch : value) {
    const auto c = static_cast<unsigned char>(ch);
    if ((c < 0x20 && c != '\t') || c == 0x7f) return false;
  }
  return true;
}

bool is_framing_header(std::string_view name) {
  return iequals(name, "content-length") || iequals(name, "transfer-encoding") ||
         iequals(name, "connection");
}

void append_status_line(std::string& out, unsigned version, unsigned status) {
  out += version >= 11 ? "HTTP/1.1 " : "HTTP/1.0 ";
  // Three digits, as the status-line requires; Beast's table has the phrase.
  const unsigned code = status % 1000;
  out += static_cast<char>('0' + code / 100);
  out += static_cast<char>('0' + code / 10 % 10);
  out += static_cast<char>('0' + code % 10);
  out += ' ';
  const auto reason = bhttp::obsolete_reason(static_cast<bhttp::status>(code));
  out.append(reason.data(), reason.size());
  out += "\r\n";
}

bool append_request_line(std::string& out, std::string_view method, std::string_view path,
                         std::string_view rest) {
  if (!is_valid_header_name(method) || (path.empty() && rest.empty())) return false;
  for (std::string_view part : {path, rest})
    for (char ch : part) {
      const auto c = static_cast<unsigned char>(ch);
      if (c <= 0x20 || c == 0x7f) return false;
    }
  out += method;
  out += ' ';
  out += path;
  out += rest;
  out += " HTTP/1.1\r\n";
  return true;
}

bool append_header(std::string& out, std::string_view name, std::string_view value) {
  value = trim(value);
  if (!is_valid_header_name(name) || !is_valid_header_value(value)) return false;
  out += name;
  out += ": ";
  out += value;
  out += "\r\n";
  return true;
}

void append_content_length(std::string& out, std::size_t length) {
  out += "Content-Length: ";
  append_number(out, length);
  out += "\r\n";
}

std::size_t format_chunk_size(char (&buf)[24], std::size_t size) {
  auto r = std::to_chars(buf, buf + sizeof buf - 2, size, 16);
  *r.ptr++ = '\r';
  *r.ptr++ = '\n';
  return static_cast<std::size_t>(r.ptr - buf);
}

}  // namespace switchyard::http
