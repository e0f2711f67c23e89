// The tool-call parser on hand-written model outputs: whole, and piece by
// piece (every split must give the same result).
#include "switchyard/local/tool_call_parser.hpp"

#include <gtest/gtest.h>

#include "switchyard/local/tool_output.hpp"

namespace switchyard::local {
namespace {

struct Parsed {
  std::string content;
  std::vector<std::pair<std::string, std::string>> calls;  // name, arguments
  bool open_call = false;
  std::vector<ToolCallParser::Event> events;
};

// Feeds `output` in pieces of `step` bytes (0: whole).
Parsed parse(std::string_view output, std::size_t step = 0,
             std::vector<std::string> names = {"get_weather", "get_time"}) {
  ToolCallParser p(std::move(names));
  Parsed r;
  if (step == 0) step = output.size() + 1;
  for (std::size_t i = 0; i < output.size(); i += step) p.push(output.substr(i, step), r.events);
  p.finish(r.events);
  for (const auto& e : r.events) {
    switch (e.kind) {
      case ToolCallParser::Event::Kind::text:
        r.content += e.text;
        break;
      case ToolCallParser::Event::Kind::call_start:
        EXPECT_EQ(e.index, static_cast<int>(r.calls.size()));
        r.calls.push_back({e.text, ""});
        break;
      case ToolCallParser::Event::Kind::arguments:
        EXPECT_EQ(e.index + 1, static_cast<int>(r.calls.size()));
        r.calls.back().second += e.text;
        break;
    }
  }
  EXPECT_EQ(p.calls(), static_cast<int>(r.calls.size()));
  r.open_call = p.open_call();
  return r;
}

// Whole, byte by byte and in a few other splits: the same content and calls.
Parsed parse_every_way(std::string_view output) {
  Parsed whole = parse(output);
  for (std::size_t step : {1u, 2u, 3u, 7u}) {
    SCOPED_TRACE(step);
    Parsed split = parse(output, step);
    EXPECT_EQ(split.content, whole.content);
    EXPECT_EQ(split.calls, whole.calls);
    EXPECT_EQ(split.open_call, whole.open_call);
  }
  return whole;
}

using Calls = std::vector<std::pair<std::string, std::string>>;

TEST(ToolCallParser, PlainTextIsContentUnchanged) {
  auto r = parse_every_way("The weather is <b>fine</b>, 3 < 4 and <tool is not a tag.\n\n");
  EXPECT_EQ(r.content, "The weather is <b>fine</b>, 3 < 4 and <tool is not a tag.\n\n");
  EXPECT_TRUE(r.calls.empty());
  EXPECT_FALSE(r.open_call);
}

TEST(ToolCallParser, OneCallAfterText) {
  auto r = parse_every_way(
      "Let me check.\n<tool_call>\n{\"name\": \"get_weather\", \"arguments\": {\"city\": "
      "\"Paris\", \"days\": [1, {\"x\": \"}\"}]}}\n</tool_call>");
  EXPECT_EQ(r.content, "Let me check.");
  EXPECT_EQ(r.calls, (Calls{{"get_weather", R"({"city": "Paris", "days": [1, {"x": "}"}]})"}}));
  EXPECT_FALSE(r.open_call);
}

TEST(ToolCallParser, ParallelCallsWithoutContent) {
  auto r = parse_every_way(
      "<tool_call>\n{\"name\": \"get_weather\", \"arguments\": {\"city\": "
      "\"Oslo\"}}\n</tool_call>\n"
      "<tool_call>\n{\"name\":\"get_time\",\"arguments\":{}}\n</tool_call>\n");
  EXPECT_EQ(r.content, "");
  EXPECT_EQ(r.calls, (Calls{{"get_weather", R"({"city": "Oslo"})"}, {"get_time", "{}"}}));
}

TEST(ToolCallParser, ArgumentsStreamAsTheyArriveAfterTheNameIsKnown) {
  ToolCallParser p({"get_weather"});
  std::vector<ToolCallParser::Event> ev;
  p.push("<tool_call>\n{\"name\": \"get_wea", ev);
  EXPECT_TRUE(ev.empty());  // the name is not complete yet
  p.push("ther\", \"arguments\": {\"ci", ev);
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(ev[0].kind, ToolCallParser::Event::Kind::call_start);
  EXPECT_EQ(ev[0].text, "get_weather");
  EXPECT_EQ(ev[1].kind, ToolCallParser::Event::Kind::arguments);
  EXPECT_EQ(ev[1].text, "{\"ci");
  ev.clear();
  p.push("ty\": \"Rome\"}}\n</tool_", ev);
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].text, "ty\": \"Rome\"}");
  EXPECT_TRUE(p.open_call());
  ev.clear();
  p.push("call>", ev);
  p.finish(ev);
  EXPECT_TRUE(ev.empty());
  EXPECT_FALSE(p.open_call());
  EXPECT_EQ(p.calls(), 1);
}

TEST(ToolCallParser, MembersInAnotherOrderAreReadWhole) {
  auto r = parse_every_way(
      "<tool_call>{\"arguments\": {\"city\": \"Lima\"}, \"name\": \"get_weather\"}</tool_call>");
  EXPECT_EQ(r.calls, (Calls{{"get_weather", R"({"city":"Lima"})"}}));
  // Llama 3's convention names the arguments "parameters"; a string of JSON is taken as is.
  r = parse_every_way(
      "<tool_call>{\"name\": \"get_time\", \"parameters\": {\"tz\": \"UTC\"}}</tool_call>"
      "<tool_call>{\"arguments\": \"{\\\"tz\\\": 1}\", \"name\": \"get_time\"}</tool_call>");
  EXPECT_EQ(r.calls, (Calls{{"get_time", R"({"tz":"UTC"})"}, {"get_time", R"({"tz": 1})"}}));
  EXPECT_EQ(r.content, "");
}

TEST(ToolCallParser, MalformedCallsComeBackAsText) {
  for (std::string_view bad : {
           "<tool_call>not json</tool_call>",
           "<tool_call>{\"name\": \"get_weather\", \"arguments\": [1]}</tool_call>",
           "<tool_call>{\"arguments\": {}}</tool_call>",
           "<tool_call>{\"name\": \"rm_rf\", \"arguments\": {}}</tool_call>",  // not offered
           "<tool_call>{\"name\": \"get_weather\", \"argu",                    // output ends
       }) {
    SCOPED_TRACE(bad);
    auto r = parse_every_way(std::string("Before. ") + std::string(bad) + " After.");
    EXPECT_TRUE(r.calls.empty());
    EXPECT_FALSE(r.open_call);
    EXPECT_EQ(r.content, "Before. " + std::string(bad) + " After.");
  }
}

TEST(ToolCallParser, ACallCutByTheTokenLimitStaysOpenWithItsArgumentsSoFar) {
  auto r =
      parse_every_way("<tool_call>\n{\"name\": \"get_weather\", \"arguments\": {\"city\": \"Par");
  EXPECT_EQ(r.calls, (Calls{{"get_weather", "{\"city\": \"Par"}}));
  EXPECT_TRUE(r.open_call);
  EXPECT_EQ(r.content, "");
}

TEST(ToolCallParser, TextAfterACallIsContent) {
  auto r = parse_every_way(
      "<tool_call>{\"name\": \"get_time\", \"arguments\": {}}</tool_call>\n\nDone.  ");
  EXPECT_EQ(r.calls, (Calls{{"get_time", "{}"}}));
  EXPECT_EQ(r.content, "Done.");
}

TEST(ToolOutput, MessageAndDeltasInOpenAIShape) {
  const std::string out =
      "<tool_call>\n{\"name\": \"get_weather\", \"arguments\": {\"city\": \"Oslo\"}}\n</tool_call>"
      "\n<tool_call>\n{\"name\": \"get_time\", \"arguments\": {}}\n</tool_call>";
  ToolOutput whole({"get_weather", "get_time"});
  core::Message m;
  whole.fill(out, m);
  EXPECT_EQ(m.form, core::ContentForm::absent);
  ASSERT_EQ(m.content.size(), 2u);  // no text block: the calls only
  const auto calls = core::blocks_of<core::ToolUseBlock>(m.content);
  ASSERT_EQ(calls.size(), 2u);
  EXPECT_EQ(calls[0]->name, "get_weather");
  EXPECT_EQ(calls[0]->arguments, R"({"city": "Oslo"})");
  EXPECT_EQ(calls[0]->id.rfind("call_", 0), 0u);
  EXPECT_EQ(calls[0]->id.size(), 29u);
  EXPECT_NE(calls[0]->id, calls[1]->id);
  EXPECT_EQ(calls[1]->arguments, "{}");
  EXPECT_EQ(whole.finish_reason(FinishReason::stop).kind, core::FinishKind::tool_use);
  EXPECT_EQ(whole.finish_reason(FinishReason::length).kind, core::FinishKind::length);

  ToolOutput streamed({"get_weather", "get_time"});
  core::StreamBuilder builder;
  std::vector<core::StreamFrame> frames;
  for (std::size_t i = 0; i < out.size(); i += 5) {
    const std::string piece = out.substr(i, 5);
    streamed.stream(&piece, builder, frames);
  }
  streamed.stream(nullptr, builder, frames);
  std::vector<std::string> args(2);
  std::vector<std::string> ids;
  int stops = 0;
  for (const auto& f : frames) {
    for (const auto& e : f.events) {
      ASSERT_LT(e.block, 2);
      if (const auto* s = e.get<core::BlockStart>()) {
        ASSERT_EQ(s->kind, core::BlockKind::tool_use) << "markup streamed as text";
        EXPECT_EQ(e.block, static_cast<int>(ids.size()));  // blocks numbered in order
        EXPECT_EQ(s->name, e.block == 0 ? "get_weather" : "get_time");
        EXPECT_EQ(s->id.rfind("call_", 0), 0u);
        ids.push_back(s->id);
      } else if (const auto* d = e.get<core::BlockDelta>()) {
        ASSERT_EQ(d->kind, core::DeltaKind::arguments) << "markup streamed as text: " << d->text;
        ASSERT_EQ(static_cast<int>(ids.size()), e.block + 1) << "a delta of the open block only";
        args.at(static_cast<std::size_t>(e.block)) += d->text;
      } else if (e.get<core::BlockStop>()) {
        EXPECT_EQ(e.block, stops++);  // the first call's block stops when the second starts
      }
    }
  }
  ASSERT_EQ(ids.size(), 2u);
  EXPECT_NE(ids[0], ids[1]);
  EXPECT_EQ(stops, 1);
  EXPECT_EQ(args[0], R"({"city": "Oslo"})");
  EXPECT_EQ(args[1], "{}");

  ToolOutput text({"get_time"});
  core::Message plain;
  text.fill("just words", plain);
  EXPECT_EQ(plain.form, core::ContentForm::string);
  ASSERT_EQ(plain.content.size(), 1u);
  EXPECT_EQ(plain.text(), "just words");
  EXPECT_TRUE(core::blocks_of<core::ToolUseBlock>(plain.content).empty());
  EXPECT_EQ(text.finish_reason(FinishReason::stop).kind, core::FinishKind::stop);
}

}  // namespace
}  // namespace switchyard::local
