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
// Bounds: what an upstream can make the parser hold

constexpr SseLimits kSmall{1024, 4096};

bool feed_all(SseParser& parser, std::string_view bytes, std::vector<SseEvent>* events = nullptr) {
  return parser.feed(bytes, [&](const SseEvent& e) {
    if (events) events->push_back(e);
    return true;
  });
}

TEST(SseParserLimits, DefaultsAreGenerousForRealProviders) {
  SseParser parser;
  EXPECT_EQ(parser.limits().max_line_bytes, 1u << 20);
  EXPECT_EQ(parser.limits().max_event_bytes, 4u << 20);
  // A 512 KiB chunk (a long tool call's arguments, logprobs) passes.
  const std::string data(512u << 10, 'x');
  std::vector<SseEvent> events;
  EXPECT_TRUE(feed_all(parser, "data: " + data + "\n\n", &events));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].data.size(), data.size());
}

TEST(SseParserLimits, ALineThatNeverEndsStopsAtTheLineLimit) {
  SseParser parser(kSmall);
  EXPECT_TRUE(feed_all(parser, "data: {\"choices\":[{\"delta\":{\"content\":\""));
  const std::string more(100, 'a');
  bool ok = true;
  int fed = 0;
  for (; fed < 10'000 && ok; ++fed) {
    ok = feed_all(parser, more);
    EXPECT_LE(parser.pending(), kSmall.max_line_bytes);
  }
  EXPECT_FALSE(ok);
  EXPECT_LT(fed, 20);  // stopped about 1 KiB in, not after the whole megabyte
  EXPECT_EQ(parser.stop(), SseStop::line_too_long);
  EXPECT_EQ(parser.pending(), 0u);  // what it held is let go
  // Stopped for good: even a well-formed event is not taken any more.
  std::vector<SseEvent> events;
  EXPECT_FALSE(feed_all(parser, "\n\ndata: 1\n\n", &events));
  EXPECT_TRUE(events.empty());
}

TEST(SseParserLimits, ALongLineInOneReadStopsToo) {
  SseParser parser(kSmall);
  const std::string line = "data: " + std::string(2000, 'a') + "\n\n";
  std::vector<SseEvent> events;
  EXPECT_FALSE(feed_all(parser, line, &events));
  EXPECT_TRUE(events.empty());
  EXPECT_EQ(parser.stop(), SseStop::line_too_long);
}

TEST(SseParserLimits, ALineOfExactlyTheLimitPasses) {
  SseParser parser(kSmall);
  const std::string line = "data: " + std::string(kSmall.max_line_bytes - 6, 'a');
  std::vector<SseEvent> events;
  EXPECT_TRUE(feed_all(parser, line + "\r\n\r\n", &events));
  ASSERT_EQ(events.size(), 1u);
  SseParser over(kSmall);
  EXPECT_FALSE(feed_all(over, line + "a\n\n"));
  EXPECT_EQ(over.stop(), SseStop::line_too_long);
}

TEST(SseParserLimits, DataLinesWithoutABlankLineStopAtTheEventLimit) {
  SseParser parser(kSmall);
  const std::string line = "data: " + std::string(100, 'b') + "\n";
  std::vector<SseEvent> events;
  bool ok = true;
  int fed = 0;
  for (; fed < 10'000 && ok; ++fed) {
    ok = feed_all(parser, line, &events);
    EXPECT_LE(parser.pending(), kSmall.max_line_bytes + kSmall.max_event_bytes);
  }
  EXPECT_FALSE(ok);
  EXPECT_LT(fed, 50);  // 4 KiB of data lines, not 1 MB
  EXPECT_TRUE(events.empty());
  EXPECT_EQ(parser.stop(), SseStop::event_too_large);
  EXPECT_EQ(parser.pending(), 0u);
}

TEST(SseParserLimits, ManyDataLinesWithinTheLimitStillMakeOneEvent) {
  SseParser parser(kSmall);
  std::string stream;
  for (int i = 0; i < 30; ++i) stream += "data: " + std::string(100, 'c') + "\n";
  std::vector<SseEvent> events;
  EXPECT_TRUE(feed_all(parser, stream + "\n", &events));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].data.size(), 30u * 100 + 29);
  EXPECT_EQ(parser.stop(), SseStop::none);
}

TEST(SseParserLimits, CommentsAndEventsAfterEachOtherNeverAddUp) {
  // The limits are per line and per event: a long healthy stream passes.
  SseParser parser(kSmall);
  std::size_t seen = 0;
  for (int i = 0; i < 1000; ++i) {
    EXPECT_TRUE(
        parser.feed(": keep-alive\ndata: " + std::string(900, 'd') + "\n\n", [&](const SseEvent&) {
          ++seen;
          return true;
        }));
  }
  EXPECT_EQ(seen, 1000u);
}

TEST(SseParserLimits, AConsumerStopIsToldApartFromALimit) {
  SseParser parser(kSmall);
  EXPECT_FALSE(parser.feed("data: 1\n\n", [](const SseEvent&) { return false; }));
  EXPECT_EQ(parser.stop(), SseStop::consumer);
  std::vector<SseEvent> events;
  EXPECT_TRUE(feed_all(parser, "data: 2\n\n", &events));  // may go on
  EXPECT_EQ(events.size(), 1u);
  EXPECT_EQ(parser.stop(), SseStop::none);
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
