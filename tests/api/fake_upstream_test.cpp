// Tests the fake OpenAI upstream as other tests use it: the real
// `fake-openai-upstream` binary, started as a subprocess and spoken to over
// HTTP. The JSON is checked with simdjson directly rather than with the
// project's codec, so a codec bug cannot hide a wire-format bug in the fake.
#include "switchyard/http/asio.hpp"  // first: carries the Boost 1.74 work-arounds

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include <gtest/gtest.h>
#include <simdjson.h>
#include <boost/asio/connect.hpp>

#include "support/paths.hpp"
#include "support/sse_events.hpp"

extern char** environ;

namespace {

namespace net = switchyard::http::net;
namespace bhttp = switchyard::http::bhttp;
using tcp = switchyard::http::tcp;
using namespace std::chrono_literals;
using switchyard::testing::sse_data;

// ---- the fake as a subprocess ----

class FakeProcess {
 public:
  // Starts the binary on a free port and waits for its "listening" line.
  void start() {
    const std::string bin = switchyard::testing::binary_dir() + "/fake-openai-upstream";
    ASSERT_EQ(access(bin.c_str(), X_OK), 0)
        << bin << " is missing; build the fake-openai-upstream target first";
    int fds[2];
    ASSERT_EQ(pipe(fds), 0);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
    posix_spawn_file_actions_addclose(&actions, fds[0]);
    std::vector<std::string> args = {bin, "--host", "127.0.0.1", "--port", "0", "--threads", "2"};
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    const int rc = posix_spawn(&pid_, bin.c_str(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(fds[1]);
    ASSERT_EQ(rc, 0) << std::strerror(rc);

    // Read the one line, with a deadline so a hung child fails the test
    // instead of hanging it.
    std::string line;
    const auto deadline = std::chrono::steady_clock::now() + 10s;
    while (line.find('\n') == std::string::npos) {
      pollfd p{fds[0], POLLIN, 0};
      const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
          deadline - std::chrono::steady_clock::now());
      ASSERT_GT(left.count(), 0) << "no listening line within 10 s; got: " << line;
      ASSERT_GE(poll(&p, 1, static_cast<int>(left.count())), 0);
      char buf[256];
      const ssize_t n = read(fds[0], buf, sizeof buf);
      ASSERT_GT(n, 0) << "fake exited before listening; got: " << line;
      line.append(buf, static_cast<std::size_t>(n));
    }
    stdout_fd_ = fds[0];
    const std::string prefix = "fake-openai-upstream listening on http://127.0.0.1:";
    ASSERT_EQ(line.rfind(prefix, 0), 0u) << line;
    ASSERT_EQ(line.back(), '\n');
    ASSERT_EQ(line.find('\n'), line.size() - 1) << "more than one line: " << line;
    port_ = static_cast<std::uint16_t>(std::stoi(line.substr(prefix.size())));
    ASSERT_GT(port_, 0);
  }

  // SIGTERM, then the exit status (-1 if it did not exit by itself in time).
  int stop() {
    if (pid_ <= 0) return -1;
    kill(pid_, SIGTERM);
    int status = 0;
    const auto deadline = std::chrono::steady_clock::now() + 5s;
    while (waitpid(pid_, &status, WNOHANG) == 0) {
      if (std::chrono::steady_clock::now() > deadline) {
        kill(pid_, SIGKILL);
        waitpid(pid_, &status, 0);
        pid_ = -1;
        return -1;
      }
      std::this_thread::sleep_for(10ms);
    }
    pid_ = -1;
    if (stdout_fd_ >= 0) close(stdout_fd_);
    stdout_fd_ = -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }

  ~FakeProcess() { stop(); }
  std::uint16_t port() const { return port_; }

 private:
  pid_t pid_ = -1;
  int stdout_fd_ = -1;
  std::uint16_t port_ = 0;
};

// ---- a small blocking HTTP client ----

struct Reply {
  unsigned status = 0;
  std::string content_type;
  std::string retry_after;
  std::string body;
  bool got_header = false;
  boost::system::error_code ec;  // set when the response did not complete
};

Reply call(std::uint16_t port, bhttp::verb method, std::string_view target, std::string body = {},
           std::string_view authorization = "Bearer sk-test") {
  net::io_context ioc;
  tcp::socket socket(ioc);
  socket.connect({net::ip::make_address("127.0.0.1"), port});
  bhttp::request<bhttp::string_body> req{method, target, 11};
  req.set(bhttp::field::host, "127.0.0.1");
  if (!authorization.empty()) req.set(bhttp::field::authorization, authorization);
  if (!body.empty()) req.set(bhttp::field::content_type, "application/json");
  req.body() = std::move(body);
  req.prepare_payload();
  req.keep_alive(false);
  bhttp::write(socket, req);

  Reply r;
  boost::beast::flat_buffer buffer;
  bhttp::response_parser<bhttp::string_body> parser;
  parser.body_limit(64u << 20);
  bhttp::read(socket, buffer, parser, r.ec);
  r.got_header = parser.is_header_done();
  if (r.got_header) {
    const auto& res = parser.get();
    r.status = res.result_int();
    r.content_type = std::string(res[bhttp::field::content_type]);
    r.retry_after = std::string(res["retry-after"]);
    r.body = res.body();
  }
  return r;
}

Reply post_chat(std::uint16_t port, std::string body, std::string_view auth = "Bearer sk-test") {
  return call(port, bhttp::verb::post, "/v1/chat/completions", std::move(body), auth);
}

std::string chat_body(std::string_view model, std::string_view extra = {}) {
  return std::string(R"({"model":")") + std::string(model) +
         R"(","messages":[{"role":"system","content":"You are terse."},)"
         R"({"role":"user","content":"hello there world"}])" +
         std::string(extra) + "}";
}

using Json = simdjson::simdjson_result<simdjson::dom::element>;

std::string_view str(Json e) {
  std::string_view s;
  return e.get(s) == simdjson::SUCCESS ? s : std::string_view("<not a string>");
}

std::int64_t num(Json e) {
  std::int64_t v = -1;
  return e.get(v) == simdjson::SUCCESS ? v : -1;
}

// Members of an object or elements of an array; npos for anything else.
std::size_t count(Json e) {
  simdjson::dom::array a;
  if (e.get(a) == simdjson::SUCCESS) return a.size();
  simdjson::dom::object o;
  if (e.get(o) == simdjson::SUCCESS) return o.size();
  return std::string::npos;
}

// ---- fixture: one fake for the whole suite, its state reset per test ----

class FakeUpstreamTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    fake_ = new FakeProcess;
    fake_->start();
  }
  static void TearDownTestSuite() {
    // SIGTERM must stop it cleanly (exit status 0), as the e2e harness relies on.
    EXPECT_EQ(fake_->stop(), 0);
    delete fake_;
    fake_ = nullptr;
  }
  void SetUp() override {
    ASSERT_GT(port(), 0);
    ASSERT_EQ(call(port(), bhttp::verb::post, "/_fake/reset").status, 200u);
  }
  static std::uint16_t port() { return fake_ ? fake_->port() : 0; }

  simdjson::dom::element parse(const std::string& json) {
    simdjson::dom::element e;
    auto err = parser_.parse(json).get(e);
    EXPECT_EQ(err, simdjson::SUCCESS) << json;
    return e;
  }

  static FakeProcess* fake_;
  simdjson::dom::parser parser_;
};

FakeProcess* FakeUpstreamTest::fake_ = nullptr;

TEST_F(FakeUpstreamTest, OrdinaryModelEchoesWithUsage) {
  Reply r = post_chat(port(), chat_body("gpt-4o-mini"));
  ASSERT_FALSE(r.ec) << r.ec.message();
  EXPECT_EQ(r.status, 200u);
  EXPECT_EQ(r.content_type, "application/json");
  auto doc = parse(r.body);
  EXPECT_TRUE(str(doc["id"]).starts_with("chatcmpl-fake-")) << r.body;
  EXPECT_EQ(str(doc["object"]), "chat.completion");
  EXPECT_EQ(str(doc["model"]), "gpt-4o-mini");
  EXPECT_GT(num(doc["created"]), 1'600'000'000);
  EXPECT_EQ(str(doc["system_fingerprint"]), "fp_fake");
  auto choice = doc["choices"].at(0);
  EXPECT_EQ(num(choice["index"]), 0);
  EXPECT_EQ(str(choice["message"]["role"]), "assistant");
  EXPECT_EQ(str(choice["message"]["content"]), "echo: hello there world");
  EXPECT_EQ(str(choice["finish_reason"]), "stop");
  // Two messages: (3 + 3 words) + (3 + 3 words); reply "echo: hello there world".
  EXPECT_EQ(num(doc["usage"]["prompt_tokens"]), 12);
  EXPECT_EQ(num(doc["usage"]["completion_tokens"]), 4);
  EXPECT_EQ(num(doc["usage"]["total_tokens"]), 16);
}

TEST_F(FakeUpstreamTest, IdsAreDistinct) {
  auto a = parse(post_chat(port(), chat_body("echo")).body);
  std::string first(str(a["id"]));
  auto b = parse(post_chat(port(), chat_body("echo")).body);
  EXPECT_NE(first, str(b["id"]));
}

TEST_F(FakeUpstreamTest, TokenLimitCutsTheReplyWithFinishLength) {
  Reply r = post_chat(port(), chat_body("gpt-4o-mini", R"(,"max_tokens":2)"));
  auto doc = parse(r.body);
  auto choice = doc["choices"].at(0);
  EXPECT_EQ(str(choice["message"]["content"]), "echo: hello");
  EXPECT_EQ(str(choice["finish_reason"]), "length");
  EXPECT_EQ(num(doc["usage"]["completion_tokens"]), 2);

  r = post_chat(port(), chat_body("gpt-4o-mini", R"(,"max_completion_tokens":3)"));
  doc = parse(r.body);
  EXPECT_EQ(str(doc["choices"].at(0)["message"]["content"]), "echo: hello there");
}

TEST_F(FakeUpstreamTest, LongUserTextIsTruncatedTo200Chars) {
  const std::string long_text(500, 'x');
  Reply r = post_chat(
      port(), R"({"model":"echo","messages":[{"role":"user","content":")" + long_text + R"("}]})");
  auto doc = parse(r.body);
  EXPECT_EQ(str(doc["choices"].at(0)["message"]["content"]), "echo: " + std::string(200, 'x'));
}

constexpr std::string_view kTools =
    R"(,"tools":[{"type":"function","function":{"name":"get_weather",)"
    R"("parameters":{"type":"object","properties":{"city":{"type":"string"}}}}}])";

TEST_F(FakeUpstreamTest, RequiredToolChoiceAnswersWithAToolCall) {
  const std::string body =
      R"({"model":"gpt-4o","messages":[{"role":"user","content":"say \"hi\"\n\\ now"}])" +
      std::string(kTools) + R"(,"tool_choice":"required"})";
  Reply r = post_chat(port(), body);
  ASSERT_EQ(r.status, 200u) << r.body;
  auto doc = parse(r.body);
  auto choice = doc["choices"].at(0);
  EXPECT_EQ(str(choice["finish_reason"]), "tool_calls");
  EXPECT_TRUE(choice["message"]["content"].is_null()) << r.body;
  auto call = choice["message"]["tool_calls"].at(0);
  EXPECT_EQ(str(call["id"]), "call_fake_1");
  EXPECT_EQ(str(call["type"]), "function");
  EXPECT_EQ(str(call["function"]["name"]), "get_weather");
  // The arguments are a JSON string that itself holds valid JSON.
  const std::string args(str(call["function"]["arguments"]));
  simdjson::dom::parser inner;
  simdjson::dom::element a;
  ASSERT_EQ(inner.parse(args).get(a), simdjson::SUCCESS) << args;
  EXPECT_EQ(str(a["echo"]), "say \"hi\"\n\\ now");
}

TEST_F(FakeUpstreamTest, NamedToolChoiceUsesThatFunction) {
  const std::string body =
      R"({"model":"gpt-4o","messages":[{"role":"user","content":"x"}])" + std::string(kTools) +
      R"(,"tool_choice":{"type":"function","function":{"name":"get_weather"}}})";
  auto doc = parse(post_chat(port(), body).body);
  EXPECT_EQ(str(doc["choices"].at(0)["message"]["tool_calls"].at(0)["function"]["name"]),
            "get_weather");
}

TEST_F(FakeUpstreamTest, ParallelCallsModelCallsTwoTools) {
  const std::string two =
      R"(,"tools":[{"type":"function","function":{"name":"weather","parameters":{"type":"object"}}},)"
      R"({"type":"function","function":{"name":"time","parameters":{"type":"object"}}}])";
  const std::string body =
      R"({"model":"parallel-calls","messages":[{"role":"user","content":"Oslo"}])" + two + "}";
  auto doc = parse(post_chat(port(), body).body);
  auto calls = doc["choices"].at(0)["message"]["tool_calls"];
  ASSERT_EQ(simdjson::dom::array(calls).size(), 2u);
  EXPECT_EQ(str(calls.at(0)["id"]), "call_fake_1");
  EXPECT_EQ(str(calls.at(0)["function"]["name"]), "weather");
  EXPECT_EQ(str(calls.at(1)["id"]), "call_fake_2");
  EXPECT_EQ(str(calls.at(1)["function"]["name"]), "time");
  EXPECT_EQ(str(doc["choices"].at(0)["finish_reason"]), "tool_calls");

  // Streamed: the second call starts with its own index, id and name.
  Reply r = post_chat(port(), body.substr(0, body.size() - 1) + R"(,"stream":true})");
  ASSERT_EQ(r.status, 200u) << r.body;
  std::string names;
  std::string args[2];
  for (const std::string& e : sse_data(r.body)) {
    if (e == "[DONE]") continue;
    auto chunk = parse(e);
    simdjson::dom::array tcs;
    if (chunk["choices"].at(0)["delta"]["tool_calls"].get(tcs)) continue;
    for (auto tc : tcs) {
      const int64_t index = tc["index"];
      std::string_view name;
      if (!tc["function"]["name"].get(name))
        names += std::to_string(index) + std::string(name) + ";";
      args[index] += std::string(str(tc["function"]["arguments"]));
    }
  }
  EXPECT_EQ(names, "0weather;1time;") << r.body;
  EXPECT_EQ(args[0], R"({"echo":"Oslo"})");
  EXPECT_EQ(args[1], R"({"echo":"Oslo"})");
}

TEST_F(FakeUpstreamTest, AutoToolChoiceStillAnswersWithText) {
  const std::string body =
      R"({"model":"gpt-4o","messages":[{"role":"user","content":"x"}])" + std::string(kTools) + "}";
  auto doc = parse(post_chat(port(), body).body);
  EXPECT_EQ(str(doc["choices"].at(0)["message"]["content"]), "echo: x");
}

TEST_F(FakeUpstreamTest, StreamsWordsThenFinishThenDone) {
  Reply r = post_chat(port(), chat_body("gpt-4o-mini", R"(,"stream":true)"));
  ASSERT_FALSE(r.ec) << r.ec.message();
  EXPECT_EQ(r.status, 200u);
  EXPECT_TRUE(r.content_type.starts_with("text/event-stream")) << r.content_type;
  auto events = sse_data(r.body);
  ASSERT_GE(events.size(), 4u) << r.body;
  EXPECT_EQ(events.back(), "[DONE]");
  EXPECT_TRUE(r.body.ends_with("data: [DONE]\n\n"));

  std::string id;
  std::string text;
  for (std::size_t i = 0; i + 1 < events.size(); ++i) {
    auto c = parse(events[i]);
    EXPECT_EQ(str(c["object"]), "chat.completion.chunk");
    EXPECT_EQ(str(c["model"]), "gpt-4o-mini");
    if (i == 0) id = std::string(str(c["id"]));
    EXPECT_EQ(str(c["id"]), id) << "every chunk carries the same id";
    // Without include_usage the chunks carry no usage.
    simdjson::dom::element u;
    EXPECT_NE(c["usage"].get(u), simdjson::SUCCESS) << events[i];
    auto d = c["choices"].at(0)["delta"];
    if (i == 0) {
      EXPECT_EQ(str(d["role"]), "assistant");
      EXPECT_EQ(str(d["content"]), "");
    } else if (i + 2 < events.size()) {
      text += str(d["content"]);
    } else {
      EXPECT_EQ(str(c["choices"].at(0)["finish_reason"]), "stop") << events[i];
      EXPECT_EQ(count(d), 0u) << events[i];
    }
  }
  EXPECT_EQ(text, "echo: hello there world");
  EXPECT_EQ(events.size(), 1u + 4u + 1u + 1u);  // role, one per word, finish, [DONE]
}

TEST_F(FakeUpstreamTest, StreamWithIncludeUsageEndsWithUsageChunk) {
  Reply r = post_chat(
      port(),
      chat_body("gpt-4o-mini", R"(,"stream":true,"stream_options":{"include_usage":true})"));
  ASSERT_FALSE(r.ec) << r.ec.message();
  auto events = sse_data(r.body);
  ASSERT_EQ(events.size(), 1u + 4u + 1u + 1u + 1u) << r.body;
  EXPECT_EQ(events.back(), "[DONE]");
  for (std::size_t i = 0; i + 2 < events.size(); ++i) {
    auto c = parse(events[i]);
    EXPECT_TRUE(c["usage"].is_null()) << "usage:null before the usage chunk: " << events[i];
  }
  auto u = parse(events[events.size() - 2]);
  EXPECT_EQ(count(u["choices"]), 0u);
  EXPECT_EQ(num(u["usage"]["prompt_tokens"]), 12);
  EXPECT_EQ(num(u["usage"]["completion_tokens"]), 4);
  EXPECT_EQ(num(u["usage"]["total_tokens"]), 16);
}

TEST_F(FakeUpstreamTest, StreamsAToolCallInFragments) {
  const std::string body = R"({"model":"gpt-4o","stream":true,)"
                           R"("messages":[{"role":"user","content":"weather in Oslo please"}])" +
                           std::string(kTools) + R"(,"tool_choice":"required"})";
  Reply r = post_chat(port(), body);
  ASSERT_FALSE(r.ec) << r.ec.message();
  auto events = sse_data(r.body);
  ASSERT_GE(events.size(), 4u) << r.body;
  EXPECT_EQ(events.back(), "[DONE]");
  auto first = parse(events[0]);
  auto call = first["choices"].at(0)["delta"]["tool_calls"].at(0);
  EXPECT_EQ(num(call["index"]), 0);
  EXPECT_EQ(str(call["id"]), "call_fake_1");
  EXPECT_EQ(str(call["type"]), "function");
  EXPECT_EQ(str(call["function"]["name"]), "get_weather");
  EXPECT_EQ(str(call["function"]["arguments"]), "");
  std::string args;
  for (std::size_t i = 1; i + 2 < events.size(); ++i) {
    auto c = parse(events[i]);
    auto frag = c["choices"].at(0)["delta"]["tool_calls"].at(0);
    EXPECT_EQ(num(frag["index"]), 0);
    args += str(frag["function"]["arguments"]);
  }
  EXPECT_EQ(args, R"({"echo":"weather in Oslo please"})");
  auto last = parse(events[events.size() - 2]);
  EXPECT_EQ(str(last["choices"].at(0)["finish_reason"]), "tool_calls");
}

TEST_F(FakeUpstreamTest, Error429HasOpenAIErrorAndRetryAfter) {
  Reply r = post_chat(port(), chat_body("error-429"));
  ASSERT_FALSE(r.ec) << r.ec.message();
  EXPECT_EQ(r.status, 429u);
  EXPECT_EQ(r.retry_after, "0");
  EXPECT_EQ(r.content_type, "application/json");
  auto e = parse(r.body)["error"];
  EXPECT_FALSE(str(e["message"]).empty());
  EXPECT_EQ(str(e["type"]), "requests");
  EXPECT_EQ(str(e["code"]), "rate_limit_exceeded");
  EXPECT_TRUE(e["param"].is_null());
}

TEST_F(FakeUpstreamTest, ErrorStatusesHaveFittingTypes) {
  struct Case {
    const char* model;
    unsigned status;
    const char* type;
  };
  for (const Case& c :
       {Case{"error-400", 400, "invalid_request_error"},
        Case{"error-401", 401, "invalid_request_error"}, Case{"error-500", 500, "server_error"},
        Case{"error-503", 503, "server_error"}}) {
    Reply r = post_chat(port(), chat_body(c.model, R"(,"stream":true)"));
    EXPECT_EQ(r.status, c.status) << c.model;
    EXPECT_EQ(str(parse(r.body)["error"]["type"]), c.type) << c.model;
    EXPECT_TRUE(r.retry_after.empty()) << c.model;
  }
}

TEST_F(FakeUpstreamTest, FlakyFailsNTimesPerModelStringThenSucceeds) {
  EXPECT_EQ(post_chat(port(), chat_body("flaky-2-a")).status, 500u);
  EXPECT_EQ(post_chat(port(), chat_body("flaky-2-b")).status, 500u);  // own counter
  Reply second = post_chat(port(), chat_body("flaky-2-a"));
  EXPECT_EQ(second.status, 500u);
  EXPECT_EQ(str(parse(second.body)["error"]["type"]), "server_error");
  EXPECT_EQ(post_chat(port(), chat_body("flaky-2-a")).status, 200u);
  EXPECT_EQ(post_chat(port(), chat_body("flaky-2-a")).status, 200u);
  EXPECT_EQ(post_chat(port(), chat_body("flaky-2-b")).status, 500u);
  EXPECT_EQ(post_chat(port(), chat_body("flaky-2-b")).status, 200u);

  // Reset restarts the counters.
  ASSERT_EQ(call(port(), bhttp::verb::post, "/_fake/reset").status, 200u);
  EXPECT_EQ(post_chat(port(), chat_body("flaky-2-a")).status, 500u);
}

TEST_F(FakeUpstreamTest, DisconnectMidStreamCutsWithoutTerminatingChunk) {
  Reply r = post_chat(port(), chat_body("disconnect-mid-stream", R"(,"stream":true)"));
  ASSERT_TRUE(r.got_header);
  EXPECT_EQ(r.status, 200u);
  EXPECT_EQ(r.ec, bhttp::error::partial_message) << r.ec.message();
  auto events = sse_data(r.body);
  ASSERT_EQ(events.size(), 3u) << r.body;  // role chunk + two content chunks
  EXPECT_EQ(str(parse(events[1])["choices"].at(0)["delta"]["content"]), "echo: ");
  EXPECT_EQ(str(parse(events[2])["choices"].at(0)["delta"]["content"]), "hello ");
  EXPECT_EQ(r.body.find("[DONE]"), std::string::npos);
}

TEST_F(FakeUpstreamTest, ErrorWithRetrySendsThatRetryAfter) {
  Reply r = post_chat(port(), chat_body("error-429-retry-7"));
  EXPECT_EQ(r.status, 429u);
  EXPECT_EQ(r.retry_after, "7");
  Reply u = post_chat(port(), chat_body("error-503-retry-2"));
  EXPECT_EQ(u.status, 503u);
  EXPECT_EQ(u.retry_after, "2");
  EXPECT_EQ(str(parse(u.body)["error"]["type"]), "server_error");
}

TEST_F(FakeUpstreamTest, MalformedSseIsAFramedStreamOfJunk) {
  Reply r = post_chat(port(), chat_body("malformed-sse", R"(,"stream":true)"));
  ASSERT_EQ(r.status, 200u);
  EXPECT_FALSE(r.ec) << r.ec.message();
  EXPECT_EQ(r.content_type, "text/event-stream; charset=utf-8");
  EXPECT_NE(r.body.find("\x01\x02 not a field\n"), std::string::npos) << r.body;
  EXPECT_NE(r.body.find("data: [DONE]\n\n"), std::string::npos) << r.body;
}

TEST_F(FakeUpstreamTest, HugeBodyIsAValidAnswerOfThatSize) {
  Reply r = post_chat(port(), chat_body("huge-body-2"));
  ASSERT_EQ(r.status, 200u);
  EXPECT_FALSE(r.ec) << r.ec.message();
  EXPECT_GT(r.body.size(), 2u << 20);
  auto doc = parse(r.body);
  EXPECT_EQ(str(doc["choices"].at(0)["message"]["content"]).size(), 2u << 20);
}

TEST_F(FakeUpstreamTest, DisconnectWithoutStreamGivesNoCompleteResponse) {
  Reply r = post_chat(port(), chat_body("disconnect-mid-stream"));
  EXPECT_TRUE(r.ec) << "expected the connection to end without a full response";
  EXPECT_TRUE(r.body.empty());
}

TEST_F(FakeUpstreamTest, SlowWaitsWithoutBlockingOtherRequests) {
  // Eight concurrent slow requests on a two-thread fake: a blocking sleep
  // would take 4 x 300 ms; an asynchronous wait takes about 300 ms.
  constexpr int kClients = 8;
  const auto t0 = std::chrono::steady_clock::now();
  std::vector<std::thread> clients;
  std::vector<unsigned> statuses(kClients);
  for (int i = 0; i < kClients; ++i) {
    clients.emplace_back([&, i] { statuses[i] = post_chat(port(), chat_body("slow-300")).status; });
  }
  for (auto& t : clients) t.join();
  const auto elapsed = std::chrono::steady_clock::now() - t0;
  for (unsigned s : statuses) EXPECT_EQ(s, 200u);
  EXPECT_GE(elapsed, 300ms);
  EXPECT_LT(elapsed, 900ms);
}

TEST_F(FakeUpstreamTest, SlowStreamSpacesChunks) {
  const auto t0 = std::chrono::steady_clock::now();
  Reply r = post_chat(port(), chat_body("slow-100", R"(,"stream":true)"));
  const auto elapsed = std::chrono::steady_clock::now() - t0;
  EXPECT_EQ(sse_data(r.body).back(), "[DONE]");
  // 100 ms up front, then 10 ms between each of the 6 chunk events.
  EXPECT_GE(elapsed, 150ms);
}

TEST_F(FakeUpstreamTest, GarbageIsNotJson) {
  Reply r = post_chat(port(), chat_body("garbage"));
  EXPECT_EQ(r.status, 200u);
  EXPECT_EQ(r.content_type, "application/json");
  simdjson::dom::parser p;
  simdjson::dom::element e;
  EXPECT_NE(p.parse(r.body).get(e), simdjson::SUCCESS) << r.body;
}

TEST_F(FakeUpstreamTest, RecordsRequestsAndResets) {
  const std::string body1 = chat_body("gpt-4o-mini");
  const std::string body2 = "{not json";
  post_chat(port(), body1, "Bearer sk-one");
  post_chat(port(), body2, "");
  call(port(), bhttp::verb::get, "/v1/models");  // not a POST: not recorded

  Reply r = call(port(), bhttp::verb::get, "/_fake/requests");
  ASSERT_EQ(r.status, 200u);
  simdjson::dom::array arr;
  ASSERT_EQ(parse(r.body).get(arr), simdjson::SUCCESS) << r.body;
  ASSERT_EQ(arr.size(), 2u) << r.body;
  EXPECT_EQ(str(arr.at(0)["method"]), "POST");
  EXPECT_EQ(str(arr.at(0)["path"]), "/v1/chat/completions");
  EXPECT_EQ(str(arr.at(0)["authorization"]), "Bearer sk-one");
  EXPECT_EQ(str(arr.at(0)["body"]), body1);
  EXPECT_EQ(str(arr.at(1)["authorization"]), "");
  EXPECT_EQ(str(arr.at(1)["body"]), body2);

  ASSERT_EQ(call(port(), bhttp::verb::post, "/_fake/reset").status, 200u);
  r = call(port(), bhttp::verb::get, "/_fake/requests");
  EXPECT_EQ(r.body, "[]");
}

TEST_F(FakeUpstreamTest, ListsModels) {
  Reply r = call(port(), bhttp::verb::get, "/v1/models");
  ASSERT_EQ(r.status, 200u);
  auto doc = parse(r.body);
  EXPECT_EQ(str(doc["object"]), "list");
  simdjson::dom::array data;
  ASSERT_EQ(doc["data"].get(data), simdjson::SUCCESS) << r.body;
  ASSERT_GT(data.size(), 0u);
  for (auto m : data) {
    EXPECT_EQ(str(m["object"]), "model");
    EXPECT_FALSE(str(m["id"]).empty());
  }
}

TEST_F(FakeUpstreamTest, MalformedJsonIs400InvalidRequest) {
  Reply r = post_chat(port(), "{\"model\": \"gpt-4o-mini\", ");
  EXPECT_EQ(r.status, 400u);
  auto e = parse(r.body)["error"];
  EXPECT_EQ(str(e["type"]), "invalid_request_error");
  EXPECT_FALSE(str(e["message"]).empty());

  r = post_chat(port(), R"({"model":"gpt-4o-mini"})");
  EXPECT_EQ(r.status, 400u);
  EXPECT_EQ(str(parse(r.body)["error"]["type"]), "invalid_request_error");
}

TEST_F(FakeUpstreamTest, FailAuthKeyIs401InvalidApiKey) {
  Reply r = post_chat(port(), chat_body("gpt-4o-mini"), "Bearer fail-auth");
  EXPECT_EQ(r.status, 401u);
  auto e = parse(r.body)["error"];
  EXPECT_EQ(str(e["code"]), "invalid_api_key");
  EXPECT_EQ(str(e["type"]), "invalid_request_error");
  EXPECT_EQ(call(port(), bhttp::verb::get, "/v1/models", {}, "Bearer fail-auth").status, 401u);
}

TEST_F(FakeUpstreamTest, UnknownPathIs404OpenAIError) {
  Reply r = call(port(), bhttp::verb::post, "/v1/nothing-here", "{}");
  EXPECT_EQ(r.status, 404u);
  auto e = parse(r.body)["error"];
  EXPECT_EQ(str(e["type"]), "invalid_request_error");
  EXPECT_TRUE(str(e["message"]).find("/v1/nothing-here") != std::string_view::npos);
  EXPECT_EQ(call(port(), bhttp::verb::get, "/v1/chat/completions").status, 405u);
}

// ---- embeddings ----

Reply post_embeddings(std::uint16_t port, std::string body) {
  return call(port, bhttp::verb::post, "/v1/embeddings", std::move(body), "Bearer sk-test");
}

// Little-endian float32 values of standard base64 (written here, not taken
// from the codec, so the two cannot share a mistake).
std::vector<float> floats_of_base64(std::string_view b64) {
  auto value = [](char c) -> int {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    return c == '+' ? 62 : c == '/' ? 63 : -1;
  };
  std::vector<unsigned char> bytes;
  std::uint32_t acc = 0;
  int bits = 0;
  for (char c : b64) {
    if (c == '=') break;
    acc = (acc << 6) | static_cast<std::uint32_t>(value(c));
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push_back(static_cast<unsigned char>(acc >> bits));
    }
  }
  std::vector<float> out(bytes.size() / 4);
  std::memcpy(out.data(), bytes.data(), out.size() * 4);  // x86: little-endian
  return out;
}

std::vector<std::vector<float>> vectors_of(simdjson::dom::element doc) {
  std::vector<std::vector<float>> out;
  simdjson::dom::array data;
  if (doc["data"].get(data)) return out;
  for (auto item : data) {
    std::string_view b64;
    if (!item["embedding"].get(b64)) {
      out.push_back(floats_of_base64(b64));
      continue;
    }
    auto& v = out.emplace_back();
    simdjson::dom::array nums;
    if (item["embedding"].get(nums)) continue;
    for (auto x : nums) v.push_back(static_cast<float>(double(x)));
  }
  return out;
}

TEST_F(FakeUpstreamTest, EmbeddingsInOpenAIsFormat) {
  const std::string body =
      R"({"model":"text-embedding-3-small","input":["hello world","second one here"]})";
  Reply r = post_embeddings(port(), body);
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.content_type, "application/json");
  auto doc = parse(r.body);
  EXPECT_EQ(str(doc["object"]), "list");
  EXPECT_EQ(str(doc["model"]), "text-embedding-3-small");
  EXPECT_EQ(num(doc["usage"]["prompt_tokens"]), 5);
  EXPECT_EQ(num(doc["usage"]["total_tokens"]), 5);
  ASSERT_EQ(count(doc["data"]), 2u);
  for (std::int64_t i = 0; i < 2; ++i) {
    auto item = doc["data"].at(static_cast<std::size_t>(i));
    EXPECT_EQ(str(item["object"]), "embedding");
    EXPECT_EQ(num(item["index"]), i);
  }
  const auto vectors = vectors_of(doc);
  ASSERT_EQ(vectors.size(), 2u);
  for (const auto& v : vectors) {
    ASSERT_EQ(v.size(), 8u);
    double norm = 0;
    for (float x : v) norm += double(x) * x;
    EXPECT_NEAR(norm, 1.0, 1e-5);
  }
  EXPECT_NE(vectors[0], vectors[1]);
  // Deterministic: the same input, the same vector.
  Reply again = post_embeddings(
      port(), R"({"model":"other-model","input":"hello world","encoding_format":"float"})");
  EXPECT_EQ(vectors_of(parse(again.body)).at(0), vectors[0]);
}

TEST_F(FakeUpstreamTest, EmbeddingsHonourDimensionsAndBase64) {
  Reply f = post_embeddings(port(), R"({"model":"m","input":"abc","dimensions":5})");
  Reply b = post_embeddings(
      port(), R"({"model":"m","input":"abc","dimensions":5,"encoding_format":"base64"})");
  ASSERT_EQ(f.status, 200u) << f.body;
  ASSERT_EQ(b.status, 200u) << b.body;
  std::string_view b64 = str(parse(b.body)["data"].at(0)["embedding"]);
  EXPECT_EQ(b64.size(), 28u) << b64;  // 20 bytes: 27 characters and one '='
  EXPECT_EQ(b64.back(), '=');
  const auto from_floats = vectors_of(parse(f.body));
  const auto from_base64 = vectors_of(parse(b.body));
  ASSERT_EQ(from_floats.at(0).size(), 5u);
  EXPECT_EQ(from_base64.at(0), from_floats.at(0));
}

TEST_F(FakeUpstreamTest, EmbeddingsOfTokensCountTokensAndFailLikeChat) {
  Reply t = post_embeddings(port(), R"({"model":"m","input":[[1,2,3],[4]]})");
  ASSERT_EQ(t.status, 200u) << t.body;
  EXPECT_EQ(num(parse(t.body)["usage"]["prompt_tokens"]), 4);
  EXPECT_EQ(count(parse(t.body)["data"]), 2u);

  Reply limited = post_embeddings(port(), R"({"model":"error-429","input":"x"})");
  EXPECT_EQ(limited.status, 429u);
  EXPECT_EQ(str(parse(limited.body)["error"]["code"]), "rate_limit_exceeded");
  Reply empty = post_embeddings(port(), R"({"model":"m","input":""})");
  EXPECT_EQ(empty.status, 400u);
  EXPECT_EQ(str(parse(empty.body)["error"]["param"]), "input");
  Reply flaky1 = post_embeddings(port(), R"({"model":"flaky-1-e","input":"x"})");
  Reply flaky2 = post_embeddings(port(), R"({"model":"flaky-1-e","input":"x"})");
  EXPECT_EQ(flaky1.status, 500u);
  EXPECT_EQ(flaky2.status, 200u);

  Reply recorded = call(port(), bhttp::verb::get, "/_fake/requests");
  simdjson::dom::array arr;
  ASSERT_EQ(parse(recorded.body).get(arr), simdjson::SUCCESS);
  ASSERT_EQ(arr.size(), 5u);
  EXPECT_EQ(str(arr.at(0)["path"]), "/v1/embeddings");
}

}  // namespace
