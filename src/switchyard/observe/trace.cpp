#include "switchyard/observe/trace.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <random>

#include "switchyard/observe/access_log.hpp"

namespace switchyard::observe {
namespace {

std::mt19937_64& generator() {
  thread_local std::mt19937_64 g{[] {
    std::random_device rd;
    return (static_cast<std::uint64_t>(rd()) << 32) ^ rd();
  }()};
  return g;
}

template <std::size_t N>
std::array<std::uint8_t, N> random_id() {
  std::array<std::uint8_t, N> id{};
  do {
    for (std::size_t i = 0; i < N; i += 8) {
      const std::uint64_t r = generator()();
      for (std::size_t j = 0; j < 8 && i + j < N; ++j)
        id[i + j] = static_cast<std::uint8_t>(r >> (8 * j));
    }
  } while (std::all_of(id.begin(), id.end(), [](std::uint8_t b) { return b == 0; }));
  return id;
}

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;  // W3C Trace Context: lowercase only
}

template <std::size_t N>
bool read_hex(std::string_view text, std::array<std::uint8_t, N>& out) {
  if (text.size() != 2 * N) return false;
  for (std::size_t i = 0; i < N; ++i) {
    const int hi = hex_digit(text[2 * i]), lo = hex_digit(text[2 * i + 1]);
    if (hi < 0 || lo < 0) return false;
    out[i] = static_cast<std::uint8_t>(hi * 16 + lo);
  }
  return std::any_of(out.begin(), out.end(), [](std::uint8_t b) { return b != 0; });
}

void append_attribute(std::string& out, const Attribute& a) {
  out += "{\"key\":";
  append_json_string(out, a.key);
  out += ",\"value\":{";
  if (const auto* s = std::get_if<std::string>(&a.value)) {
    out += "\"stringValue\":";
    append_json_string(out, *s);
  } else if (const auto* i = std::get_if<std::int64_t>(&a.value)) {
    out += fmt::format("\"intValue\":\"{}\"", *i);
  } else if (const auto* d = std::get_if<double>(&a.value)) {
    out += fmt::format("\"doubleValue\":{}", std::isfinite(*d) ? *d : 0.0);
  } else {
    out += std::get<bool>(a.value) ? "\"boolValue\":true" : "\"boolValue\":false";
  }
  out += "}}";
}

}  // namespace

TraceId new_trace_id() {
  return random_id<16>();
}

SpanId new_span_id() {
  return random_id<8>();
}

bool is_zero(const SpanId& id) {
  return std::all_of(id.begin(), id.end(), [](std::uint8_t b) { return b == 0; });
}

std::string hex(std::span<const std::uint8_t> bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string s;
  s.reserve(bytes.size() * 2);
  for (std::uint8_t b : bytes) {
    s += kDigits[b >> 4];
    s += kDigits[b & 15];
  }
  return s;
}

std::optional<TraceParent> parse_traceparent(std::string_view h) {
  // version "-" trace-id "-" parent-id "-" flags; version ff is invalid.
  if (h.size() < 55 || h[2] != '-' || h[35] != '-' || h[52] != '-') return std::nullopt;
  if (h.substr(0, 2) == "ff" || hex_digit(h[0]) < 0 || hex_digit(h[1]) < 0) return std::nullopt;
  if (h.substr(0, 2) == "00" && h.size() != 55) return std::nullopt;
  TraceParent p;
  if (!read_hex(h.substr(3, 32), p.trace_id) || !read_hex(h.substr(36, 16), p.span_id))
    return std::nullopt;
  return p;
}

Span& Span::attr(std::string key, std::string value) {
  attributes.push_back({std::move(key), std::move(value)});
  return *this;
}
Span& Span::attr(std::string key, std::int64_t value) {
  attributes.push_back({std::move(key), value});
  return *this;
}
Span& Span::attr(std::string key, double value) {
  attributes.push_back({std::move(key), value});
  return *this;
}
Span& Span::attr(std::string key, bool value) {
  attributes.push_back({std::move(key), value});
  return *this;
}

std::string encode_otlp_json(std::span<const Span> spans, std::string_view service_name) {
  std::string out = "{\"resourceSpans\":[{\"resource\":{\"attributes\":[";
  append_attribute(out, {"service.name", std::string(service_name)});
  out += "]},\"scopeSpans\":[{\"scope\":{\"name\":\"switchyard\"},\"spans\":[";
  bool first = true;
  for (const Span& s : spans) {
    if (!first) out += ',';
    first = false;
    out += fmt::format("{{\"traceId\":\"{}\",\"spanId\":\"{}\"", hex(s.trace_id), hex(s.span_id));
    if (!is_zero(s.parent_span_id))
      out += fmt::format(",\"parentSpanId\":\"{}\"", hex(s.parent_span_id));
    out += ",\"name\":";
    append_json_string(out, s.name);
    out += fmt::format(",\"kind\":{},\"startTimeUnixNano\":\"{}\",\"endTimeUnixNano\":\"{}\"",
                       static_cast<int>(s.kind), s.start_unix_ns, s.end_unix_ns);
    out += ",\"attributes\":[";
    for (std::size_t i = 0; i < s.attributes.size(); ++i) {
      if (i) out += ',';
      append_attribute(out, s.attributes[i]);
    }
    out += "]";
    if (s.error) {
      out += ",\"status\":{\"code\":2,\"message\":";
      append_json_string(out, s.status_message);
      out += "}";
    }
    out += '}';
  }
  out += "]}]}]}";
  return out;
}

}  // namespace switchyard::observe
