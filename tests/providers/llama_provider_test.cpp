// The llama provider on its own: how a canonical request becomes an engine
// request, and that a client going away or a deadline passing stops the
// generation and frees its slot.
#ifdef SWITCHYARD_HAVE_LLAMA

#include "switchyard/providers/llama.hpp"

#include <gtest/gtest.h>

#include <thread>

#include "local/test_model.hpp"
#include "switchyard/local/json_grammar.hpp"

namespace switchyard::providers {
namespace {

namespace net = http::net;

core::ChatRequest hello() {
  core::ChatRequest r;
  r.model = "local";
  core::Message m;
  m.content = "hello";
  r.messages.push_back(m);
  return r;
}

TEST(LlamaRequest, SamplingSettingsLimitsAndStopsCarryOver) {
  core::ChatRequest r = hello();
  r.temperature = 0.25;
  r.top_p = 0.5;
  r.frequency_penalty = 0.1;
  r.presence_penalty = 0.2;
  r.seed = 99;
  r.max_tokens = 50;
  r.max_completion_tokens = 12;  // wins over max_tokens
  r.stop = {"END"};
  r.extra = {{"top_k", "7"}, {"min_p", "0.1"}, {"repetition_penalty", "1.3"}};
  auto g = to_generation_request(r);
  ASSERT_TRUE(g.ok()) << g.error().message;
  EXPECT_EQ(g->messages.size(), 1u);
  EXPECT_FLOAT_EQ(g->sampling.temperature, 0.25f);
  EXPECT_FLOAT_EQ(g->sampling.top_p, 0.5f);
  EXPECT_FLOAT_EQ(g->sampling.frequency_penalty, 0.1f);
  EXPECT_FLOAT_EQ(g->sampling.presence_penalty, 0.2f);
  EXPECT_EQ(g->sampling.seed, 99u);
  EXPECT_EQ(g->sampling.top_k, 7);
  EXPECT_FLOAT_EQ(g->sampling.min_p, 0.1f);
  EXPECT_FLOAT_EQ(g->sampling.repetition_penalty, 1.3f);
  EXPECT_EQ(g->max_tokens, 12);
  EXPECT_EQ(g->stop, std::vector<std::string>{"END"});
  EXPECT_TRUE(g->grammar.empty());
}

TEST(LlamaRequest, ResponseFormatsBecomeGrammars) {
  core::ChatRequest r = hello();
  r.response_format.type = core::ResponseFormat::Type::json_object;
  auto object = to_generation_request(r);
  ASSERT_TRUE(object.ok());
  EXPECT_EQ(object->grammar, local::json_object_grammar());

  r.response_format.type = core::ResponseFormat::Type::json_schema;
  r.response_format.json_schema_json =
      R"({"name":"p","strict":true,"schema":{"type":"object","properties":{"a":{"type":"integer"}},"required":["a"]}})";
  auto schema = to_generation_request(r);
  ASSERT_TRUE(schema.ok()) << schema.error().message;
  EXPECT_NE(schema->grammar.find("root"), std::string::npos);
  EXPECT_NE(schema->grammar, local::json_object_grammar());

  r.response_format.json_schema_json = R"({"name":"p"})";
  auto missing = to_generation_request(r);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().status, 400);
  EXPECT_EQ(missing.error().param, "response_format");
}

TEST(LlamaRequest, WhatTheEngineCannotDoIsAClear400) {
  core::ChatRequest r = hello();
  r.n = 2;
  auto many = to_generation_request(r);
  ASSERT_FALSE(many.ok());
  EXPECT_EQ(many.error().status, 400);
  EXPECT_EQ(many.error().param, "n");

  r = hello();
  core::Tool tool;
  tool.name = "lookup";
  r.tools.push_back(tool);
  auto tools = to_generation_request(r);
  ASSERT_FALSE(tools.ok());
  EXPECT_EQ(tools.error().param, "tools");
  r.tool_choice.mode = core::ToolChoice::Mode::none;  // tools offered but not to be used
  EXPECT_TRUE(to_generation_request(r).ok());

  // The template sees text only: any other part is refused, not dropped.
  for (auto kind : {core::ContentPart::Kind::image_url, core::ContentPart::Kind::other}) {
    r = hello();
    core::Message& m = r.messages.emplace_back();
    m.form = core::Message::ContentForm::parts;
    m.parts.resize(2);
    m.parts[0].text = "what is this?";
    m.parts[1].kind = kind;
    m.parts[1].type = "input_audio";
    auto parts = to_generation_request(r);
    ASSERT_FALSE(parts.ok());
    EXPECT_EQ(parts.error().status, 400);
    EXPECT_EQ(parts.error().param, "messages[1].content[1]");
    EXPECT_NE(parts.error().message.find("takes only text"), std::string::npos);
    EXPECT_NE(parts.error().message.find(kind == core::ContentPart::Kind::other ? "'input_audio'"
                                                                                : "'image_url'"),
              std::string::npos)
        << parts.error().message;
    m.parts[1].kind = core::ContentPart::Kind::refusal;
    EXPECT_TRUE(to_generation_request(r).ok());
  }
}

std::unique_ptr<LlamaProvider> open_tiny(int parallel = 1) {
  LlamaOptions o;
  o.name = "engine";
  o.engine = local::testing::tiny_options();
  o.engine.n_ctx = 256;
  o.engine.n_parallel = parallel;
  auto p = LlamaProvider::open(o);
  if (!p) throw std::runtime_error(p.error().message);
  return std::move(*p);
}

// Runs `task` to completion on a fresh io_context (this thread).
template <typename T>
T run(net::awaitable<T> task) {
  net::io_context io;
  std::optional<T> result;
  net::co_spawn(
      io, [&]() -> net::awaitable<void> { result.emplace(co_await std::move(task)); },
      net::detached);
  io.run();
  return std::move(*result);
}

bool eventually_idle(LlamaProvider& p) {
  for (int i = 0; i < 500; ++i) {
    if (p.engine().stats().active_slots == 0) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return false;
}

TEST(LlamaProviderRun, AConsumerGoingAwayCancelsTheGenerationAndFreesItsSlot) {
  auto provider = open_tiny();
  core::RequestContext ctx;
  ctx.deadline = core::Clock::now() + std::chrono::seconds(60);
  core::ChatRequest r = hello();  // no max_tokens: would run until the context is full
  r.seed = 1;
  int chunks = 0;
  ChunkSink sink = [&](core::ChatChunk& c) -> http::Task<bool> {
    EXPECT_EQ(c.choices.size(), 1u);
    EXPECT_EQ(c.choices[0].role.has_value(), chunks == 0);
    ++chunks;
    co_return false;
  };
  StreamOutcome out = run(provider->chat_stream(r, "tiny", ctx, sink));
  EXPECT_TRUE(out.consumer_gone);
  EXPECT_TRUE(out.started);
  EXPECT_FALSE(out.error);
  EXPECT_EQ(chunks, 1);
  EXPECT_TRUE(eventually_idle(*provider));
  EXPECT_GT(ctx.upstream_wait.count(), 0);
}

TEST(LlamaProviderRun, APassedDeadlineCancelsWithATimeoutError) {
  auto provider = open_tiny();
  core::RequestContext ctx;
  ctx.deadline = core::Clock::now() + std::chrono::milliseconds(20);
  core::ChatRequest r = hello();
  r.seed = 1;
  auto res = run(provider->chat(r, "tiny", ctx));
  ASSERT_FALSE(res.ok());
  EXPECT_EQ(res.error().kind, core::ErrorKind::timeout);
  EXPECT_EQ(res.error().status, 504);
  EXPECT_TRUE(eventually_idle(*provider));
}

TEST(LlamaProviderRun, AnswersWithUsageAndTheDeploymentsModelName) {
  auto provider = open_tiny();
  core::RequestContext ctx;
  ctx.deadline = core::Clock::now() + std::chrono::seconds(60);
  core::ChatRequest r = hello();
  r.max_tokens = 4;
  r.seed = 2;
  auto res = run(provider->chat(r, "tiny", ctx));
  ASSERT_TRUE(res.ok()) << res.error().message;
  EXPECT_EQ(res->model, "tiny");
  ASSERT_EQ(res->choices.size(), 1u);
  EXPECT_EQ(res->choices[0].message.role, core::Role::assistant);
  ASSERT_TRUE(res->usage);
  EXPECT_EQ(res->usage->total_tokens, res->usage->prompt_tokens + res->usage->completion_tokens);
  EXPECT_GT(ctx.upstream_wait.count(), 0);
}

}  // namespace
}  // namespace switchyard::providers

#endif  // SWITCHYARD_HAVE_LLAMA
