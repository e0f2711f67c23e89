// Traces and the access log through the gateway (docs/observability.md):
// spans reach a collector stand-in on loopback, which decodes the OTLP/HTTP
// JSON it receives: a server span joined to the caller's traceparent, a span
// per stage and per upstream attempt (the failed one marked), GenAI
// attribute names. The access log carries prompts only when told to.
#include <gtest/gtest.h>
#include <simdjson.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <sstream>
#include <thread>

#include "fakes/fake_openai_upstream.hpp"
#include "support/loopback_gateway.hpp"
#include "support/temp_ledger.hpp"
#include "switchyard/http/server.hpp"

namespace switchyard::gateway {
namespace {

using namespace std::chrono_literals;

// An OTLP/HTTP collector stand-in: keeps each body POSTed to /v1/traces.
class Collector {
 public:
  Collector() {
    http::ServerOptions o;
    o.host = "127.0.0.1";
    o.port = 0;
    o.threads = 1;
    server_ = std::make_unique<http::Server>(
        o, [this](http::Request& req, http::ResponseWriter& out) -> http::Task<void> {
          const bool ok = req.target() == "/v1/traces" &&
                          req[http::bhttp::field::content_type] == "application/json";
          if (ok) {
            std::lock_guard lock(mu_);
            bodies_.push_back(req.body());
          }
          co_await out.send(ok ? 200 : 400, "application/json", "{}");
        });
    server_->start();
  }
  ~Collector() { server_->shutdown(std::chrono::seconds(1)); }
  std::string endpoint() const {
    return "http://127.0.0.1:" + std::to_string(server_->port()) + "/v1/traces";
  }
  std::vector<std::string> bodies() const {
    std::lock_guard lock(mu_);
    return bodies_;
  }

 private:
  mutable std::mutex mu_;
  std::vector<std::string> bodies_;
  std::unique_ptr<http::Server> server_;
};

// A decoded span: what a collector would store.
struct SeenSpan {
  std::string trace_id, span_id, parent, name;
  int kind = 0;
  int status = 0;
  std::uint64_t start = 0, end = 0;
  std::map<std::string, std::string> attrs;  // every value as text
};

std::vector<SeenSpan> decode(const std::vector<std::string>& bodies) {
  std::vector<SeenSpan> out;
  simdjson::dom::parser p;
  for (const std::string& body : bodies) {
    simdjson::dom::element doc;
    EXPECT_FALSE(p.parse(body).get(doc)) << body;
    for (auto rs : doc["resourceSpans"].get_array())
      for (auto ss : rs["scopeSpans"].get_array())
        for (auto s : ss["spans"].get_array()) {
          SeenSpan seen;
          seen.trace_id = std::string(std::string_view(s["traceId"]));
          seen.span_id = std::string(std::string_view(s["spanId"]));
          std::string_view parent;
          if (!s["parentSpanId"].get(parent)) seen.parent = std::string(parent);
          seen.name = std::string(std::string_view(s["name"]));
          seen.kind = static_cast<int>(std::int64_t(s["kind"]));
          seen.start = std::stoull(std::string(std::string_view(s["startTimeUnixNano"])));
          seen.end = std::stoull(std::string(std::string_view(s["endTimeUnixNano"])));
          std::int64_t code = 0;
          if (!s["status"]["code"].get(code)) seen.status = static_cast<int>(code);
          for (auto a : s["attributes"].get_array()) {
            auto v = a["value"];
            std::string text;
            std::string_view sv;
            std::int64_t iv;
            double dv;
            bool bv;
            if (!v["stringValue"].get(sv))
              text = std::string(sv);
            else if (!v["intValue"].get(sv))
              text = std::string(sv);
            else if (!v["doubleValue"].get(dv))
              text = std::to_string(dv);
            else if (!v["boolValue"].get(bv))
              text = bv ? "true" : "false";
            else if (!v["intValue"].get(iv))
              text = std::to_string(iv);
            seen.attrs[std::string(std::string_view(a["key"]))] = text;
          }
          out.push_back(std::move(seen));
        }
  }
  return out;
}

class ObserveGatewayTest : public ::testing::Test {
 protected:
  void SetUp() override { upstream_.start(); }
  void TearDown() override {
    gw_.stop();
    upstream_.shutdown();
    std::filesystem::remove(log_path_);
  }

  void start(const std::string& observe) {
    const std::string yaml =
        testing::loopback_server_yaml(1) +
        "providers:\n"
        "  - { name: fake, kind: openai_compatible, base_url: '" +
        upstream_.base_url() + "/v1', api_key_env: FAKE_KEY }\n" +
        "models:\n"
        "  - alias: support\n    deployments:\n"
        "      - { name: broken, provider: fake, model: error-500, side: local }\n"
        "      - { name: cloud-gpt, provider: fake, model: gpt, side: cloud,\n"
        "          price: { input_per_1m: 1, output_per_1m: 2 } }\n"
        "routing:\n  retry: { max_attempts: 1 }\n" +
        ledger_.yaml() + observe;
    gw_.start(yaml, [](const char* n) -> const char* {
      return std::string_view(n) == "FAKE_KEY" ? "sk-provider-secret-123" : nullptr;
    });
  }

  testing::TestResponse chat(const std::string& text,
                             std::vector<std::pair<std::string, std::string>> headers = {}) {
    return gw_.post(
        "/v1/chat/completions",
        R"({"model":"support","messages":[{"role":"user","content":")" + text + R"("}]})",
        std::move(headers));
  }

  std::string read_log(std::size_t lines) {
    // The log's writer thread flushes every 100 ms: wait, bounded, for the lines.
    std::string text;
    for (int i = 0; i < 200; ++i) {
      std::ifstream in(log_path_);
      std::stringstream s;
      s << in.rdbuf();
      text = s.str();
      if (static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) >= lines) break;
      std::this_thread::sleep_for(25ms);
    }
    return text;
  }

  testing::FakeOpenAIUpstream upstream_;
  testing::TempLedger ledger_{"switchyard-observe"};
  testing::LoopbackGateway gw_;
  std::string log_path_ = (std::filesystem::temp_directory_path() /
                           ("switchyard-observe-" + std::to_string(::getpid()) + ".log"))
                              .string();
};

TEST_F(ObserveGatewayTest, SpansReachTheCollectorWithGenAiAttributes) {
  Collector collector;
  start("observe:\n  traces: { endpoint: '" + collector.endpoint() +
        "', interval_ms: 20, service_name: gw-test }\n");
  const std::string parent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
  auto r = chat("hello world", {{"traceparent", parent}});
  ASSERT_EQ(r.status, 200u) << r.body;

  std::vector<SeenSpan> spans;
  for (int i = 0; i < 200 && spans.size() < 9; ++i) {  // bounded: 5 s
    spans = decode(collector.bodies());
    if (spans.size() < 9) std::this_thread::sleep_for(25ms);
  }
  // The server span, six stages, two attempts.
  ASSERT_EQ(spans.size(), 9u);
  EXPECT_NE(collector.bodies()[0].find("\"stringValue\":\"gw-test\""), std::string::npos);
  SeenSpan& root = spans[0];
  EXPECT_EQ(root.trace_id, "4bf92f3577b34da6a3ce929d0e0e4736") << "joined to the caller's trace";
  EXPECT_EQ(root.parent, "00f067aa0ba902b7");
  EXPECT_EQ(root.name, "chat support");
  EXPECT_EQ(root.kind, 2);
  EXPECT_EQ(root.attrs["gen_ai.operation.name"], "chat");
  EXPECT_EQ(root.attrs["gen_ai.request.model"], "support");
  EXPECT_EQ(root.attrs["gen_ai.usage.input_tokens"], "5");
  EXPECT_EQ(root.attrs["gen_ai.usage.output_tokens"], "3");
  EXPECT_EQ(root.attrs["http.response.status_code"], "200");
  EXPECT_EQ(root.attrs["switchyard.deployment"], "cloud-gpt");
  EXPECT_EQ(root.attrs["switchyard.route.rule"], "default");
  EXPECT_EQ(root.attrs["switchyard.request_id"], r.header("x-request-id"));
  EXPECT_LE(root.start, root.end);

  std::vector<std::string> names;
  for (std::size_t i = 1; i < spans.size(); ++i) {
    EXPECT_EQ(spans[i].trace_id, root.trace_id);
    EXPECT_EQ(spans[i].parent, root.span_id);
    EXPECT_GE(spans[i].start, root.start);
    EXPECT_LE(spans[i].end, root.end);
    names.push_back(spans[i].name);
  }
  const std::vector<std::string> expected = {"identify", "decode",  "authorize",      "classify",
                                             "route",    "reserve", "chat error-500", "chat gpt"};
  EXPECT_EQ(names, expected);
  SeenSpan& failed = spans[7];
  EXPECT_EQ(failed.kind, 3);
  EXPECT_EQ(failed.status, 2);
  EXPECT_EQ(failed.attrs["gen_ai.system"], "openai");
  EXPECT_EQ(failed.attrs["switchyard.deployment"], "broken");
  EXPECT_EQ(failed.attrs["error.type"], "500");
  SeenSpan& answered = spans[8];
  EXPECT_EQ(answered.status, 0);
  EXPECT_EQ(answered.attrs["gen_ai.request.model"], "gpt");
  EXPECT_EQ(answered.attrs["gen_ai.usage.input_tokens"], "5");
  EXPECT_EQ(answered.attrs["switchyard.side"], "cloud");
  EXPECT_LE(failed.end, answered.start);
  for (const std::string& body : collector.bodies()) {
    EXPECT_EQ(body.find("hello world"), std::string::npos) << "no prompt text in spans";
    EXPECT_EQ(body.find("sk-provider-secret-123"), std::string::npos);
  }
}

TEST_F(ObserveGatewayTest, WithoutATraceparentEachRequestStartsItsOwnTrace) {
  Collector collector;
  start("observe:\n  traces: { endpoint: '" + collector.endpoint() + "', interval_ms: 20 }\n");
  ASSERT_EQ(chat("one").status, 200u);
  ASSERT_EQ(chat("two", {{"traceparent", "00-zz-not-valid"}}).status, 200u);
  std::vector<SeenSpan> spans;
  for (int i = 0; i < 200 && spans.size() < 18; ++i) {
    spans = decode(collector.bodies());
    if (spans.size() < 18) std::this_thread::sleep_for(25ms);
  }
  ASSERT_EQ(spans.size(), 18u);
  EXPECT_NE(spans[0].trace_id, spans[9].trace_id);
  EXPECT_EQ(spans[0].parent, "");
  EXPECT_EQ(spans[9].parent, "") << "a malformed traceparent is ignored";
}

TEST_F(ObserveGatewayTest, TracesAreOffByDefault) {
  start("");
  ASSERT_EQ(chat("hello").status, 200u);
  const std::string metrics = gw_.get("/metrics").body;
  EXPECT_EQ(metrics.find("switchyard_trace_spans_exported_total"), std::string::npos);
}

TEST_F(ObserveGatewayTest, TheAccessLogHasNoPromptUnlessAskedAndNeverAKey) {
  start("observe:\n  access_log: " + log_path_ + "\n");
  ASSERT_EQ(chat("secret plan alpha", {{"authorization", "Bearer sk-client-key-456"}}).status,
            200u);
  std::string text = read_log(1);
  ASSERT_EQ(std::count(text.begin(), text.end(), '\n'), 1) << text;
  EXPECT_EQ(text.find("secret plan alpha"), std::string::npos) << text;
  EXPECT_EQ(text.find("sk-client-key-456"), std::string::npos) << text;
  EXPECT_EQ(text.find("sk-provider-secret-123"), std::string::npos) << text;
  simdjson::dom::parser p;
  simdjson::dom::element e;
  ASSERT_FALSE(p.parse(text).get(e)) << text;
  EXPECT_EQ(std::string_view(e["deployment"]), "cloud-gpt");
  EXPECT_EQ(std::string_view(e["side"]), "cloud");
  EXPECT_EQ(std::string_view(e["data_class"]), "public");
  EXPECT_EQ(std::int64_t(e["status"]), 200);
  EXPECT_EQ(std::int64_t(e["prompt_tokens"]), 6);
  EXPECT_EQ(std::int64_t(e["completion_tokens"]), 4);
  EXPECT_DOUBLE_EQ(double(e["cost_usd"]), (6 * 1 + 4 * 2) / 1e6);
  EXPECT_TRUE(e["prompt"].error());
  gw_.stop();
  std::filesystem::remove(log_path_);

  start("observe:\n  access_log: " + log_path_ + "\n  access_log_prompts: true\n");
  ASSERT_EQ(chat("secret plan beta").status, 200u);
  text = read_log(1);
  ASSERT_FALSE(p.parse(text).get(e)) << text;
  EXPECT_EQ(std::string_view(e["prompt"]), "secret plan beta");
}

}  // namespace
}  // namespace switchyard::gateway
