#include "switchyard/http/request_head.hpp"

#include "switchyard/http/message_head.hpp"

namespace switchyard::http {

namespace {

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

std::string_view trim(std::string_view v) {
  while (!v.empty() && (v.front() == ' ' || v.front() == '\t')) v.remove_prefix(1);
  while (!v.empty() && (v.back() == ' ' || v.back() == '\t')) v.remove_suffix(1);
  return v;
}

HeadProblem bad(std::string message) {
  return HeadProblem{400, std::move(message)};
}

// Printable for an error message: at most 40 bytes, control bytes as '?'.
std::string shown(std::string_view v) {
  std::string out;
  for (char c : v.substr(0, 40)) out += static_cast<unsigned char>(c) < 0x20 || c == 0x7f ? '?' : c;
  if (v.size() > 40) out += "...";
  return out;
}

// The last element of a comma-separated list, trimmed.
std::string_view last_element(std::string_view list) {
  const auto comma = list.rfind(',');
  return trim(comma == std::string_view::npos ? list : list.substr(comma + 1));
}

}  // namespace

std::size_t find_head_end(std::string_view data, std::size_t from) {
  from = from >= 3 ? from - 3 : 0;  // the end may straddle what was searched
  const auto at = data.find("\r\n\r\n", from);
  return at == std::string_view::npos ? 0 : at + 4;
}

std::optional<HeadProblem> check_request_head(std::string_view head) {
  // Line endings: CRLF only. A bare CR or LF is a line end to some readers
  // and not to others.
  for (std::size_t i = 0; i < head.size(); ++i) {
    if (head[i] == '\r' && (i + 1 == head.size() || head[i + 1] != '\n'))
      return bad("Malformed HTTP request: a bare CR in the request head; end lines with CRLF.");
    if (head[i] == '\n' && (i == 0 || head[i - 1] != '\r'))
      return bad("Malformed HTTP request: a bare LF in the request head; end lines with CRLF.");
  }
  std::size_t pos = 0;
  auto next_line = [&]() -> std::optional<std::string_view> {
    const auto eol = head.find("\r\n", pos);
    if (eol == std::string_view::npos) return std::nullopt;
    std::string_view line = head.substr(pos, eol - pos);
    pos = eol + 2;
    return line;
  };
  // The parser rejects what is not a request line; here only the version matters.
  auto request_line = next_line();
  if (!request_line) return std::nullopt;
  const bool http10 = request_line->ends_with(" HTTP/1.0");

  int content_lengths = 0;
  int transfer_encodings = 0;
  std::string_view transfer_encoding;
  while (auto line = next_line()) {
    if (line->empty()) break;  // end of the head
    if (line->front() == ' ' || line->front() == '\t')
      return bad(
          "Malformed HTTP request: a header line starts with whitespace (obs-fold line "
          "folding is not accepted); send each header field on one line.");
    const auto colon = line->find(':');
    const std::string_view name = line->substr(0, colon);
    if (colon == std::string_view::npos || !is_valid_header_name(name))
      return bad("Malformed HTTP request: the header line '" + shown(*line) +
                 "' is not 'Name: value' (no whitespace is allowed before the colon).");
    const std::string_view value = trim(line->substr(colon + 1));
    if (iequals(name, "content-length")) {
      if (++content_lengths > 1)
        return bad("Content-Length appears more than once; send exactly one.");
      bool digits = !value.empty() && value.size() <= 18;
      for (char c : value) digits = digits && c >= '0' && c <= '9';
      if (!digits)
        return bad("Content-Length '" + shown(value) +
                   "' is not a decimal number of bytes; send exactly one number.");
    } else if (iequals(name, "transfer-encoding")) {
      if (++transfer_encodings > 1)
        return bad("Transfer-Encoding appears more than once; send it once, as 'chunked'.");
      transfer_encoding = value;
    }
  }
  if (transfer_encodings > 0) {
    if (http10) return bad("Transfer-Encoding is not defined for HTTP/1.0; use Content-Length.");
    if (content_lengths > 0)
      return bad(
          "A request may carry Transfer-Encoding or Content-Length, not both; send one of "
          "them.");
    // "chunked" must be the final coding and appear once (RFC 9112 §6.1).
    std::string_view rest = transfer_encoding;
    int chunked = 0;
    while (!rest.empty()) {
      const auto comma = rest.find(',');
      if (iequals(trim(rest.substr(0, comma)), "chunked")) ++chunked;
      rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
    }
    if (chunked > 1)
      return bad("Transfer-Encoding '" + shown(transfer_encoding) +
                 "' applies 'chunked' more than once; send 'Transfer-Encoding: chunked'.");
    if (!iequals(last_element(transfer_encoding), "chunked"))
      return bad("Transfer-Encoding '" + shown(transfer_encoding) +
                 "' does not end in 'chunked', so the body's length is unknown; send "
                 "'Transfer-Encoding: chunked' or a Content-Length.");
    if (!iequals(transfer_encoding, "chunked"))
      return HeadProblem{501, "Transfer-Encoding '" + shown(transfer_encoding) +
                                  "' is not supported; only 'chunked' is. Send the body "
                                  "uncompressed, chunked or with a Content-Length."};
  }
  return std::nullopt;
}

std::string_view request_line_target(std::string_view data) {
  const std::size_t eol = data.find('\n');
  if (eol == std::string_view::npos) return {};
  const std::string_view line = data.substr(0, eol);
  const std::size_t first = line.find(' ');
  if (first == std::string_view::npos) return {};
  const std::size_t second = line.find(' ', first + 1);
  if (second == std::string_view::npos) return {};
  const std::string_view target = line.substr(first + 1, second - first - 1);
  if (target.empty() || target.front() != '/') return {};
  return target;
}

}  // namespace switchyard::http
