// Anthropic's stream events from block events (api/anthropic/message_events.hpp):
// the order Anthropic's reference gives (message_start, ping, blocks one
// after another, message_delta with usage, message_stop), and tool calls
// an upstream interleaves held so no block takes a delta after its stop.
#include "switchyard/api/anthropic/message_events.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/json_compare.hpp"
#include "switchyard/api/openai/chat_codec.hpp"
#include "switchyard/api/openai/chunk_events.hpp"
#include "switchyard/core/stream_builder.hpp"

namespace switchyard::api::anthropic {
namespace {

using testing::JsonEq;

struct Event {
  std::string name;
  std::string data;
};

std::vector<Event> parse_events(std::string_view body) {
  std::vector<Event> out;
  while (!body.empty()) {
    const std::size_t end = body.find("\n\n");
    EXPECT_NE(end, std::string_view::npos) << body;
    if (end == std::string_view::npos) break;
    std::string_view ev = body.substr(0, end);
    body.remove_prefix(end + 2);
    EXPECT_TRUE(ev.starts_with("event: ")) << ev;
    const std::size_t nl = ev.find('\n');
    Event& e = out.emplace_back();
    e.name = std::string(ev.substr(7, nl - 7));
    std::string_view data = ev.substr(nl + 1);
    EXPECT_TRUE(data.starts_with("data: ")) << ev;
    e.data = std::string(data.substr(6));
    testing::Parsed p(e.data);  // each is JSON
    EXPECT_EQ(std::string_view(p["/type"]), e.name);
  }
  return out;
}

// "start ping +0:text d0:Hi s0 delta(end_turn) stop" ...
std::string describe(const std::vector<Event>& events) {
  std::string out;
  for (const Event& e : events) {
    if (!out.empty()) out += ' ';
    testing::Parsed p(e.data);
    if (e.name == "message_start") {
      out += "start";
    } else if (e.name == "ping") {
      out += "ping";
    } else if (e.name == "content_block_start") {
      out += "+" + std::to_string(int64_t(p["/index"])) + ":" +
             std::string(std::string_view(p["/content_block/type"]));
    } else if (e.name == "content_block_delta") {
      const std::string_view t = p["/delta/type"];
      std::string_view text;
      if (t == "text_delta") text = p["/delta/text"];
      if (t == "input_json_delta") text = p["/delta/partial_json"];
      if (t == "thinking_delta") text = p["/delta/thinking"];
      if (t == "signature_delta") text = p["/delta/signature"];
      out += "d" + std::to_string(int64_t(p["/index"])) + ":" + std::string(text);
    } else if (e.name == "content_block_stop") {
      out += "s" + std::to_string(int64_t(p["/index"]));
    } else if (e.name == "message_delta") {
      out += "delta(" + std::string(std::string_view(p["/delta/stop_reason"])) + "," +
             std::to_string(int64_t(p["/usage/output_tokens"])) + ")";
    } else if (e.name == "message_stop") {
      out += "stop";
    } else {
      out += e.name;
    }
  }
  return out;
}

// OpenAI chunks (as an upstream streams them) through the ChunkReader and
// this writer, as the gateway relays them.
std::string relay(const std::vector<std::string_view>& chunks) {
  openai::ChunkReader reader;
  MessageEventWriter writer;
  std::string out;
  for (std::string_view c : chunks) {
    auto chunk = openai::decode_chat_chunk(c);
    EXPECT_TRUE(chunk) << c;
    if (!chunk) break;
    core::StreamFrame frame;
    reader.read(*chunk, frame);
    writer.write(frame, out);
  }
  writer.done(out);
  return out;
}

TEST(AnthropicEvents, ATextAnswer) {
  const std::string out = relay({
      R"({"id":"chatcmpl-1","model":"gpt","choices":[{"index":0,"delta":{"role":"assistant","content":""}}]})",
      R"({"id":"chatcmpl-1","model":"gpt","choices":[{"index":0,"delta":{"content":"Hi"}}]})",
      R"({"id":"chatcmpl-1","model":"gpt","choices":[{"index":0,"delta":{"content":" there"}}]})",
      R"({"id":"chatcmpl-1","model":"gpt","choices":[{"index":0,"delta":{},"finish_reason":"stop"}]})",
      R"({"id":"chatcmpl-1","model":"gpt","choices":[],"usage":{"prompt_tokens":9,"completion_tokens":2,"total_tokens":11,"prompt_tokens_details":{"cached_tokens":4}}})",
  });
  const auto events = parse_events(out);
  EXPECT_EQ(describe(events), "start ping +0:text d0:Hi d0: there s0 delta(end_turn,2) stop");
  EXPECT_TRUE(JsonEq(events[0].data, R"({"type":"message_start","message":{"id":"msg_chatcmpl-1",
    "type":"message","role":"assistant","model":"gpt","content":[],"stop_reason":null,
    "stop_sequence":null,"usage":{"input_tokens":0,"cache_creation_input_tokens":0,
    "cache_read_input_tokens":0,"output_tokens":0}}})"));
  EXPECT_TRUE(JsonEq(
      events[2].data,
      R"({"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}})"));
  EXPECT_TRUE(JsonEq(events[6].data, R"({"type":"message_delta","delta":{"stop_reason":"end_turn",
    "stop_sequence":null},"usage":{"input_tokens":5,"cache_creation_input_tokens":0,
    "cache_read_input_tokens":4,"output_tokens":2}})"));
}

TEST(AnthropicEvents, AToolCallAfterAnEmptyTextStart) {
  const std::string out = relay({
      R"({"id":"c","model":"gpt","choices":[{"index":0,"delta":{"role":"assistant","content":""}}]})",
      R"({"id":"c","model":"gpt","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"id":"call_1","type":"function","function":{"name":"get_weather","arguments":""}}]}}]})",
      R"({"id":"c","model":"gpt","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"{\"city\":"}}]}}]})",
      R"({"id":"c","model":"gpt","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"\"Paris\"}"}}]}}]})",
      R"({"id":"c","model":"gpt","choices":[{"index":0,"delta":{},"finish_reason":"tool_calls"}]})",
  });
  const auto events = parse_events(out);
  // The empty text block is left out; the call is block 0.
  EXPECT_EQ(describe(events),
            "start ping +0:tool_use d0:{\"city\": d0:\"Paris\"} s0 delta(tool_use,0) stop");
  EXPECT_TRUE(JsonEq(events[2].data, R"({"type":"content_block_start","index":0,
    "content_block":{"type":"tool_use","id":"call_1","name":"get_weather","input":{}}})"));
}

TEST(AnthropicEvents, InterleavedToolCallsAreHeldUntilTheFinish) {
  // Call 0 starts, call 1 starts, then call 0 gets more arguments: in
  // Anthropic's order block 0 must not have stopped before that fragment.
  const std::string out = relay({
      R"({"id":"c","model":"gpt","choices":[{"index":0,"delta":{"role":"assistant","content":"Checking."}}]})",
      R"({"id":"c","model":"gpt","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"id":"call_a","type":"function","function":{"name":"f","arguments":"{\"x\":"}}]}}]})",
      R"({"id":"c","model":"gpt","choices":[{"index":0,"delta":{"tool_calls":[{"index":1,"id":"call_b","type":"function","function":{"name":"g","arguments":"{\"y\":"}}]}}]})",
      R"({"id":"c","model":"gpt","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"1}"}}]}}]})",
      R"({"id":"c","model":"gpt","choices":[{"index":0,"delta":{"tool_calls":[{"index":1,"function":{"arguments":"2}"}}]}}]})",
      R"({"id":"c","model":"gpt","choices":[{"index":0,"delta":{},"finish_reason":"tool_calls"}]})",
      R"({"id":"c","model":"gpt","choices":[],"usage":{"prompt_tokens":20,"completion_tokens":9,"total_tokens":29}})",
  });
  EXPECT_EQ(describe(parse_events(out)),
            "start ping +0:text d0:Checking. s0 +1:tool_use d1:{\"x\": d1:1} s1 +2:tool_use "
            "d2:{\"y\":2} s2 delta(tool_use,9) stop");
}

TEST(AnthropicEvents, ThinkingWithSignatureThenText) {
  core::StreamBuilder b;
  MessageEventWriter w;
  std::string out;
  core::StreamFrame f;
  b.start(f, 0, core::MessageStart{"msg_1", "claude", 0, core::Role::assistant, ""});
  b.thinking(f, 0, "Let me think");
  w.write(f, out);
  f.clear();
  // A signature is a delta of the thinking block.
  core::StreamEvent& sig = f.events.emplace_back();
  sig.block = 0;
  sig.value.emplace<core::BlockDelta>(core::BlockDelta{core::DeltaKind::signature, "EqQB"});
  b.text(f, 0, "Answer.");
  core::FinishReason fin;
  fin.kind = core::FinishKind::length;
  b.finish(f, 0, fin);
  w.write(f, out);
  w.done(out);
  EXPECT_EQ(describe(parse_events(out)),
            "start ping +0:thinking d0:Let me think d0:EqQB s0 +1:text d1:Answer. s1 "
            "delta(max_tokens,0) stop");
}

TEST(AnthropicEvents, AFailureMidStreamIsAnErrorEvent) {
  core::StreamBuilder b;
  MessageEventWriter w;
  std::string out;
  core::StreamFrame f;
  b.start(f, 0, core::MessageStart{"x", "m", 0, core::Role::assistant, ""});
  b.text(f, 0, "Part");
  w.write(f, out);
  core::Error e;
  e.kind = core::ErrorKind::upstream;
  e.status = 529;
  e.message = "Overloaded";
  w.error(e, out);
  w.done(out);  // nothing after the error
  const auto events = parse_events(out);
  EXPECT_EQ(describe(events), "start ping +0:text d0:Part error");
  EXPECT_TRUE(
      JsonEq(events.back().data,
             R"({"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}})"));
}

TEST(AnthropicEvents, AStreamWithNoEventsStillOpensAndCloses) {
  MessageEventWriter w;
  std::string out;
  w.done(out);
  EXPECT_EQ(describe(parse_events(out)), "start ping delta(end_turn,0) stop");
}

}  // namespace
}  // namespace switchyard::api::anthropic
