// Trace ids, W3C traceparent and the OTLP/HTTP JSON encoding, decoded back.
#include "switchyard/observe/trace.hpp"

#include <gtest/gtest.h>
#include <simdjson.h>

namespace switchyard::observe {
namespace {

TEST(TraceParentTest, ReadsTheTraceAndParentOfAValidHeader) {
  auto p = parse_traceparent("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
  ASSERT_TRUE(p);
  EXPECT_EQ(hex(p->trace_id), "4bf92f3577b34da6a3ce929d0e0e4736");
  EXPECT_EQ(hex(p->span_id), "00f067aa0ba902b7");
}

TEST(TraceParentTest, RefusesMalformedHeaders) {
  for (const char* bad : {
           "",
           "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7",     // no flags
           "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01",  // uppercase
           "00-00000000000000000000000000000000-00f067aa0ba902b7-01",  // zero trace
           "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01",  // zero parent
           "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",  // version ff
           "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-x",
           "00_4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
       })
    EXPECT_FALSE(parse_traceparent(bad)) << bad;
}

TEST(TraceIdTest, IdsAreRandomAndNeverZero) {
  const TraceId a = new_trace_id(), b = new_trace_id();
  EXPECT_NE(a, b);
  EXPECT_FALSE(is_zero(new_span_id()));
  EXPECT_EQ(hex(a).size(), 32u);
}

TEST(OtlpJsonTest, DecodesAsTheCollectorReadsIt) {
  Span root;
  root.trace_id =
      parse_traceparent("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")->trace_id;
  root.span_id = new_span_id();
  root.name = "chat \"support\"";
  root.kind = SpanKind::server;
  root.start_unix_ns = 1764777600000000000ull;
  root.end_unix_ns = 1764777600250000000ull;
  root.attr("gen_ai.request.model", "support")
      .attr("gen_ai.usage.input_tokens", std::int64_t{5})
      .attr("switchyard.cost_usd", 0.25)
      .attr("switchyard.stream", true);
  Span child;
  child.trace_id = root.trace_id;
  child.span_id = new_span_id();
  child.parent_span_id = root.span_id;
  child.name = "chat gpt";
  child.kind = SpanKind::client;
  child.error = true;
  child.status_message = "HTTP 500";
  const std::vector<Span> spans = {root, child};
  const std::string json = encode_otlp_json(spans, "gw-1");

  simdjson::dom::parser p;
  simdjson::dom::element doc;
  ASSERT_FALSE(p.parse(json).get(doc)) << json;
  auto rs = doc["resourceSpans"].at(0);
  EXPECT_EQ(std::string_view(rs["resource"]["attributes"].at(0)["key"]), "service.name");
  EXPECT_EQ(std::string_view(rs["resource"]["attributes"].at(0)["value"]["stringValue"]), "gw-1");
  auto list = rs["scopeSpans"].at(0)["spans"];
  auto s0 = list.at(0);
  EXPECT_EQ(std::string_view(s0["traceId"]), "4bf92f3577b34da6a3ce929d0e0e4736");
  EXPECT_EQ(std::string_view(s0["spanId"]), hex(root.span_id));
  EXPECT_TRUE(s0["parentSpanId"].error()) << "a root span has no parent";
  EXPECT_EQ(std::string_view(s0["name"]), "chat \"support\"");
  EXPECT_EQ(std::int64_t(s0["kind"]), 2);
  EXPECT_EQ(std::string_view(s0["startTimeUnixNano"]), "1764777600000000000");
  EXPECT_EQ(std::string_view(s0["endTimeUnixNano"]), "1764777600250000000");
  auto attrs = s0["attributes"];
  EXPECT_EQ(std::string_view(attrs.at(0)["value"]["stringValue"]), "support");
  EXPECT_EQ(std::string_view(attrs.at(1)["value"]["intValue"]), "5");
  EXPECT_EQ(double(attrs.at(2)["value"]["doubleValue"]), 0.25);
  EXPECT_EQ(bool(attrs.at(3)["value"]["boolValue"]), true);
  EXPECT_TRUE(s0["status"].error()) << "UNSET is left out";
  auto s1 = list.at(1);
  EXPECT_EQ(std::string_view(s1["parentSpanId"]), hex(root.span_id));
  EXPECT_EQ(std::int64_t(s1["kind"]), 3);
  EXPECT_EQ(std::int64_t(s1["status"]["code"]), 2);
  EXPECT_EQ(std::string_view(s1["status"]["message"]), "HTTP 500");
}

}  // namespace
}  // namespace switchyard::observe
