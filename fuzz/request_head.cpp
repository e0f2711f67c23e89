// Fuzz target: how the server reads a request head. The head's end is found
// (find_head_end, as bytes arrive), its framing checked (check_request_head),
// then Beast's parser reads head and body exactly as Server::read_request
// does. Also the writer side of message_head: a header line it accepts to
// write never carries a CR or LF of its own (header injection).
//
// Beyond "no crash": the head's end is found at the same place however the
// bytes arrived.
#include "switchyard/http/asio.hpp"  // first: carries the Boost 1.74 work-arounds

#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "switchyard/http/message_head.hpp"
#include "switchyard/http/request_head.hpp"

namespace {

using namespace switchyard::http;

void parse_like_the_server(std::string_view data) {
  const std::size_t end = find_head_end(data);
  // The end, searched for as the bytes come in 7 at a time.
  std::size_t found = 0;
  for (std::size_t have = 7, searched = 0; found == 0; have += 7) {
    const std::size_t n = std::min(have, data.size());
    found = find_head_end(data.substr(0, n), searched);
    searched = n;
    if (n == data.size()) break;
  }
  if (found != end) std::abort();
  if (end == 0) return;
  if (check_request_head(data.substr(0, end))) return;  // answered 400, never parsed
  bhttp::request_parser<bhttp::string_body> parser;
  parser.header_limit(16 * 1024);
  parser.body_limit(1 << 20);
  boost::system::error_code ec;
  const std::size_t used = parser.put(net::buffer(data.data(), end), ec);
  if (ec || !parser.is_header_done()) return;
  std::string_view rest = data.substr(used);
  parser.eager(true);
  while (!rest.empty() && !parser.is_done()) {
    const std::size_t n = parser.put(net::buffer(rest.data(), rest.size()), ec);
    if (ec && ec != bhttp::error::need_more) return;
    if (n == 0) break;
    rest.remove_prefix(n);
  }
}

void write_a_header(std::string_view data) {
  const auto cut = data.find('\0');
  if (cut == std::string_view::npos) return;
  std::string out;
  if (!append_header(out, data.substr(0, cut), data.substr(cut + 1))) return;
  // One line: "Name: value\r\n", no other CR or LF anywhere.
  if (out.size() < 2 || !out.ends_with("\r\n")) std::abort();
  const std::string_view body(out.data(), out.size() - 2);
  if (body.find_first_of("\r\n") != std::string_view::npos) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  parse_like_the_server(bytes);
  write_a_header(bytes);
  return 0;
}
