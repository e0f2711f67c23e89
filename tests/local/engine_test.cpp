#include "switchyard/local/engine.hpp"

#include <gtest/gtest.h>
#include <simdjson.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <future>

#include "local/test_model.hpp"
#include "switchyard/local/json_grammar.hpp"
#include "switchyard/local/utf8_assembler.hpp"

namespace switchyard::local {
namespace {

using testing::chat;
using testing::Collector;
using testing::tiny_options;

std::unique_ptr<Engine> open_or_die(const EngineOptions& o) {
  auto engine = Engine::open(o);
  EXPECT_TRUE(engine) << engine.error().message;
  return engine ? std::move(*engine) : nullptr;
}

TEST(EngineTest, SameSeedGivesSameOutput) {
  auto engine = open_or_die(tiny_options());
  ASSERT_TRUE(engine);
  auto a = engine->generate(chat("Tell me a story.", 24, 99));
  auto b = engine->generate(chat("Tell me a story.", 24, 99));
  auto c = engine->generate(chat("Tell me a story.", 24, 100));
  ASSERT_TRUE(a && b && c);
  EXPECT_FALSE(a->text.empty());
  EXPECT_EQ(a->text, b->text);
  EXPECT_EQ(a->finished.usage.output_tokens, b->finished.usage.output_tokens);
  EXPECT_NE(a->text, c->text);
}

TEST(EngineTest, ConcurrentRequestsShareStepsAndReportExactUsage) {
  auto engine = open_or_die(tiny_options());  // 4 slots
  ASSERT_TRUE(engine);
  constexpr int kRequests = 8;
  std::vector<std::shared_ptr<Collector>> results;
  std::vector<std::size_t> prompt_sizes;
  for (int i = 0; i < kRequests; ++i) {
    GenerationRequest r;
    r.prompt = "Request number " + std::to_string(i) + " asks for " + std::string(i * 3, 'x');
    r.max_tokens = 12 + i;
    r.sampling.seed = static_cast<std::uint32_t>(i);
    prompt_sizes.push_back(engine->tokenize(r.prompt).size());
    results.push_back(Collector::make());
    ASSERT_TRUE(engine->submit(r, results.back()->callback()));
  }
  for (int i = 0; i < kRequests; ++i) {
    SCOPED_TRACE(i);
    auto& c = *results[i];
    ASSERT_TRUE(c.wait());
    ASSERT_FALSE(c.error) << c.error->message;
    const auto& u = c.finished->usage;
    EXPECT_EQ(u.input_tokens, static_cast<std::int64_t>(prompt_sizes[i]));
    EXPECT_EQ(u.total_tokens, u.input_tokens + u.output_tokens);
    if (c.finished->reason == FinishReason::length) {
      EXPECT_EQ(u.output_tokens, 12 + i);
    } else {
      EXPECT_LT(u.output_tokens, 12 + i);
    }
    for (const auto& p : c.pieces) {
      EXPECT_FALSE(p.empty());
      EXPECT_TRUE(is_valid_utf8(p));
    }
    EXPECT_EQ(c.events_after_end, 0);
  }
  const auto stats = engine->stats();
  EXPECT_GE(stats.max_sequences_in_step, 2u);  // continuous batching happened
}

TEST(EngineTest, PromptsLongerThanTheBatchAreReadInChunks) {
  auto o = tiny_options();
  o.n_parallel = 2;
  o.n_batch = 8;  // every prompt below needs several steps
  auto engine = open_or_die(o);
  ASSERT_TRUE(engine);
  auto a = Collector::make();
  auto b = Collector::make();
  ASSERT_TRUE(engine->submit(chat("The first of two prompts that do not fit one batch.", 6),
                             a->callback()));
  ASSERT_TRUE(
      engine->submit(chat("The second prompt, also longer than eight tokens.", 6), b->callback()));
  for (auto* c : {a.get(), b.get()}) {
    ASSERT_TRUE(c->wait());
    ASSERT_TRUE(c->finished);
    EXPECT_GT(c->finished->usage.input_tokens, 16);
    EXPECT_EQ(c->finished->usage.output_tokens, 6);
  }
  const auto stats = engine->stats();
  EXPECT_GE(stats.steps, 8u);
  EXPECT_LE(stats.batched_tokens, stats.steps * 8);
}

TEST(EngineTest, MaxTokensFinishesWithLengthAndExactCount) {
  auto engine = open_or_die(tiny_options());
  ASSERT_TRUE(engine);
  auto out = engine->generate(chat("Count to ten.", 5));
  ASSERT_TRUE(out) << out.error().message;
  EXPECT_EQ(out->finished.reason, FinishReason::length);
  EXPECT_EQ(out->finished.usage.output_tokens, 5);
  EXPECT_STREQ(to_string(out->finished.reason), "length");
}

TEST(EngineTest, FullContextFinishesWithLength) {
  auto o = tiny_options();
  o.n_ctx = 64;
  o.n_parallel = 1;
  auto engine = open_or_die(o);
  ASSERT_TRUE(engine);
  GenerationRequest r;
  r.prompt = "Short prompt";
  auto out = engine->generate(r);  // no max_tokens: until the context is full
  ASSERT_TRUE(out);
  if (out->finished.reason == FinishReason::length) {
    EXPECT_EQ(out->finished.usage.total_tokens, engine->info().n_ctx_per_slot + 1);
  }
}

TEST(EngineTest, CancellationFreesTheSlotForTheNextRequest) {
  auto o = tiny_options();
  o.n_parallel = 1;
  auto engine = open_or_die(o);
  ASSERT_TRUE(engine);

  auto running = Collector::make();
  auto queued = Collector::make();
  auto handle = engine->submit(chat("Go on forever.", 100000), running->callback());
  ASSERT_TRUE(handle);
  ASSERT_TRUE(engine->submit(chat("Second.", 4), queued->callback()));
  ASSERT_TRUE(running->wait_for_pieces(1));
  handle->cancel();

  ASSERT_TRUE(running->wait());
  ASSERT_TRUE(running->finished);
  EXPECT_EQ(running->finished->reason, FinishReason::cancelled);
  EXPECT_LT(running->finished->usage.output_tokens, 400);
  ASSERT_TRUE(queued->wait());  // served by the only slot, freed by the cancel
  ASSERT_TRUE(queued->finished);
  EXPECT_NE(queued->finished->reason, FinishReason::cancelled);
  EXPECT_GT(queued->finished->usage.output_tokens, 0);

  // A request cancelled while still queued ends without running.
  auto blocker = Collector::make();
  auto waiting = Collector::make();
  auto hb = engine->submit(chat("Block.", 100000), blocker->callback());
  auto hw = engine->submit(chat("Wait.", 4), waiting->callback());
  ASSERT_TRUE(hb && hw);
  hw->cancel();
  ASSERT_TRUE(waiting->wait());
  EXPECT_EQ(waiting->finished->reason, FinishReason::cancelled);
  EXPECT_EQ(waiting->finished->usage.output_tokens, 0);
  hb->cancel();
  ASSERT_TRUE(blocker->wait());
}

TEST(EngineTest, RepeatedPromptReusesTheCachedPrefix) {
  auto o = tiny_options();
  o.n_parallel = 1;
  auto engine = open_or_die(o);
  ASSERT_TRUE(engine);
  auto first = engine->generate(chat("A long shared system prompt and a question.", 4));
  auto second = engine->generate(chat("A long shared system prompt and a question.", 4));
  ASSERT_TRUE(first && second);
  EXPECT_EQ(first->finished.usage.cache_read_tokens, 0);
  EXPECT_EQ(second->finished.usage.cache_read_tokens, second->finished.usage.input_tokens - 1);
  EXPECT_EQ(first->text, second->text);  // same seed, same result from cached KV
  EXPECT_GT(engine->stats().reused_prompt_tokens, 0u);

  auto other = engine->generate(chat("Something else entirely.", 4));
  ASSERT_TRUE(other);
  EXPECT_GT(other->finished.usage.cache_read_tokens, 0);  // the system prompt
  EXPECT_LT(other->finished.usage.cache_read_tokens, other->finished.usage.input_tokens - 1);
}

TEST(EngineTest, StopStringEndsGenerationBeforeIt) {
  auto engine = open_or_die(tiny_options());
  ASSERT_TRUE(engine);
  auto request = chat("Say something.", 40, 5);
  auto full = engine->generate(request);
  ASSERT_TRUE(full);
  ASSERT_GE(full->text.size(), 12u);
  // Pick a stop string from the middle of the known output (on a character
  // boundary) and expect the text before its first occurrence.
  std::size_t start = 6;
  while (start < full->text.size() &&
         (static_cast<unsigned char>(full->text[start]) & 0xC0) == 0x80) {
    ++start;
  }
  const std::string stop = full->text.substr(start, 3);
  request.stop = {stop};
  auto cut = engine->generate(request);
  ASSERT_TRUE(cut);
  EXPECT_EQ(cut->finished.reason, FinishReason::stop);
  EXPECT_EQ(cut->text, full->text.substr(0, full->text.find(stop)));
}

// Checks a document produced under the test schema.
void expect_matches_schema(const std::string& text) {
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  ASSERT_EQ(parser.parse(text).get(doc), simdjson::SUCCESS) << text;
  simdjson::dom::object obj;
  ASSERT_EQ(doc.get_object().get(obj), simdjson::SUCCESS) << text;
  bool ok = false;
  EXPECT_EQ(obj["ok"].get_bool().get(ok), simdjson::SUCCESS) << text;
  std::string_view color;
  ASSERT_EQ(obj["color"].get_string().get(color), simdjson::SUCCESS) << text;
  EXPECT_TRUE(color == "red" || color == "green") << text;
  for (auto field : obj) {
    EXPECT_TRUE(field.key == "ok" || field.key == "color" || field.key == "count") << text;
    if (field.key == "count") {
      EXPECT_TRUE(field.value.is_int64()) << text;
    }
  }
}

TEST(EngineTest, JsonSchemaGrammarYieldsValidJson) {
  auto engine = open_or_die(tiny_options());
  ASSERT_TRUE(engine);
  auto grammar = json_schema_to_grammar(R"({"type":"object","properties":{
      "ok":{"type":"boolean"},"color":{"enum":["red","green"]},"count":{"type":"integer"}},
      "required":["ok","color"]})");
  ASSERT_TRUE(grammar) << grammar.error().message;
  for (std::uint32_t seed : {1u, 2u}) {
    SCOPED_TRACE(seed);
    auto r = chat("Answer in JSON.", 200, seed);
    r.grammar = *grammar;
    auto out = engine->generate(r);
    ASSERT_TRUE(out) << out.error().message;
    // The grammar is finite apart from bounded digit runs: once "}" is
    // produced only end-of-generation is allowed, so it must stop.
    ASSERT_EQ(out->finished.reason, FinishReason::stop) << out->text;
    expect_matches_schema(out->text);
  }
}

TEST(EngineTest, JsonObjectGrammarIsValidWhenItStops) {
  auto engine = open_or_die(tiny_options());
  ASSERT_TRUE(engine);
  auto r = chat("Answer in JSON.", 48, 11);
  r.grammar = json_object_grammar();
  auto out = engine->generate(r);
  ASSERT_TRUE(out) << out.error().message;
  ASSERT_FALSE(out->text.empty());
  EXPECT_EQ(out->text.front(), '{');
  if (out->finished.reason == FinishReason::stop) {
    simdjson::dom::parser parser;
    simdjson::dom::element doc;
    EXPECT_EQ(parser.parse(out->text).get(doc), simdjson::SUCCESS) << out->text;
    EXPECT_TRUE(doc.is_object());
  }
}

TEST(EngineTest, BadGrammarIsRejectedAtSubmit) {
  auto engine = open_or_die(tiny_options());
  ASSERT_TRUE(engine);
  auto r = chat("x", 4);
  r.grammar = "root ::= (";
  auto h = engine->submit(r, [](GenerationEvent&&) { ADD_FAILURE() << "callback called"; });
  ASSERT_FALSE(h);
  EXPECT_EQ(h.error().kind, core::ErrorKind::invalid_request);
}

TEST(EngineTest, EmbeddingsHaveTheModelDimension) {
  auto o = tiny_options();
  o.embeddings = true;
  auto engine = open_or_die(o);
  ASSERT_TRUE(engine);
  auto vectors = engine->embed({"hello world", "a different text", "hello world"});
  ASSERT_TRUE(vectors) << vectors.error().message;
  ASSERT_EQ(vectors->size(), 3u);
  for (const auto& v : *vectors) {
    ASSERT_EQ(static_cast<int>(v.size()), engine->info().n_embd);
    EXPECT_EQ(v.size(), 64u);
    double norm = 0;
    for (float x : v) {
      ASSERT_TRUE(std::isfinite(x));
      norm += double(x) * x;
    }
    EXPECT_NEAR(norm, 1.0, 1e-3);
  }
  EXPECT_EQ((*vectors)[0], (*vectors)[2]);
  EXPECT_NE((*vectors)[0], (*vectors)[1]);

  // Generation still works next to embeddings.
  auto out = engine->generate(chat("hi", 3));
  ASSERT_TRUE(out);
}

// Waits for an embeddings callback (the blocking embed() only takes texts).
core::Expected<std::vector<std::vector<float>>> embed_tokens(
    Engine& engine, std::vector<std::vector<std::int32_t>> inputs, bool cancel_at_once = false) {
  auto done = std::make_shared<std::promise<core::Expected<std::vector<std::vector<float>>>>>();
  auto future = done->get_future();
  auto handle = engine.submit_token_embeddings(
      std::move(inputs), [done](auto&& result) { done->set_value(std::move(result)); });
  if (cancel_at_once) handle.cancel();
  return future.get();
}

TEST(EngineTest, TokenEmbeddingsMatchTheTextsTokens) {
  auto o = tiny_options();
  o.embeddings = true;
  auto engine = open_or_die(o);
  ASSERT_TRUE(engine);
  EXPECT_EQ(engine->info().n_ctx_embedding, o.n_ctx);
  const auto tokens = engine->embedding_tokens("hello world");
  ASSERT_GE(tokens.size(), 2u);
  auto from_text = engine->embed({"hello world"});
  auto from_tokens = embed_tokens(*engine, {tokens, {1, 2, 3}});
  ASSERT_TRUE(from_text && from_tokens) << (from_tokens ? "" : from_tokens.error().message);
  ASSERT_EQ(from_tokens->size(), 2u);
  EXPECT_EQ((*from_tokens)[0], (*from_text)[0]);
  EXPECT_EQ((*from_tokens)[1].size(), 64u);

  auto bad = embed_tokens(*engine, {{1}, {engine->info().n_vocab}});
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().code, "invalid_token");
  EXPECT_NE(bad.error().message.find("input 1"), std::string::npos) << bad.error().message;
  auto negative = embed_tokens(*engine, {{-1}});
  ASSERT_FALSE(negative);
  EXPECT_EQ(negative.error().code, "invalid_token");
  auto empty = embed_tokens(*engine, {{}});
  ASSERT_FALSE(empty);
  EXPECT_EQ(empty.error().code, "context_length_exceeded");
}

TEST(EngineTest, CancelledTokenEmbeddingsStopBeforeTheirNextInput) {
  auto o = tiny_options();
  o.embeddings = true;
  auto engine = open_or_die(o);
  ASSERT_TRUE(engine);
  // Far more inputs than the engine thread can embed before cancel() lands.
  std::vector<std::vector<std::int32_t>> many(2000, std::vector<std::int32_t>(40, 7));
  auto cancelled = embed_tokens(*engine, std::move(many), /*cancel_at_once=*/true);
  ASSERT_FALSE(cancelled);
  EXPECT_EQ(cancelled.error().code, "cancelled");
  EXPECT_TRUE(embed_tokens(*engine, {{5, 6}}));  // the engine carries on
}

TEST(EngineTest, EmbeddingsNeedTheOption) {
  auto engine = open_or_die(tiny_options());
  ASSERT_TRUE(engine);
  EXPECT_EQ(engine->info().n_ctx_embedding, 0);
  auto vectors = engine->embed({"hello"});
  ASSERT_FALSE(vectors);
  EXPECT_EQ(vectors.error().kind, core::ErrorKind::invalid_request);
}

TEST(EngineTest, MissingModelFileIsNamed) {
  auto o = tiny_options();
  o.model_path = "/nonexistent/dir/model.gguf";
  auto engine = Engine::open(o);
  ASSERT_FALSE(engine);
  EXPECT_EQ(engine.error().kind, core::ErrorKind::not_found);
  EXPECT_NE(engine.error().message.find("/nonexistent/dir/model.gguf"), std::string::npos);
}

TEST(EngineTest, CorruptModelFileIsNamed) {
  const auto path = std::filesystem::temp_directory_path() /
                    ("switchyard-corrupt-" + std::to_string(::getpid()) + ".gguf");
  {
    std::ofstream out(path, std::ios::binary);
    out << "GGUF this is not really a model";
  }
  auto o = tiny_options();
  o.model_path = path.string();
  auto engine = Engine::open(o);
  std::filesystem::remove(path);
  ASSERT_FALSE(engine);
  EXPECT_NE(engine.error().message.find(path.string()), std::string::npos)
      << engine.error().message;
}

TEST(EngineTest, PromptLongerThanTheContextIsRejected) {
  auto o = tiny_options();
  o.n_ctx = 64;
  auto engine = open_or_die(o);
  ASSERT_TRUE(engine);
  std::string long_text;
  for (int i = 0; i < 200; ++i) long_text += "word" + std::to_string(i) + " ";
  auto h = engine->submit(chat(long_text, 4), [](GenerationEvent&&) {});
  ASSERT_FALSE(h);
  EXPECT_EQ(h.error().status, 400);
  EXPECT_EQ(h.error().code, "context_length_exceeded");
  EXPECT_NE(h.error().message.find("64"), std::string::npos) << h.error().message;
}

TEST(EngineTest, ShutdownEndsRunningRequestsWithAnError) {
  auto running = Collector::make();
  {
    auto o = tiny_options();
    o.n_parallel = 1;
    auto engine = open_or_die(o);
    ASSERT_TRUE(engine);
    ASSERT_TRUE(engine->submit(chat("Forever.", 100000), running->callback()));
    ASSERT_TRUE(engine->submit(chat("Queued.", 4), Collector::make()->callback()));
  }
  ASSERT_TRUE(running->wait(std::chrono::seconds(1)));
  EXPECT_TRUE(running->error || running->finished);
}

}  // namespace
}  // namespace switchyard::local
