// The Responses stream writer (api/responses/response_events.hpp): block
// events in, OpenAI's semantic events out, in order, numbered from 0.
#include "switchyard/api/responses/response_events.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/json_compare.hpp"

namespace switchyard::api::responses {
namespace {

using testing::Parsed;
using testing::str;

struct Event {
  std::string name;
  std::string data;
};

std::vector<Event> events_of(std::string_view body) {
  std::vector<Event> out;
  std::size_t at = 0;
  while (at < body.size()) {
    const std::size_t end = body.find("\n\n", at);
    if (end == std::string_view::npos) break;
    const std::string_view ev = body.substr(at, end - at);
    at = end + 2;
    const std::size_t nl = ev.find('\n');
    EXPECT_TRUE(ev.starts_with("event: ")) << ev;
    out.push_back({std::string(ev.substr(7, nl - 7)), std::string(ev.substr(nl + 7))});
  }
  EXPECT_EQ(at, body.size()) << "a partial event at the end: " << body;
  return out;
}

// The names in order, each run of one name once.
std::vector<std::string> names(const std::vector<Event>& events) {
  std::vector<std::string> out;
  for (const Event& e : events) {
    if (out.empty() || out.back() != e.name) out.push_back(e.name);
  }
  return out;
}

core::StreamEvent ev(int block, decltype(core::StreamEvent::value) v) {
  core::StreamEvent e;
  e.block = block;
  e.value = std::move(v);
  return e;
}

core::StreamFrame frame(std::vector<core::StreamEvent> events) {
  core::StreamFrame f;
  f.events = std::move(events);
  return f;
}

core::BlockDelta text(std::string s) {
  return {core::DeltaKind::text, std::move(s)};
}
core::BlockDelta args(std::string s) {
  return {core::DeltaKind::arguments, std::move(s)};
}

core::MessageStart start() {
  core::MessageStart m;
  m.id = "chatcmpl-42";
  m.model = "gpt-4.1";
  m.created = 1700000000;
  return m;
}

void check_numbered(const std::vector<Event>& events) {
  for (std::size_t i = 0; i < events.size(); ++i) {
    const Parsed p(events[i].data);
    EXPECT_EQ(str(p["/type"]), events[i].name);
    EXPECT_EQ(int64_t(p["/sequence_number"]), static_cast<int64_t>(i)) << events[i].data;
  }
}

TEST(ResponseEvents, ATextAnswer) {
  core::ChatRequest req;
  req.model = "alias";
  req.temperature = 0.3;
  ResponseEventWriter w(echo_of(req));
  std::string out;
  auto f = frame({ev(0, start()), ev(0, core::BlockStart{}), ev(0, text("Hel"))});
  w.write(f, out);
  f = frame({ev(0, text("lo")), ev(0, core::BlockStop{}),
             ev(0, core::MessageDelta{{core::FinishKind::stop, "stop", core::Dialect::openai}})});
  w.write(f, out);
  core::Usage u;
  u.input_tokens = 5;
  u.output_tokens = 2;
  u.total_tokens = 7;
  f = frame({ev(0, core::UsageReport{u})});
  w.write(f, out);
  w.done(out);

  const auto events = events_of(out);
  check_numbered(events);
  const std::vector<std::string> expected = {
      "response.created",           "response.in_progress",
      "response.output_item.added", "response.content_part.added",
      "response.output_text.delta", "response.output_text.done",
      "response.content_part.done", "response.output_item.done",
      "response.completed"};
  EXPECT_EQ(names(events), expected);
  const Parsed created(events[0].data);
  EXPECT_EQ(str(created["/response/id"]), "resp_chatcmpl42");
  EXPECT_EQ(str(created["/response/status"]), "in_progress");
  EXPECT_TRUE(created["/response/usage"].is_null());
  EXPECT_EQ(double(created["/response/temperature"]), 0.3);
  const Parsed added(events[2].data);
  EXPECT_EQ(int64_t(added["/output_index"]), 0);
  EXPECT_EQ(str(added["/item/type"]), "message");
  EXPECT_EQ(str(added["/item/status"]), "in_progress");
  const std::string item_id(str(added["/item/id"]));
  EXPECT_EQ(item_id, "msg_chatcmpl42_0");
  const Parsed delta(events[4].data);
  EXPECT_EQ(str(delta["/item_id"]), item_id);
  EXPECT_EQ(str(delta["/delta"]), "Hel");
  EXPECT_EQ(int64_t(delta["/content_index"]), 0);
  EXPECT_EQ(str(Parsed(events[6].data)["/text"]), "Hello");
  EXPECT_EQ(str(Parsed(events[8].data)["/item/status"]), "completed");
  const Parsed completed(events.back().data);
  EXPECT_EQ(str(completed["/response/status"]), "completed");
  EXPECT_EQ(str(completed["/response/output/0/content/0/text"]), "Hello");
  EXPECT_EQ(int64_t(completed["/response/usage/total_tokens"]), 7);
  EXPECT_EQ(str(completed["/response/model"]), "gpt-4.1");
}

TEST(ResponseEvents, InterleavedToolCallsEachKeepTheirItem) {
  ResponseEventWriter w(RequestEcho{});
  std::string out;
  core::BlockStart a{core::BlockKind::tool_use, "call_a", "f"};
  core::BlockStart b{core::BlockKind::tool_use, "call_b", "g"};
  // An upstream that interleaves its calls: a fragment for the first after
  // the second started (its block has stopped by then).
  auto f = frame({ev(0, start()), ev(0, a), ev(0, args("{\"x\":")), ev(0, core::BlockStop{}),
                  ev(1, b), ev(1, args("{}")), ev(0, args("1}")), ev(1, core::BlockStop{}),
                  ev(0, core::MessageDelta{
                            {core::FinishKind::tool_use, "tool_calls", core::Dialect::openai}})});
  w.write(f, out);
  w.done(out);
  const auto events = events_of(out);
  check_numbered(events);
  std::vector<std::string> done_args;
  for (const Event& e : events) {
    const Parsed p(e.data);
    if (e.name == "response.function_call_arguments.done")
      done_args.emplace_back(str(p["/arguments"]));
    if (e.name == "response.output_item.added") {
      EXPECT_EQ(str(p["/item/type"]), "function_call");
      EXPECT_EQ(str(p["/item/arguments"]), "");
    }
  }
  EXPECT_EQ(done_args, (std::vector<std::string>{"{\"x\":1}", "{}"}));
  const Parsed completed(events.back().data);
  EXPECT_EQ(str(completed["/response/output/0/call_id"]), "call_a");
  EXPECT_EQ(str(completed["/response/output/0/arguments"]), "{\"x\":1}");
  EXPECT_EQ(str(completed["/response/output/1/call_id"]), "call_b");
  EXPECT_EQ(str(completed["/response/output/1/name"]), "g");
  EXPECT_EQ(str(completed["/response/output/1/id"]), "fc_chatcmpl42_1");
}

TEST(ResponseEvents, ReasoningThenTextAndAnEmptyBlockMakesNoItem) {
  ResponseEventWriter w(RequestEcho{});
  std::string out;
  auto f = frame(
      {ev(0, start()), ev(0, core::BlockStart{core::BlockKind::text, "", ""}), ev(0, text("")),
       ev(0, core::BlockStop{}), ev(1, core::BlockStart{core::BlockKind::thinking, "", ""}),
       ev(1, core::BlockDelta{core::DeltaKind::thinking, "hmm"}),
       ev(1, core::BlockDelta{core::DeltaKind::signature, "sig"}), ev(1, core::BlockStop{}),
       ev(2, core::BlockStart{}), ev(2, text("ok")), ev(2, core::BlockStop{})});
  w.write(f, out);
  w.done(out);
  const auto events = events_of(out);
  check_numbered(events);
  const Parsed completed(events.back().data);
  EXPECT_EQ(completed["/response/output"].get_array().size(), 2u) << completed.json;
  EXPECT_EQ(str(completed["/response/output/0/type"]), "reasoning");
  EXPECT_EQ(str(completed["/response/output/0/content/0/type"]), "reasoning_text");
  EXPECT_EQ(str(completed["/response/output/0/content/0/text"]), "hmm");
  EXPECT_EQ(str(completed["/response/output/1/content/0/text"]), "ok");
  bool saw_reasoning_delta = false;
  for (const Event& e : events) saw_reasoning_delta |= e.name == "response.reasoning_text.delta";
  EXPECT_TRUE(saw_reasoning_delta);
  EXPECT_EQ(out.find("sig"), std::string::npos);
}

TEST(ResponseEvents, ACutAnswerIsIncomplete) {
  ResponseEventWriter w(RequestEcho{});
  std::string out;
  auto f = frame(
      {ev(0, start()), ev(0, core::BlockStart{}), ev(0, text("abc")),
       ev(0, core::MessageDelta{{core::FinishKind::length, "length", core::Dialect::openai}})});
  w.write(f, out);
  w.done(out);
  const auto events = events_of(out);
  EXPECT_EQ(events.back().name, "response.incomplete");
  const Parsed last(events.back().data);
  EXPECT_EQ(str(last["/response/status"]), "incomplete");
  EXPECT_EQ(str(last["/response/incomplete_details/reason"]), "max_output_tokens");
  EXPECT_EQ(str(last["/response/output/0/status"]), "incomplete");
}

TEST(ResponseEvents, AFailureIsAnErrorEventThenResponseFailedAndTheEnd) {
  RequestEcho echo;
  echo.model = "gpt-test";
  ResponseEventWriter w(echo);
  std::string out;
  auto f = frame({ev(0, start()), ev(0, core::BlockStart{}), ev(0, text("par"))});
  w.write(f, out);
  core::Error e;
  e.kind = core::ErrorKind::upstream_unreachable;
  e.status = 502;
  e.message = "the upstream closed the stream";
  e.code = "upstream_disconnected";
  w.error(e, out);
  w.done(out);  // ignored: the stream has ended
  f = frame({ev(0, text("tial"))});
  w.write(f, out);
  const auto events = events_of(out);
  check_numbered(events);
  ASSERT_GE(events.size(), 2u);
  // As OpenAI's API ends a failed stream: the error event, nested...
  const Event& error = events[events.size() - 2];
  ASSERT_EQ(error.name, "error") << out;
  const Parsed p(error.data);
  EXPECT_EQ(str(p["/type"]), "error");
  EXPECT_EQ(str(p["/error/type"]), "server_error");
  EXPECT_EQ(str(p["/error/code"]), "upstream_disconnected");
  EXPECT_EQ(str(p["/error/message"]), "the upstream closed the stream");
  EXPECT_TRUE(p["/error/param"].is_null());
  // ... then response.failed: the Response as it stood, with its error.
  ASSERT_EQ(events.back().name, "response.failed") << out;
  const Parsed failed(events.back().data);
  EXPECT_EQ(str(failed["/type"]), "response.failed");
  EXPECT_EQ(str(failed["/response/status"]), "failed");
  EXPECT_EQ(str(failed["/response/error/code"]), "server_error");
  EXPECT_EQ(str(failed["/response/error/message"]), "the upstream closed the stream");
  EXPECT_TRUE(failed["/response/incomplete_details"].is_null());
  EXPECT_EQ(str(failed["/response/id"]), str(Parsed(events.front().data)["/response/id"]));
  EXPECT_EQ(str(failed["/response/output/0/status"]), "incomplete");
  EXPECT_EQ(str(failed["/response/output/0/content/0/text"]), "par");
  for (const Event& ev : events) {
    EXPECT_NE(ev.name, "response.output_item.done");
    EXPECT_NE(ev.name, "response.completed");
  }
  EXPECT_EQ(out.find("tial"), std::string::npos);
}

TEST(ResponseEvents, ARateLimitBeforeAnyOutputFailsAsOne) {
  ResponseEventWriter w(RequestEcho{});
  std::string out;
  core::Error e;
  e.kind = core::ErrorKind::upstream;
  e.status = 429;
  e.message = "Rate limit reached for requests";
  w.error(e, out);
  const auto events = events_of(out);
  check_numbered(events);
  // Nothing had been written: the Response is created first, so the failed
  // one has an id the client saw.
  EXPECT_EQ(names(events), (std::vector<std::string>{"response.created", "response.in_progress",
                                                     "error", "response.failed"}));
  const Parsed error(events[2].data);
  EXPECT_EQ(str(error["/error/type"]), "rate_limit_error");
  EXPECT_EQ(str(error["/error/code"]), "rate_limit_exceeded");
  const Parsed failed(events.back().data);
  EXPECT_EQ(str(failed["/response/error/code"]), "rate_limit_exceeded");
  EXPECT_EQ(failed["/response/output"].get_array().size(), 0u);
}

}  // namespace
}  // namespace switchyard::api::responses
