#include "client_options.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>

#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace switchyard::bench {

namespace {

void usage(std::FILE* to) {
  std::fputs(
      "usage: switchyard-stream-client --url http://127.0.0.1:PORT [--path /v1/chat/completions]\n"
      "         [--streams 2000] [--chunks 200] [--interval-ms 50] [--model NAME]\n"
      "         [--duration 30] [--ramp 2] [--grace 10] [--authorization 'Bearer KEY']\n"
      "         [--label NAME]\n"
      "  Holds --streams concurrent streamed chat requests (model paced-<chunks>-<interval-ms>\n"
      "  unless --model), one keep-alive connection each, opened over --ramp seconds; new\n"
      "  streams start until --duration seconds have passed. Loopback addresses only.\n",
      to);
}

bool parse_url(std::string_view url, Options& o) {
  if (!url.starts_with("http://")) return false;
  url.remove_prefix(7);
  if (url.ends_with('/')) url.remove_suffix(1);
  const auto colon = url.rfind(':');
  if (colon == std::string_view::npos) return false;
  std::string host(url.substr(0, colon));
  if (host == "localhost") host = "127.0.0.1";
  in_addr a{};
  if (inet_pton(AF_INET, host.c_str(), &a) != 1) return false;
  if ((ntohl(a.s_addr) >> 24) != 127) return false;  // loopback only
  unsigned port = 0;
  const std::string_view p = url.substr(colon + 1);
  auto [end, ec] = std::from_chars(p.data(), p.data() + p.size(), port);
  if (ec != std::errc() || end != p.data() + p.size() || port == 0 || port > 65535) return false;
  o.host = std::move(host);
  o.port = static_cast<std::uint16_t>(port);
  return true;
}

bool parse_number(std::string_view s, double& out) {
  char* end = nullptr;
  const std::string copy(s);
  out = std::strtod(copy.c_str(), &end);
  return !copy.empty() && end == copy.c_str() + copy.size() && out >= 0;
}

bool parse_int(std::string_view s, int lo, int hi, int& out) {
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && end == s.data() + s.size() && out >= lo && out <= hi;
}

}  // namespace

std::string request_bytes(const Options& o) {
  std::string body = R"({"model":")" + o.model + R"(","stream":true,)" +
                     R"("stream_options":{"include_usage":true},"max_tokens":)" +
                     std::to_string(o.chunks) +
                     R"(,"messages":[{"role":"system","content":"You are a concise support )"
                     R"(assistant for an online bookshop. Answer in two sentences at most."},)"
                     R"({"role":"user","content":"My order of three paperbacks was marked )"
                     R"(delivered yesterday but nothing arrived. What should I do next, and )"
                     R"(how long does a replacement usually take?"}]})";
  std::string r = "POST " + o.path + " HTTP/1.1\r\nHost: " + o.host + ":" + std::to_string(o.port) +
                  "\r\nContent-Type: application/json\r\nAccept: text/event-stream\r\n";
  if (!o.authorization.empty()) r += "Authorization: " + o.authorization + "\r\n";
  r += "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
  return r;
}

int parse_options(int argc, char** argv, Options& o) {
  bool have_url = false;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "-h" || arg == "--help") {
      usage(stdout);
      return 0;
    }
    if (i + 1 >= argc) {
      std::fprintf(stderr, "stream-client: %s needs a value\n", argv[i]);
      return 2;
    }
    const std::string_view v = argv[++i];
    bool ok = true;
    if (arg == "--url") {
      ok = have_url = parse_url(v, o);
    } else if (arg == "--path") {
      o.path = v;
      ok = o.path.starts_with('/');
    } else if (arg == "--streams") {
      ok = parse_int(v, 1, 100'000, o.streams);
    } else if (arg == "--chunks") {
      ok = parse_int(v, 1, 1'000'000, o.chunks);
    } else if (arg == "--interval-ms") {
      ok = parse_int(v, 0, 60'000, o.interval_ms);
    } else if (arg == "--model") {
      o.model = v;
    } else if (arg == "--duration") {
      ok = parse_number(v, o.duration_s);
    } else if (arg == "--ramp") {
      ok = parse_number(v, o.ramp_s);
    } else if (arg == "--grace") {
      ok = parse_number(v, o.grace_s);
    } else if (arg == "--authorization") {
      o.authorization = v;
    } else if (arg == "--label") {
      o.label = v;
    } else {
      std::fprintf(stderr, "stream-client: unknown option %s\n", argv[i - 1]);
      usage(stderr);
      return 2;
    }
    if (!ok) {
      std::fprintf(stderr, "stream-client: invalid value '%s' for %s\n", argv[i], argv[i - 1]);
      return 2;
    }
  }
  if (!have_url) {
    std::fprintf(stderr, "stream-client: --url http://127.x.x.x:PORT is required\n");
    usage(stderr);
    return 2;
  }
  if (o.model.empty())
    o.model = "paced-" + std::to_string(o.chunks) + "-" + std::to_string(o.interval_ms);

  return -1;
}

}  // namespace switchyard::bench
