// Server-Sent Events: the incremental parser (network bytes in any split →
// events) and the writer.
#include "switchyard/http/sse.hpp"

#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace switchyard::http {

// In the type's own namespace so that argument-dependent lookup finds them
// from std::vector's == and from GoogleTest's printers.
inline bool operator==(const SseEvent& a, const SseEvent& b) {
  return a.event == b.event && a.data == b.data && a.id == b.id;
}

inline void PrintTo(const SseEvent& e, std::ostream* os) {
  *os << "{event='" << e.event << "' data='" << e.data << "' id='" << e.id << "'}";
}

namespace {

// Feeds `chunks` one after another into one parser and collects the events.
std::vector<SseEvent> parse_chunks(const std::vector<std::string_view>& chunks) {
  SseParser parser;
  std::vector<SseEvent> events;
  for (auto chunk : chunks) {
    const bool ok = parser.feed(chunk, [&](const SseEvent& e) {
      events.push_back(e);
      return true;
    });
    EXPECT_TRUE(ok);
  }
  return events;
}

std::vector<SseEvent> parse(std::string_view stream) {
  return parse_chunks({stream});
}

// The stream cut into pieces of `size` bytes (the last may be shorter).
std::vector<std::string_view> pieces_of(std::string_view stream, std::size_t size) {
  std::vector<std::string_view> out;
  for (std::size_t i = 0; i < stream.size(); i += size) out.push_back(stream.substr(i, size));
  return out;
}

// Parses `stream` whole, in pieces of every size, at every single split point
// and at every pair of split points (empty pieces included), and checks that
// each way gives the same events. Returns them.
std::vector<SseEvent> parse_every_way(std::string_view stream) {
  const std::vector<SseEvent> whole = parse(stream);
  for (std::size_t size = 1; size <= stream.size(); ++size) {
    EXPECT_EQ(parse_chunks(pieces_of(stream, size)), whole) << "pieces of " << size << " bytes";
  }
  for (std::size_t i = 0; i <= stream.size(); ++i) {
    for (std::size_t j = i; j <= stream.size(); ++j) {
      const auto got =
          parse_chunks({stream.substr(0, i), stream.substr(i, j - i), stream.substr(j)});
      if (got != whole) {
        ADD_FAILURE() << "split at " << i << " and " << j << " differs";
        return whole;
      }
    }
  }
  return whole;
}

// A stream in the shape OpenAI sends, with every feature the parser handles.
std::string openai_like_stream(std::string_view eol) {
  const std::string n(eol);
  return ": keep-alive comment" + n +  //
         "data: {\"id\":\"c1\",\"choices\":[{\"delta\":{\"role\":\"assistant\"}}]}" + n + n +
         "event: message" + n + "id: 7" + n + "data: {\"x\":1}" + n + n +  //
         "data: first line" + n + "data:second line" + n + "data:  two spaces" + n + n +
         "event: error" + n + "data: {\"error\":{}}" + n + n +  //
         "data: [DONE]" + n + n;
}

std::vector<SseEvent> expected_openai_like_events() {
  return {
      {"", "{\"id\":\"c1\",\"choices\":[{\"delta\":{\"role\":\"assistant\"}}]}", ""},
      {"message", "{\"x\":1}", "7"},
      {"", "first line\nsecond line\n two spaces", "7"},  // the last id persists
      {"error", "{\"error\":{}}", "7"},
      {"", "[DONE]", "7"},
  };
}

// ---------------------------------------------------------------------------
// Splits and line endings

TEST(SseParser, SameEventsWhateverTheSplitWithLfLineEnds) {
  EXPECT_EQ(parse_every_way(openai_like_stream("\n")), expected_openai_like_events());
}

TEST(SseParser, SameEventsWhateverTheSplitWithCrLfLineEnds) {
  EXPECT_EQ(parse_every_way(openai_like_stream("\r\n")), expected_openai_like_events());
}

TEST(SseParser, SameEventsWhateverTheSplitWithCrLineEnds) {
  EXPECT_EQ(parse_every_way(openai_like_stream("\r")), expected_openai_like_events());
}

TEST(SseParser, MixedLineEndsInOneStream) {
  const std::string stream =
      "data: a\r\n"
      "data: b\r"
      "data: c\n"
      "\r\n"
      "data: d\r"
      "\r"
      "data: e\n"
      "\r";
  const std::vector<SseEvent> expected{{"", "a\nb\nc", ""}, {"", "d", ""}, {"", "e", ""}};
  EXPECT_EQ(parse_every_way(stream), expected);
}

TEST(SseParser, CrLfSplitAcrossReadsIsOneLineEndNotTwo) {
  // "\r" ends one read and "\n" starts the next: a single line end, so the
  // event is dispatched once, by the blank line that follows.
  const std::vector<SseEvent> expected{{"", "x", ""}};
  EXPECT_EQ(parse_chunks({"data: x\r", "\n", "\r", "\n"}), expected);
  EXPECT_EQ(parse_chunks({"data: x\r", "", "\n\r", "", "\n"}), expected);
  // A lone "\r" followed by other text is a line end of its own.
  EXPECT_EQ(parse_chunks({"data: x\r", "data: y\r", "\r"}),
            (std::vector<SseEvent>{{"", "x\ny", ""}}));
}

TEST(SseParser, EachByteFedAloneIncludingEmptyReads) {
  const std::string stream = openai_like_stream("\r\n");
  SseParser parser;
  std::vector<SseEvent> events;
  const auto collect = [&](const SseEvent& e) {
    events.push_back(e);
    return true;
  };
  for (char c : stream) {
    ASSERT_TRUE(parser.feed(std::string_view(&c, 1), collect));
    ASSERT_TRUE(parser.feed({}, collect));
  }
  EXPECT_EQ(events, expected_openai_like_events());
  EXPECT_EQ(parser.pending(), 0u);
}

// ---------------------------------------------------------------------------
// Fields

TEST(SseParser, BlankLineDispatchesTheEvent) {
  SseParser parser;
  std::vector<SseEvent> events;
  const auto collect = [&](const SseEvent& e) {
    events.push_back(e);
    return true;
  };
  parser.feed("data: hello\n", collect);
  EXPECT_TRUE(events.empty()) << "dispatched before the blank line";
  EXPECT_GT(parser.pending(), 0u);
  parser.feed("\n", collect);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].data, "hello");
  EXPECT_EQ(events[0].event, "");
  EXPECT_EQ(parser.pending(), 0u);
}

TEST(SseParser, CommentLinesAreIgnored) {
  const std::vector<SseEvent> expected{{"", "a\nb", ""}};
  EXPECT_EQ(parse(": ping\n:\ndata: a\n: between\ndata: b\n\n"), expected);
  EXPECT_TRUE(parse(": only a comment\n\n").empty());
  EXPECT_TRUE(parse(":data: not data\n\n").empty());
}

TEST(SseParser, MultipleDataLinesAreJoinedWithNewlines) {
  EXPECT_EQ(parse("data: {\ndata: \"a\": 1\ndata: }\n\n"),
            (std::vector<SseEvent>{{"", "{\n\"a\": 1\n}", ""}}));
}

TEST(SseParser, OnlyOneLeadingSpaceIsStripped) {
  EXPECT_EQ(parse("data:x\n\n")[0].data, "x");
  EXPECT_EQ(parse("data: x\n\n")[0].data, "x");
  EXPECT_EQ(parse("data:  x\n\n")[0].data, " x");
  EXPECT_EQ(parse("data:\tx\n\n")[0].data, "\tx");
  EXPECT_EQ(parse("data: x \n\n")[0].data, "x ");  // trailing space is kept
  EXPECT_EQ(parse("event:  e\ndata: d\n\n")[0].event, " e");
  EXPECT_EQ(parse("data: a: b\n\n")[0].data, "a: b");  // only the first ':' separates
}

TEST(SseParser, FieldWithoutColonHasAnEmptyValue) {
  // "data" alone appends an empty line to the data.
  EXPECT_EQ(parse("data\n\n"), (std::vector<SseEvent>{{"", "", ""}}));
  EXPECT_EQ(parse("data\ndata\n\n"), (std::vector<SseEvent>{{"", "\n", ""}}));
  EXPECT_EQ(parse("data: a\ndata\ndata: b\n\n"), (std::vector<SseEvent>{{"", "a\n\nb", ""}}));
  // "event" alone resets the type to the default.
  EXPECT_EQ(parse("event: x\nevent\ndata: d\n\n"), (std::vector<SseEvent>{{"", "d", ""}}));
}

TEST(SseParser, EmptyDataValueStillDispatches) {
  EXPECT_EQ(parse("data:\n\n"), (std::vector<SseEvent>{{"", "", ""}}));
  EXPECT_EQ(parse("data: \n\n"), (std::vector<SseEvent>{{"", "", ""}}));
}

TEST(SseParser, EventFieldNamesTheTypeOfOneEventOnly) {
  const std::vector<SseEvent> expected{{"delta", "1", ""}, {"", "2", ""}};
  EXPECT_EQ(parse("event: delta\ndata: 1\n\ndata: 2\n\n"), expected);
  // The last event field before dispatch wins.
  EXPECT_EQ(parse("event: a\nevent: b\ndata: d\n\n")[0].event, "b");
}

TEST(SseParser, EventWithoutDataIsDroppedAndItsTypeForgotten) {
  const std::vector<SseEvent> expected{{"", "d", ""}};
  EXPECT_EQ(parse("event: ping\n\ndata: d\n\n"), expected);
  EXPECT_TRUE(parse("event: ping\n\n").empty());
  EXPECT_TRUE(parse("\n\n\n").empty());
}

TEST(SseParser, IdPersistsAcrossEventsUntilChanged) {
  const std::vector<SseEvent> expected{
      {"", "a", "1"}, {"", "b", "1"}, {"", "c", "2"}, {"", "d", ""}};
  EXPECT_EQ(parse("id: 1\ndata: a\n\ndata: b\n\nid: 2\ndata: c\n\nid\ndata: d\n\n"), expected);
}

TEST(SseParser, IdContainingNulIsIgnored) {
  const std::string stream = std::string("id: 5\ndata: a\n\nid: 6") + '\0' + "x\ndata: b\n\n";
  const std::vector<SseEvent> expected{{"", "a", "5"}, {"", "b", "5"}};
  EXPECT_EQ(parse(stream), expected);
}

TEST(SseParser, RetryAndUnknownFieldsAreIgnored) {
  EXPECT_EQ(parse("retry: 3000\nfoo: bar\nDATA: upper\ndata: d\n\n"),
            (std::vector<SseEvent>{{"", "d", ""}}));
  EXPECT_TRUE(parse("retry: 3000\n\n").empty());
}

TEST(SseParser, DoneSentinelIsAnOrdinaryEventForTheCallerToRecognise) {
  const auto events = parse("data: {\"a\":1}\n\ndata: [DONE]\n\n");
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[1].data, "[DONE]");
}

TEST(SseParser, DataKeepsUtf8AndJsonEscapesAsIs) {
  const std::string data = "{\"content\":\"h\\u00e9llo \xe2\x9c\x93 \\n\"}";
  EXPECT_EQ(parse("data: " + data + "\r\n\r\n")[0].data, data);
}

TEST(SseParser, IncompleteEventAtTheEndIsHeldBack) {
  SseParser parser;
  int count = 0;
  const auto collect = [&](const SseEvent&) {
    ++count;
    return true;
  };
  EXPECT_EQ(parser.pending(), 0u);
  parser.feed("data: complete\n\ndata: partial", collect);
  EXPECT_EQ(count, 1);
  EXPECT_EQ(parser.pending(), std::string_view("data: partial").size());
  parser.feed("\n", collect);
  EXPECT_EQ(count, 1);
  EXPECT_EQ(parser.pending(), std::string_view("partial").size());
  parser.feed("\n", collect);
  EXPECT_EQ(count, 2);
  EXPECT_EQ(parser.pending(), 0u);
}

TEST(SseParser, LongLinesAcrossManyReadsAreReassembled) {
  const std::string big(100'000, 'x');
  const std::string stream = "data: " + big + "\n\n";
  const auto events = parse_chunks(pieces_of(stream, 997));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].data, big);
}

TEST(SseParser, CallbackReturningFalseStopsParsing) {
  SseParser parser;
  std::vector<std::string> seen;
  const bool ok = parser.feed("data: 1\n\ndata: 2\n\ndata: 3\n\n", [&](const SseEvent& e) {
    seen.push_back(e.data);
    return false;
  });
  EXPECT_FALSE(ok);
  EXPECT_EQ(seen, std::vector<std::string>{"1"});
}

// ---------------------------------------------------------------------------
// Writer

TEST(SseWriter, WritesADataEvent) {
  std::string out;
  append_sse_event(out, "{\"a\":1}");
  EXPECT_EQ(out, "data: {\"a\":1}\n\n");
}

TEST(SseWriter, WritesANamedEvent) {
  std::string out;
  append_sse_event(out, "{}", "error");
  EXPECT_EQ(out, "event: error\ndata: {}\n\n");
}

TEST(SseWriter, AppendsToWhatIsAlreadyThere) {
  std::string out = "data: a\n\n";
  append_sse_event(out, "b");
  append_sse_event(out, "[DONE]");
  EXPECT_EQ(out, "data: a\n\ndata: b\n\ndata: [DONE]\n\n");
}

TEST(SseWriter, WhatItWritesParsesBackToTheSameEvents) {
  std::string out;
  append_sse_event(out, "{\"choices\":[]}");
  append_sse_event(out, " leading space kept", "custom");
  append_sse_event(out, "");
  append_sse_event(out, "[DONE]");
  const std::vector<SseEvent> expected{{"", "{\"choices\":[]}", ""},
                                       {"custom", " leading space kept", ""},
                                       {"", "", ""},
                                       {"", "[DONE]", ""}};
  EXPECT_EQ(parse_every_way(out), expected);
}

}  // namespace
}  // namespace switchyard::http
