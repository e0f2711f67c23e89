// OpenAI chunks to block events and back (api/openai/chunk_events.hpp): the
// events a stream becomes, and the chunks a client reads from them, compared
// with what the upstream sent.
#include "switchyard/api/openai/chunk_events.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "support/json_compare.hpp"
#include "switchyard/api/openai/chat_codec.hpp"

namespace switchyard::api::openai {
namespace {

using testing::JsonEq;
using testing::Parsed;
using testing::str;

// The events of each chunk of `wire`, read by one reader.
std::vector<core::StreamFrame> read_all(const std::vector<std::string_view>& wire) {
  ChunkReader reader;
  std::vector<core::StreamFrame> frames;
  for (std::string_view w : wire) {
    auto chunk = decode_chat_chunk(w);
    EXPECT_TRUE(chunk) << w;
    if (!chunk) break;
    reader.read(*chunk, frames.emplace_back());
  }
  return frames;
}

// Each frame written by one writer.
std::vector<std::string> write_all(std::vector<core::StreamFrame> frames) {
  ChunkWriter writer;
  std::vector<std::string> out;
  for (auto& f : frames) writer.write(f, out.emplace_back());
  return out;
}

// A compact picture of a frame's events: "start(assistant)", "text@0+",
// "delta@0:Hi", "stop@0", "finish:stop", "usage:11" ...
std::string describe(const core::StreamFrame& f) {
  std::string out;
  for (const core::StreamEvent& e : f.events) {
    if (!out.empty()) out += ' ';
    if (e.choice != 0) out += "c" + std::to_string(e.choice) + ":";
    const std::string at = "@" + std::to_string(e.block);
    if (const auto* m = e.get<core::MessageStart>()) {
      out += "start(" + std::string(m->role ? core::to_string(*m->role) : "") + ")";
    } else if (const auto* s = e.get<core::BlockStart>()) {
      static constexpr const char* kKinds[] = {"text", "refusal", "tool", "thinking"};
      out += kKinds[static_cast<int>(s->kind)] + at + "+";
      if (!s->id.empty() || !s->name.empty()) out += "(" + s->id + "," + s->name + ")";
    } else if (const auto* d = e.get<core::BlockDelta>()) {
      static constexpr const char* kDeltas[] = {"delta", "args", "think", "sig"};
      out += kDeltas[static_cast<int>(d->kind)] + at + ":" + d->text;
    } else if (e.get<core::BlockStop>()) {
      out += "stop" + at;
    } else if (const auto* m = e.get<core::MessageDelta>()) {
      out += "finish:" + m->finish_reason.raw;
    } else if (const auto* u = e.get<core::UsageReport>()) {
      out += "usage:" + std::to_string(u->usage.total_tokens);
    }
  }
  return out;
}

// api.openai.com's stream with "logprobs": true, service_tier and obfuscation.
const std::vector<std::string_view> kTextStream = {
    R"({"id":"chatcmpl-1","object":"chat.completion.chunk","created":1762000000,"model":"gpt-4o-mini","service_tier":"default","system_fingerprint":"fp_1","choices":[{"index":0,"delta":{"role":"assistant","content":"","refusal":null},"logprobs":{"content":[],"refusal":null},"finish_reason":null}],"obfuscation":"Qx3"})",
    R"({"id":"chatcmpl-1","object":"chat.completion.chunk","created":1762000000,"model":"gpt-4o-mini","service_tier":"default","system_fingerprint":"fp_1","choices":[{"index":0,"delta":{"content":"Hi"},"logprobs":{"content":[{"token":"Hi","logprob":-1.25e-05,"bytes":[72,105],"top_logprobs":[]}],"refusal":null},"finish_reason":null}],"obfuscation":"k2"})",
    R"({"id":"chatcmpl-1","object":"chat.completion.chunk","created":1762000000,"model":"gpt-4o-mini","service_tier":"default","system_fingerprint":"fp_1","choices":[{"index":0,"delta":{"content":" there"},"logprobs":null,"finish_reason":null,"matched_stop":null}]})",
    R"({"id":"chatcmpl-1","object":"chat.completion.chunk","created":1762000000,"model":"gpt-4o-mini","service_tier":"default","system_fingerprint":"fp_1","choices":[{"index":0,"delta":{},"logprobs":null,"finish_reason":"stop"}],"obfuscation":"a"})",
    R"({"id":"chatcmpl-1","object":"chat.completion.chunk","created":1762000000,"model":"gpt-4o-mini","service_tier":"default","system_fingerprint":"fp_1","choices":[],"usage":{"prompt_tokens":9,"completion_tokens":2,"total_tokens":11,"prompt_tokens_details":{"cached_tokens":0,"audio_tokens":0},"completion_tokens_details":{"reasoning_tokens":0}},"obfuscation":"z"})",
};

TEST(ChunkEvents, ATextStreamIsOneTextBlock) {
  const auto frames = read_all(kTextStream);
  ASSERT_EQ(frames.size(), 5u);
  EXPECT_EQ(describe(frames[0]), "start(assistant) text@0+");
  EXPECT_EQ(describe(frames[1]), "delta@0:Hi");
  EXPECT_EQ(describe(frames[2]), "delta@0: there");
  EXPECT_EQ(describe(frames[3]), "stop@0 finish:stop");
  EXPECT_EQ(describe(frames[4]), "usage:11");
  const auto* start = frames[0].events[0].get<core::MessageStart>();
  EXPECT_EQ(start->id, "chatcmpl-1");
  EXPECT_EQ(start->model, "gpt-4o-mini");
  EXPECT_EQ(start->created, 1762000000);
  EXPECT_EQ(start->system_fingerprint, "fp_1");
  // What the model does not carry rides along as the upstream's text.
  ASSERT_EQ(frames[1].choices.size(), 1u);
  EXPECT_EQ(
      frames[1].choices[0].logprobs_json,
      R"({"content":[{"token":"Hi","logprob":-1.25e-05,"bytes":[72,105],"top_logprobs":[]}],"refusal":null})");
  EXPECT_EQ(frames[2].choices[0].extra, (core::RawFields{{"matched_stop", "null"}}));
  EXPECT_EQ(frames[4].extra,
            (core::RawFields{{"service_tier", R"("default")"}, {"obfuscation", R"("z")"}}));
}

TEST(ChunkEvents, EveryChunkOfAStreamIsWrittenBackAsItCame) {
  const auto out = write_all(read_all(kTextStream));
  ASSERT_EQ(out.size(), kTextStream.size());
  for (std::size_t i = 0; i < out.size(); ++i) {
    // `"refusal": null` says nothing and is not written back.
    std::string expected(kTextStream[i]);
    constexpr std::string_view kNullRefusal = R"(,"refusal":null})";
    if (auto at = expected.find(kNullRefusal); at != std::string::npos && i == 0)
      expected.replace(at, kNullRefusal.size(), "}");
    EXPECT_TRUE(JsonEq(out[i], expected)) << out[i] << "\n" << expected;
  }
  EXPECT_NE(out[1].find(R"("logprob":-1.25e-05)"), std::string::npos) << out[1];
}

// Content, then two calls, as a model that explains before calling does.
const std::vector<std::string_view> kToolStream = {
    R"({"id":"a","object":"chat.completion.chunk","created":5,"model":"m","choices":[{"index":0,"delta":{"role":"assistant","content":"Checking."},"logprobs":null,"finish_reason":null}]})",
    R"({"id":"a","object":"chat.completion.chunk","created":5,"model":"m","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"id":"call_1","type":"function","function":{"name":"f","arguments":""}}]},"logprobs":null,"finish_reason":null}]})",
    R"({"id":"a","object":"chat.completion.chunk","created":5,"model":"m","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"{\"a\":"}}]},"logprobs":null,"finish_reason":null}]})",
    R"({"id":"a","object":"chat.completion.chunk","created":5,"model":"m","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"1}"}},{"index":1,"id":"call_2","type":"function","function":{"name":"g","arguments":"{}"}}]},"logprobs":null,"finish_reason":null}]})",
    R"({"id":"a","object":"chat.completion.chunk","created":5,"model":"m","choices":[{"index":0,"delta":{},"logprobs":null,"finish_reason":"tool_calls"}]})",
};

TEST(ChunkEvents, ToolCallsAreBlocksAfterTheText) {
  const auto frames = read_all(kToolStream);
  ASSERT_EQ(frames.size(), 5u);
  EXPECT_EQ(describe(frames[0]), "start(assistant) text@0+ delta@0:Checking.");
  EXPECT_EQ(describe(frames[1]), "stop@0 tool@1+(call_1,f)");
  EXPECT_EQ(describe(frames[2]), R"(args@1:{"a":)");
  EXPECT_EQ(describe(frames[3]), "args@1:1} stop@1 tool@2+(call_2,g) args@2:{}");
  EXPECT_EQ(describe(frames[4]), "stop@2 finish:tool_calls");
  const auto out = write_all(read_all(kToolStream));
  for (std::size_t i = 0; i < out.size(); ++i)
    EXPECT_TRUE(JsonEq(out[i], kToolStream[i])) << out[i] << "\n" << kToolStream[i];
}

TEST(ChunkEvents, ReasoningIsAThinkingBlockWrittenBackUnderItsOwnName) {
  for (std::string_view member : {kReasoningContent, kReasoning}) {
    const std::string m(member);
    const std::vector<std::string> wire = {
        R"({"id":"a","object":"chat.completion.chunk","created":5,"model":"m","choices":[{"index":0,"delta":{"role":"assistant",")" +
            m + R"(":"Let me"},"logprobs":null,"finish_reason":null}]})",
        R"({"id":"a","object":"chat.completion.chunk","created":5,"model":"m","choices":[{"index":0,"delta":{")" +
            m + R"(":" think"},"logprobs":null,"finish_reason":null}]})",
        R"({"id":"a","object":"chat.completion.chunk","created":5,"model":"m","choices":[{"index":0,"delta":{"content":"Yes"},"logprobs":null,"finish_reason":null}]})",
    };
    const std::vector<std::string_view> views(wire.begin(), wire.end());
    const auto frames = read_all(views);
    EXPECT_EQ(describe(frames[0]), "start(assistant) thinking@0+(," + m + ") think@0:Let me");
    EXPECT_EQ(describe(frames[1]), "think@0: think");
    EXPECT_EQ(describe(frames[2]), "stop@0 text@1+ delta@1:Yes");
    const auto out = write_all(read_all(views));
    for (std::size_t i = 0; i < out.size(); ++i)
      EXPECT_TRUE(JsonEq(out[i], wire[i])) << out[i] << "\n" << wire[i];
  }
}

TEST(ChunkEvents, ChoicesOfNAreStreamsOfTheirOwn) {
  const std::vector<std::string_view> wire = {
      R"({"id":"a","object":"chat.completion.chunk","created":5,"model":"m","choices":[{"index":0,"delta":{"role":"assistant","content":"x"},"logprobs":null,"finish_reason":null},{"index":1,"delta":{"role":"assistant","refusal":"no"},"logprobs":null,"finish_reason":null}]})",
      R"({"id":"a","object":"chat.completion.chunk","created":5,"model":"m","choices":[{"index":1,"delta":{},"logprobs":null,"finish_reason":"stop"},{"index":0,"delta":{"content":"y"},"logprobs":null,"finish_reason":"length"}]})",
  };
  const auto frames = read_all(wire);
  EXPECT_EQ(describe(frames[0]),
            "start(assistant) text@0+ delta@0:x c1:start(assistant) c1:refusal@0+ c1:delta@0:no");
  EXPECT_EQ(describe(frames[1]), "c1:stop@0 c1:finish:stop delta@0:y stop@0 finish:length");
  const auto out = write_all(read_all(wire));
  for (std::size_t i = 0; i < out.size(); ++i)
    EXPECT_TRUE(JsonEq(out[i], wire[i])) << out[i] << "\n" << wire[i];
}

TEST(ChunkEvents, AFrameBeforeTheMessageKeepsItsMembers) {
  // Azure OpenAI's first chunk: no choices, its prompt filter results.
  const std::vector<std::string_view> wire = {
      R"({"choices":[],"created":0,"id":"","model":"","object":"chat.completion.chunk","prompt_filter_results":[{"prompt_index":0,"content_filter_results":{}}]})",
      R"({"id":"a","object":"chat.completion.chunk","created":5,"model":"m","choices":[{"index":0,"delta":{"role":"assistant","content":"x"},"logprobs":null,"finish_reason":null}]})",
  };
  const auto frames = read_all(wire);
  EXPECT_EQ(describe(frames[0]), "");
  EXPECT_EQ(describe(frames[1]), "start(assistant) text@0+ delta@0:x");
  const auto out = write_all(read_all(wire));
  EXPECT_TRUE(JsonEq(out[0], wire[0])) << out[0];
  EXPECT_TRUE(JsonEq(out[1], wire[1])) << out[1];
}

// Frames made by another producer (the engine, another dialect's reader).
core::StreamFrame frame_of(core::Dialect dialect) {
  core::StreamFrame f;
  f.dialect = dialect;
  core::StreamBuilder b;
  core::MessageStart m;
  m.id = "msg_1";
  m.model = "claude";
  m.role = core::Role::assistant;
  b.start(f, 0, m);
  b.thinking(f, 0, "hmm");
  f.events.push_back({0, 0, core::BlockDelta{core::DeltaKind::signature, "EqQBCgIYAhIM"}});
  b.text(f, 0, "Hello");
  b.finish(f, 0, {core::FinishKind::stop, "end_turn", dialect});
  f.choices.push_back({0, R"({"content":[]})", {{"x_delta", "1"}}, {{"x_choice", "2"}}});
  f.extra.push_back({"x_top", "3"});
  return f;
}

TEST(ChunkEvents, AnotherDialectsFrameLeavesItsRawMembersAndSignatureOut) {
  core::StreamFrame f = frame_of(core::Dialect::anthropic);
  std::string out;
  ChunkWriter().write(f, out);
  EXPECT_TRUE(JsonEq(
      out,
      R"({"id":"msg_1","object":"chat.completion.chunk","created":0,"model":"claude","choices":[{"index":0,"delta":{"role":"assistant","reasoning_content":"hmm","content":"Hello"},"logprobs":null,"finish_reason":"stop"}]})"))
      << out;
  EXPECT_EQ(out.find("EqQBCgIYAhIM"), std::string::npos);
  // The same frame in OpenAI's dialect keeps them.
  core::StreamFrame same = frame_of(core::Dialect::openai);
  out.clear();
  ChunkWriter().write(same, out);
  const Parsed p(out);
  EXPECT_EQ(int64_t(p["/x_top"]), 3);
  EXPECT_EQ(int64_t(p["/choices/0/x_choice"]), 2);
  EXPECT_EQ(int64_t(p["/choices/0/delta/x_delta"]), 1);
  EXPECT_TRUE(p.has("/choices/0/logprobs/content"));
  EXPECT_EQ(str(p["/choices/0/finish_reason"]), "end_turn");
}

TEST(ChunkEvents, TheFirstEnvelopeServesTheWholeStream) {
  // A usage chunk with no choice before it starts the message itself.
  const auto frames = read_all(
      {R"({"id":"u","object":"chat.completion.chunk","created":7,"model":"m","choices":[],"usage":{"prompt_tokens":1,"completion_tokens":0,"total_tokens":1}})"});
  EXPECT_EQ(describe(frames[0]), "start() usage:1");
  const auto out = write_all(frames);
  const Parsed p(out[0]);
  EXPECT_EQ(str(p["/id"]), "u");
  EXPECT_EQ(p["/choices"].get_array().size(), 0u);
}

}  // namespace
}  // namespace switchyard::api::openai
