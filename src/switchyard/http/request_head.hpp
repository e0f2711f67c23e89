// Checks the framing of a request head before it is parsed, so that no two
// readers of the same bytes can disagree on where the request ends
// (request smuggling, RFC 9112 §6.3 and §11.2).
//
// Beast's parser accepts some heads whose body length is ambiguous: a
// Transfer-Encoding other than a final "chunked" (gzip, identity, "chunked,
// identity", a quoted "chunked") was read as "no body", so the body's bytes
// became the next request on the connection; a non-chunked Transfer-Encoding
// beside a Content-Length, repeated Content-Length fields and obs-fold
// continuation lines passed too. Each of these is answered with an error and
// the connection is closed, never served.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace switchyard::http {

struct HeadProblem {
  unsigned status;      // 400, or 501 for a transfer coding we do not implement
  std::string message;  // says what to fix
};

// `head` is a request head: the request line and the header fields, ending
// in the empty line ("\r\n\r\n"). Returns the first framing problem found,
// or nothing if the head's framing is unambiguous. Syntax errors the parser
// itself rejects (a bad method, target or version) are left to it.
std::optional<HeadProblem> check_request_head(std::string_view head);

// Where the head in `data` ends (the index just past "\r\n\r\n"), searching
// from `from` (the size already searched); 0 if it has not ended yet.
std::size_t find_head_end(std::string_view data, std::size_t from = 0);

// The target of the request line at the start of `data` ("/v1/messages?x=1"
// in "POST /v1/messages?x=1 HTTP/1.1\r\n..."), or "" when that line has not
// arrived whole or carries no origin-form target. For answering a request
// that failed to arrive well-formed in the format its path expects.
std::string_view request_line_target(std::string_view data);

}  // namespace switchyard::http
