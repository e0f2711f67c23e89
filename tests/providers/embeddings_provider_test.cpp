// Provider::embeddings on its own: the default refuses in a way the gateway
// falls back on, and the OpenAI-compatible adapter posts {base}/embeddings and
// checks the answer against an upstream that misbehaves on purpose.
#include "switchyard/http/asio.hpp"  // first: carries the Boost 1.74 work-arounds

#include <gtest/gtest.h>

#include <boost/asio/executor_work_guard.hpp>

#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "switchyard/http/server.hpp"
#include "switchyard/providers/openai_compatible.hpp"

namespace switchyard::providers {
namespace {

namespace net = http::net;

// The client side runs on one io_context and thread for the whole binary:
// the HTTP client keeps idle connections per thread, and they must be gone
// (at that thread's exit) before their io_context is.
struct ClientThread {
  net::io_context io;
  net::executor_work_guard<net::io_context::executor_type> work{io.get_executor()};
  std::thread thread{[this] { io.run(); }};
  ~ClientThread() {
    work.reset();
    thread.join();
  }
};

// Runs `task` to completion on the client thread.
template <typename T>
T run(net::awaitable<T> task) {
  static ClientThread client;
  std::promise<T> done;
  auto result = done.get_future();
  net::co_spawn(
      client.io, [&]() -> net::awaitable<void> { done.set_value(co_await std::move(task)); },
      net::detached);
  return result.get();
}

core::RequestContext context() {
  core::RequestContext ctx;
  ctx.received = core::Clock::now();
  ctx.deadline = ctx.received + std::chrono::seconds(10);
  return ctx;
}

core::EmbeddingRequest two_texts() {
  core::EmbeddingRequest r;
  r.model = "embed";
  r.form = core::EmbeddingInputForm::texts;
  r.texts = {"first", "second"};
  return r;
}

// A provider that only chats.
class ChatOnly final : public Provider {
 public:
  const std::string& name() const override { return name_; }
  http::Task<core::Expected<core::ChatResponse>> chat(const core::ChatRequest&, std::string_view,
                                                      core::RequestContext&) override {
    co_return core::ChatResponse{};
  }
  http::Task<StreamOutcome> chat_stream(const core::ChatRequest&, std::string_view,
                                        core::RequestContext&, FrameSink&) override {
    co_return StreamOutcome{};
  }

 private:
  std::string name_ = "chat-only";
};

TEST(ProviderEmbeddings, TheDefaultRefusesWithACodeTheGatewayFallsBackOn) {
  ChatOnly p;
  auto ctx = context();
  auto r = run(p.embeddings(two_texts(), "m", ctx));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().status, 400);
  EXPECT_EQ(r.error().code, "embeddings_not_supported");
  EXPECT_EQ(r.error().param, "model");
  EXPECT_NE(r.error().message.find("provider 'chat-only' does not serve embeddings"),
            std::string::npos)
      << r.error().message;
}

// An upstream whose answer the test sets; it records the path and body it got.
class ScriptedUpstream {
 public:
  explicit ScriptedUpstream(unsigned status, std::string body)
      : status_(status), body_(std::move(body)) {
    http::ServerOptions o;
    o.host = "127.0.0.1";
    o.port = 0;
    o.threads = 1;
    server_ = std::make_unique<http::Server>(
        o, [this](http::Request& req, http::ResponseWriter& out) -> http::Task<void> {
          {
            std::lock_guard lock(mutex_);
            path_ = std::string(req.target());
            request_body_ = req.body();
          }
          co_await out.send(status_, "application/json", body_);
        });
    server_->start();
  }
  ~ScriptedUpstream() { server_->shutdown(std::chrono::milliseconds(500)); }

  OpenAICompatible provider() const {
    OpenAICompatibleOptions o;
    o.name = "scripted";
    o.base = *http::Url::parse("http://127.0.0.1:" + std::to_string(server_->port()) + "/v1");
    o.api_key = "sk-test";
    return OpenAICompatible(o);
  }
  std::string path() const {
    std::lock_guard lock(mutex_);
    return path_;
  }
  std::string request_body() const {
    std::lock_guard lock(mutex_);
    return request_body_;
  }

 private:
  mutable std::mutex mutex_;
  std::string path_;
  std::string request_body_;
  unsigned status_;
  std::string body_;
  std::unique_ptr<http::Server> server_;
};

TEST(OpenAICompatibleEmbeddings, PostsToBaseEmbeddingsAndReadsTheAnswer) {
  ScriptedUpstream up(200, R"({"object":"list","model":"up-model","data":[)"
                           R"({"object":"embedding","index":0,"embedding":[1,0]},)"
                           R"({"object":"embedding","index":1,"embedding":"AAAAAAAAgD8="}],)"
                           R"("usage":{"prompt_tokens":2,"total_tokens":2}})");
  auto p = up.provider();
  auto ctx = context();
  auto r = run(p.embeddings(two_texts(), "up-model", ctx));
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(up.path(), "/v1/embeddings");
  EXPECT_EQ(up.request_body(), R"({"model":"up-model","input":["first","second"]})");
  ASSERT_EQ(r->data.size(), 2u);
  EXPECT_EQ(r->data[1], (std::vector<float>{0.0f, 1.0f}));
  EXPECT_EQ(r->usage.input_tokens, 2);
  EXPECT_GT(ctx.upstream_wait.count(), 0);
}

TEST(OpenAICompatibleEmbeddings, AnAnswerWithoutOneVectorPerInputIsARetryable502) {
  ScriptedUpstream up(200, R"({"object":"list","data":[{"index":0,"embedding":[1]}]})");
  auto p = up.provider();
  auto ctx = context();
  auto r = run(p.embeddings(two_texts(), "m", ctx));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().status, 502);
  EXPECT_TRUE(r.error().retryable);
  EXPECT_NE(r.error().message.find("1 embeddings for 2 inputs"), std::string::npos);
}

TEST(OpenAICompatibleEmbeddings, UpstreamErrorsAreMappedLikeChat) {
  ScriptedUpstream missing(404, R"j({"error":{"message":"Invalid URL (POST /v1/embeddings)",)j"
                                R"j("type":"invalid_request_error","param":null,"code":null}})j");
  auto p = missing.provider();
  auto ctx = context();
  auto r = run(p.embeddings(two_texts(), "m", ctx));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().status, 404);
  EXPECT_EQ(r.error().kind, core::ErrorKind::not_found);
  EXPECT_NE(r.error().message.find("Invalid URL"), std::string::npos);

  ScriptedUpstream garbage(200, "not json");
  auto g = garbage.provider();
  auto r2 = run(g.embeddings(two_texts(), "m", ctx));
  ASSERT_FALSE(r2.ok());
  EXPECT_EQ(r2.error().status, 502);
  EXPECT_EQ(r2.error().code, "invalid_upstream_response");
}

}  // namespace
}  // namespace switchyard::providers
