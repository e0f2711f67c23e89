// The start line and header block of the HTTP/1.1 messages we send, written
// straight into one reusable string.
//
// Beast's message + serializer path cost a node allocation per header field
// and a walk over nested buffer views per write; for the few, known headers
// the gateway emits, appending text is much cheaper. The head and the body
// then go out as two buffers of one gathered write (one sendmsg).
//
// Values are trimmed of surrounding blanks (as Beast's fields did), and a
// field whose name is not an RFC 7230 token or whose value holds a control
// character (CR and LF above all: header injection) is left out, never sent.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace switchyard::http {

bool is_valid_header_name(std::string_view name);
// No control characters except horizontal tab.
bool is_valid_header_value(std::string_view value);

// Headers that frame the message (Content-Length, Transfer-Encoding,
// Connection): the writer sets them itself, callers' copies are dropped.
bool is_framing_header(std::string_view name);

// "HTTP/1.1 200 OK\r\n" (version 10 or 11).
void append_status_line(std::string& out, unsigned version, unsigned status);
// "POST /v1/chat HTTP/1.1\r\n", the target being `path` followed by `rest`;
// false (nothing appended) if the method is not a token or the target is
// empty or holds a blank or a control character.
bool append_request_line(std::string& out, std::string_view method, std::string_view path,
                         std::string_view rest = {});
// "Name: value\r\n" with the value trimmed; false (nothing appended) when the
// name or value is invalid.
bool append_header(std::string& out, std::string_view name, std::string_view value);
void append_content_length(std::string& out, std::size_t length);
// Ends the header block: "\r\n".
inline void end_head(std::string& out) {
  out += "\r\n";
}

// Whether a response with this status never has a body (1xx, 204, 304).
inline bool status_has_no_body(unsigned status) {
  return (status >= 100 && status < 200) || status == 204 || status == 304;
}

// Writes the chunk-size line of a chunk of `size` bytes ("1a2\r\n") into
// `buf` and returns its length.
std::size_t format_chunk_size(char (&buf)[24], std::size_t size);

}  // namespace switchyard::http
