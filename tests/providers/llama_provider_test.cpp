// The llama provider on its own: how a canonical request becomes an engine
// request, and that a client going away or a deadline passing stops the
// generation and frees its slot.
#ifdef SWITCHYARD_HAVE_LLAMA

#include "switchyard/providers/llama.hpp"

#include <gtest/gtest.h>

#include <thread>

#include "local/test_model.hpp"
#include "local/test_tools.hpp"
#include "switchyard/local/json_grammar.hpp"
#include "switchyard/local/tool_grammar.hpp"

namespace switchyard::providers {
namespace {

namespace net = http::net;

core::ChatRequest hello() {
  core::ChatRequest r;
  r.model = "local";
  r.messages.push_back(core::text_message(core::Role::user, "hello"));
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

  // The schema's own text is what the converter reads, whatever its kind.
  r.response_format.json_schema_json = R"({"schema" : true , "name":"p"})";
  auto any = to_generation_request(r);
  ASSERT_TRUE(any.ok()) << any.error().message;
  EXPECT_NE(any->grammar.find("rroot ::= value\n"), std::string::npos) << any->grammar;

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
  r.tools = local::testing::bounded_tools();
  r.tool_choice.mode = core::ToolChoice::Mode::function;
  r.tool_choice.function_name = "delete_everything";
  auto unknown = to_generation_request(r);
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().status, 400);
  EXPECT_EQ(unknown.error().param, "tool_choice");
  EXPECT_NE(unknown.error().message.find("'delete_everything'"), std::string::npos);
  r.tools.clear();
  r.tool_choice.mode = core::ToolChoice::Mode::required;
  auto none_offered = to_generation_request(r);
  ASSERT_FALSE(none_offered.ok());
  EXPECT_EQ(none_offered.error().param, "tool_choice");

  // The template sees text only: any other part is refused, not dropped.
  for (bool image : {true, false}) {
    r = hello();
    core::Message& m = r.messages.emplace_back();
    m.form = core::ContentForm::blocks;
    m.content.resize(2);
    m.content[0].value.emplace<core::TextBlock>().text = "what is this?";
    if (image) {
      m.content[1].value.emplace<core::ImageBlock>().url = "https://example.com/a.png";
    } else {
      m.content[1].value.emplace<core::OpaqueBlock>().type = "input_audio";
    }
    auto parts = to_generation_request(r);
    ASSERT_FALSE(parts.ok());
    EXPECT_EQ(parts.error().status, 400);
    EXPECT_EQ(parts.error().param, "messages[1].content[1]");
    EXPECT_NE(parts.error().message.find("takes only text"), std::string::npos);
    EXPECT_NE(parts.error().message.find(image ? "'image_url'" : "'input_audio'"),
              std::string::npos)
        << parts.error().message;
    m.content[1].value.emplace<core::RefusalBlock>().text = "no";
    EXPECT_TRUE(to_generation_request(r).ok());
  }
  // Instructions are messages too: a part found there is named by its place
  // in the list the client sent.
  r = hello();
  core::SystemPrompt& sys = r.system.emplace_back();
  sys.position = 1;
  sys.message.role = core::Role::system;
  sys.message.form = core::ContentForm::blocks;
  sys.message.content.emplace_back().value.emplace<core::OpaqueBlock>().type = "file";
  r.messages.push_back(core::text_message(core::Role::user, "and?"));
  {
    auto refused = to_generation_request(r);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().param, "messages[1].content[0]");
  }
}

TEST(LlamaRequest, ToolsAreRenderedAndTheirCallsConstrainedByToolChoice) {
  using Mode = core::ToolChoice::Mode;
  core::ChatRequest r = hello();
  r.tools = local::testing::bounded_tools();

  // Unset is "auto": the tools are described, a call is constrained once begun.
  for (Mode mode : {Mode::unset, Mode::auto_}) {
    r.tool_choice.mode = mode;
    auto g = to_generation_request(r);
    ASSERT_TRUE(g.ok()) << g.error().message;
    EXPECT_EQ(g->tools.size(), 2u);
    EXPECT_EQ(g->grammar_trigger, "<tool_call>");
    EXPECT_EQ(g->grammar, local::tool_call_grammar(r.tools, true, true).grammar);
  }
  // Required: constrained from the first token; no parallel calls when refused.
  r.tool_choice.mode = Mode::required;
  r.parallel_tool_calls = false;
  auto required = to_generation_request(r);
  ASSERT_TRUE(required.ok()) << required.error().message;
  EXPECT_EQ(required->grammar_trigger, "");
  EXPECT_EQ(required->grammar, local::tool_call_grammar(r.tools, false, false).grammar);
  // A named function: every tool is described, only that one can be called.
  r.tool_choice.mode = Mode::function;
  r.tool_choice.function_name = "get_time";
  auto named = to_generation_request(r);
  ASSERT_TRUE(named.ok()) << named.error().message;
  EXPECT_EQ(named->tools.size(), 2u);
  EXPECT_EQ(named->grammar, local::tool_call_grammar({r.tools[1]}, false, false).grammar);
  // None: neither described nor callable.
  r.tool_choice.mode = Mode::none;
  auto none = to_generation_request(r);
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->tools.empty());
  EXPECT_TRUE(none->grammar.empty());
  // Auto with a JSON response_format: that document or calls, from the first token.
  r.tool_choice.mode = Mode::auto_;
  r.response_format.type = core::ResponseFormat::Type::json_object;
  auto json = to_generation_request(r);
  ASSERT_TRUE(json.ok());
  EXPECT_EQ(json->grammar_trigger, "");
  EXPECT_EQ(json->grammar,
            local::tool_call_grammar(r.tools, true, false, R"({"type":"object"})").grammar);
}

std::unique_ptr<LlamaProvider> open_tiny(int parallel = 1, int n_ctx = 256) {
  LlamaOptions o;
  o.name = "engine";
  o.engine = local::testing::tiny_options();
  o.engine.n_ctx = n_ctx;
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
  FrameSink sink = [&](core::StreamFrame& f) -> http::Task<bool> {
    // The first frame starts the assistant's message, then its text block.
    EXPECT_GE(f.events.size(), 2u);
    const auto* start = f.events.empty() ? nullptr : f.events[0].get<core::MessageStart>();
    EXPECT_TRUE(start && start->role == core::Role::assistant && start->model == "tiny");
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
  EXPECT_EQ(res->usage->total_tokens, res->usage->input_tokens + res->usage->output_tokens);
  EXPECT_GT(ctx.upstream_wait.count(), 0);
}

core::ChatRequest weather_question(core::ToolChoice::Mode mode) {
  core::ChatRequest r = hello();
  r.messages[0] = core::text_message(core::Role::user, "What is the weather in Paris?");
  r.tools = local::testing::bounded_tools();
  r.tool_choice.mode = mode;
  r.tool_choice.function_name = "get_weather";
  r.parallel_tool_calls = false;
  r.max_tokens = 200;
  return r;
}

TEST(LlamaProviderRun, ARequiredToolCallComesBackAsToolCalls) {
  auto provider = open_tiny(1, 1024);
  for (auto mode : {core::ToolChoice::Mode::required, core::ToolChoice::Mode::function}) {
    core::RequestContext ctx;
    ctx.deadline = core::Clock::now() + std::chrono::seconds(120);
    core::ChatRequest r = weather_question(mode);
    r.seed = 3;
    auto res = run(provider->chat(r, "tiny", ctx));
    ASSERT_TRUE(res.ok()) << res.error().message;
    ASSERT_EQ(res->choices.size(), 1u);
    const core::Choice& c = res->choices[0];
    EXPECT_EQ(c.finish_reason.kind, core::FinishKind::tool_use);
    EXPECT_EQ(c.message.form, core::ContentForm::absent);
    const auto calls = core::blocks_of<core::ToolUseBlock>(c.message.content);
    ASSERT_EQ(calls.size(), 1u);
    ASSERT_EQ(c.message.content.size(), 1u);
    const core::ToolUseBlock& call = *calls[0];
    EXPECT_EQ(call.id.rfind("call_", 0), 0u);
    if (mode == core::ToolChoice::Mode::function) {
      EXPECT_EQ(call.name, "get_weather");
    }
    local::testing::expect_valid_arguments(call.name, call.arguments);
  }
}

TEST(LlamaProviderRun, AStreamedToolCallStartsWithIdAndNameThenArguments) {
  auto provider = open_tiny(1, 1024);
  core::RequestContext ctx;
  ctx.deadline = core::Clock::now() + std::chrono::seconds(120);
  core::ChatRequest r = weather_question(core::ToolChoice::Mode::function);
  r.seed = 4;
  r.stream = true;
  std::vector<core::StreamFrame> frames;
  FrameSink sink = [&](core::StreamFrame& f) -> http::Task<bool> {
    frames.push_back(f);
    co_return true;
  };
  StreamOutcome out = run(provider->chat_stream(r, "tiny", ctx, sink));
  ASSERT_FALSE(out.error) << out.error->message;
  std::string id, name, arguments;
  core::FinishKind finish = core::FinishKind::none;
  int call_block = -1, call_deltas = 0, starts = 0, stops = 0;
  for (const auto& f : frames) {
    for (const auto& e : f.events) {
      EXPECT_EQ(e.choice, 0);
      if (const auto* s = e.get<core::BlockStart>()) {
        ++starts;
        EXPECT_EQ(s->kind, core::BlockKind::tool_use) << "markup streamed as text";
        call_block = e.block;
        id = s->id;
        name = s->name;
      } else if (const auto* d = e.get<core::BlockDelta>()) {
        EXPECT_EQ(d->kind, core::DeltaKind::arguments) << "markup streamed as text: " << d->text;
        EXPECT_EQ(e.block, call_block);
        ++call_deltas;
        arguments += d->text;
      } else if (e.get<core::BlockStop>()) {
        ++stops;
        EXPECT_EQ(e.block, call_block);
      } else if (const auto* m = e.get<core::MessageDelta>()) {
        EXPECT_EQ(stops, 1) << "the block stops before the message ends";
        finish = m->finish_reason.kind;
      }
    }
  }
  ASSERT_FALSE(frames.empty());
  ASSERT_FALSE(frames[0].events.empty());
  const auto* start = frames[0].events[0].get<core::MessageStart>();
  ASSERT_TRUE(start && start->role == core::Role::assistant);
  EXPECT_EQ(starts, 1);
  EXPECT_EQ(id.rfind("call_", 0), 0u);
  EXPECT_EQ(name, "get_weather");
  EXPECT_GE(call_deltas, 2);  // the arguments arrive after the name, in fragments
  EXPECT_EQ(finish, core::FinishKind::tool_use);
  local::testing::expect_valid_arguments(name, arguments);
  ASSERT_FALSE(frames.back().events.empty());
  EXPECT_TRUE(frames.back().events.back().get<core::UsageReport>());
}

}  // namespace
}  // namespace switchyard::providers

#endif  // SWITCHYARD_HAVE_LLAMA
