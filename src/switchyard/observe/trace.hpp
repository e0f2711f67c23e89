// Traces: the spans of one request as OpenTelemetry models them, and their
// OTLP/HTTP JSON encoding (opentelemetry-proto's JSON mapping: ids as hex,
// 64-bit integers as decimal strings, enums as numbers). The gateway records
// a request's stages and upstream attempts on a RequestTrace while it runs
// (steady-clock instants, no allocation per stage beyond a vector slot),
// turns them into Spans when the request is done, and an exporter sends
// them in batches off the request path (gateway/trace_exporter.hpp).
#pragma once

#include <array>
#include <chrono>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace switchyard::observe {

using TraceId = std::array<std::uint8_t, 16>;
using SpanId = std::array<std::uint8_t, 8>;

// Random ids (a per-thread generator seeded from std::random_device); never
// all zero, which OTLP reads as "none".
TraceId new_trace_id();
SpanId new_span_id();
bool is_zero(const SpanId& id);
std::string hex(std::span<const std::uint8_t> bytes);

// W3C Trace Context: the trace and parent span a `traceparent` header names
// ("00-<32 hex>-<16 hex>-<2 hex>"); nullopt when it is malformed or all zero.
struct TraceParent {
  TraceId trace_id{};
  SpanId span_id{};
};
std::optional<TraceParent> parse_traceparent(std::string_view header);

enum class SpanKind { internal = 1, server = 2, client = 3 };

struct Attribute {
  std::string key;
  std::variant<std::string, std::int64_t, double, bool> value;
};

struct Span {
  TraceId trace_id{};
  SpanId span_id{};
  SpanId parent_span_id{};  // zero: a root span
  std::string name;
  SpanKind kind = SpanKind::internal;
  std::uint64_t start_unix_ns = 0;
  std::uint64_t end_unix_ns = 0;
  std::vector<Attribute> attributes;
  bool error = false;          // status ERROR (else UNSET)
  std::string status_message;  // with error: why

  Span& attr(std::string key, std::string value);
  Span& attr(std::string key, const char* value) {
    return attr(std::move(key), std::string(value));
  }
  Span& attr(std::string key, std::int64_t value);
  Span& attr(std::string key, double value);
  Span& attr(std::string key, bool value);
};

// One ExportTraceServiceRequest: every span under one resource
// (service.name = `service_name`) and one instrumentation scope.
std::string encode_otlp_json(std::span<const Span> spans, std::string_view service_name);

// What a request records while it runs (steady-clock instants); the
// gateway turns it into spans at the end.
struct RequestTrace {
  using Clock = std::chrono::steady_clock;
  struct Step {
    const char* name;  // a stage: "identify", "decode", ...
    Clock::time_point start, end;
    bool refused = false;
  };
  struct Attempt {
    std::uint32_t deployment = 0;  // the router's deployment index
    int number = 1;                // 1: the first attempt on that deployment
    Clock::time_point start, end;
    int error_status = 0;  // 0: it answered
    std::string error_code;
  };
  TraceId trace_id{};
  SpanId parent{};  // the caller's span (traceparent); zero: none
  std::vector<Step> steps;
  void step(const char* name, Clock::time_point start, Clock::time_point end, bool refused) {
    steps.push_back(Step{name, start, end, refused});
  }
  void attempt(std::uint32_t deployment, int number, Clock::time_point start, Clock::time_point end,
               int error_status, std::string_view error_code) {
    attempts.push_back(
        Attempt{deployment, number, start, end, error_status, std::string(error_code)});
  }
  std::vector<Attempt> attempts;
};

}  // namespace switchyard::observe
