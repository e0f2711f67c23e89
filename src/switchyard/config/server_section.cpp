#include "switchyard/config/sections.hpp"
#include "switchyard/config/values.hpp"

namespace switchyard::config {
namespace {

constexpr std::string_view kUseListen =
    "the server address is one key, listen: \"HOST:PORT\", e.g. listen: \"127.0.0.1:8080\"";

const MapSchema kServer{
    {"listen", "threads", "max_body_bytes", "max_header_bytes", "read_timeout_ms",
     "idle_timeout_ms", "shutdown_timeout_ms", "request_timeout_ms"},
    {{"host", kUseListen}, {"port", kUseListen}}};

void read_listen(const MapReader& m, ServerConfig& out) {
  std::string listen;
  if (!m.read_string("listen", listen)) return;
  const auto address = parse_listen(listen);
  if (!address) {
    m.report("listen", address.error().message + " (got '" + listen + "')");
    return;
  }
  out.host = address->host;
  out.port = address->port;
}

}  // namespace

void read_server(const YAML::Node& node, int line, ServerConfig& out, Problems& problems) {
  const MapReader m(node, line, "server", kServer, problems);
  read_listen(m, out);
  m.read_int("threads", 0, 1024, out.threads);
  m.read_byte_size("max_body_bytes", out.max_body_bytes);
  m.read_byte_size("max_header_bytes", out.max_header_bytes);
  m.read_millis("read_timeout_ms", 1, out.read_timeout);
  m.read_millis("idle_timeout_ms", 1, out.idle_timeout);
  m.read_millis("shutdown_timeout_ms", 0, out.shutdown_timeout);
  m.read_millis("request_timeout_ms", 1, out.request_timeout);
}

}  // namespace switchyard::config
