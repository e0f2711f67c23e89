// The stream restorer against the adversary that matters: a placeholder
// split across deltas at every byte, in every kind of block (text, refusal,
// tool-call arguments, thinking), ending at a block's stop, at the choice's
// finish, or with the stream cut (flush); signatures left alone; and the
// same through the OpenAI chunk reader and writer, byte by byte.
#include "switchyard/gateway/stream_restorer.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/json_compare.hpp"
#include "switchyard/api/openai/chat_codec.hpp"
#include "switchyard/api/openai/chunk_events.hpp"
#include "switchyard/core/stream_builder.hpp"

namespace switchyard::gateway {
namespace {

constexpr std::string_view kEmail = "jane.doe@example.com";

struct Vault {
  Vault() {
    placeholder = std::string(vault.placeholder_for(privacy::EntityType::email_address, kEmail));
  }
  privacy::RedactionVault vault;
  std::string placeholder;
};

// Text of every delta of `kind` in `frames`, in order.
std::string joined(const std::vector<core::StreamFrame>& frames, core::DeltaKind kind) {
  std::string out;
  for (const auto& f : frames)
    for (const auto& e : f.events)
      if (const auto* d = e.get<core::BlockDelta>(); d && d->kind == kind) out += d->text;
  return out;
}

enum class End { stop, finish, cut };

// "Mail " + placeholder + " now" in two deltas split at `at`, in a block of
// `kind`, then ended as `end` says; each frame restored as it passes.
std::vector<core::StreamFrame> stream(const Vault& v, core::BlockKind kind, std::size_t at,
                                      End end) {
  const std::string text = "Mail " + v.placeholder + " now";
  FrameRestorer restorer(v.vault);
  core::StreamBuilder b;
  std::vector<core::StreamFrame> frames;
  auto piece = [&](std::string s) {
    core::StreamFrame& f = frames.emplace_back();
    switch (kind) {
      case core::BlockKind::text:
        b.text(f, 0, std::move(s));
        break;
      case core::BlockKind::refusal:
        b.refusal(f, 0, std::move(s));
        break;
      case core::BlockKind::thinking:
        b.thinking(f, 0, std::move(s));
        break;
      case core::BlockKind::tool_use:
        b.tool_call(f, 0, 0, "call_1", "send", std::move(s));
        break;
    }
    restorer.apply(f);
  };
  piece(text.substr(0, at));
  piece(text.substr(at));
  core::StreamFrame& last = frames.emplace_back();
  if (end == End::stop) {
    // Another block: the first one stops.
    if (kind == core::BlockKind::text)
      b.refusal(last, 0, "after");
    else
      b.text(last, 0, "after");
  } else if (end == End::finish) {
    b.finish(last, 0, {core::FinishKind::stop, "stop"});
  }
  restorer.apply(last);
  if (end == End::cut) restorer.flush(last);
  return frames;
}

core::DeltaKind delta_kind(core::BlockKind k) {
  if (k == core::BlockKind::tool_use) return core::DeltaKind::arguments;
  if (k == core::BlockKind::thinking) return core::DeltaKind::thinking;
  return core::DeltaKind::text;
}

TEST(FrameRestorer, RestoresAPlaceholderSplitAtEveryByteInEveryKindOfBlock) {
  Vault v;
  const std::string want = "Mail " + std::string(kEmail) + " now";
  const std::string text = "Mail " + v.placeholder + " now";
  for (auto kind : {core::BlockKind::text, core::BlockKind::refusal, core::BlockKind::tool_use,
                    core::BlockKind::thinking}) {
    for (End end : {End::stop, End::finish, End::cut}) {
      for (std::size_t at = 0; at <= text.size(); ++at) {
        const auto frames = stream(v, kind, at, end);
        std::string got = joined(frames, delta_kind(kind));
        if (end == End::stop && delta_kind(kind) == core::DeltaKind::text) {
          ASSERT_TRUE(got.ends_with("after"));
          got.resize(got.size() - 5);
        }
        ASSERT_EQ(got, want) << "kind " << static_cast<int>(kind) << ", end "
                             << static_cast<int>(end) << ", split at " << at;
        for (const auto& f : frames) {
          for (const auto& e : f.events) {
            if (const auto* d = e.get<core::BlockDelta>()) {
              ASSERT_EQ(d->text.find('['), std::string::npos)
                  << "a placeholder passed: " << d->text;
            }
          }
        }
      }
    }
  }
}

TEST(FrameRestorer, HeldTextIsReleasedBeforeItsBlockStopsAndBeforeTheFinish) {
  Vault v;
  FrameRestorer restorer(v.vault);
  core::StreamBuilder b;
  core::StreamFrame f;
  b.text(f, 0, "to " + v.placeholder.substr(0, 4));
  restorer.apply(f);
  core::StreamFrame g;
  b.tool_call(g, 0, 0, "call_1", "send", v.placeholder.substr(0, 3));
  b.finish(g, 0, {core::FinishKind::tool_use, "tool_calls"});
  restorer.apply(g);
  // The text's tail comes just before the text block's stop; the arguments'
  // held start just before the call's block stops at the finish.
  ASSERT_EQ(g.events.size(), 7u);
  const auto* tail = g.events[0].get<core::BlockDelta>();
  ASSERT_TRUE(tail);
  EXPECT_EQ(g.events[0].block, 0);
  EXPECT_EQ(tail->text, v.placeholder.substr(0, 4));
  EXPECT_TRUE(g.events[1].get<core::BlockStop>());
  EXPECT_TRUE(g.events[2].get<core::BlockStart>());
  const auto* args = g.events[3].get<core::BlockDelta>();
  ASSERT_TRUE(args);
  EXPECT_EQ(args->text, "");  // held: could still grow into the placeholder
  const auto* released = g.events[4].get<core::BlockDelta>();
  ASSERT_TRUE(released);
  EXPECT_EQ(released->kind, core::DeltaKind::arguments);
  EXPECT_EQ(released->text, v.placeholder.substr(0, 3));
  EXPECT_TRUE(g.events[5].get<core::BlockStop>());
  EXPECT_TRUE(g.events[6].get<core::MessageDelta>());
  core::StreamFrame none;
  EXPECT_FALSE(restorer.flush(none));
}

TEST(FrameRestorer, ASignatureIsNeverRestoredOrHeld) {
  Vault v;
  FrameRestorer restorer(v.vault);
  core::StreamFrame f;
  f.events.push_back(
      {0, 0, core::BlockDelta{core::DeltaKind::signature, v.placeholder.substr(0, 3)}});
  f.events.push_back({0, 0, core::BlockDelta{core::DeltaKind::signature, v.placeholder}});
  restorer.apply(f);
  EXPECT_EQ(f.events[0].get<core::BlockDelta>()->text, v.placeholder.substr(0, 3));
  EXPECT_EQ(f.events[1].get<core::BlockDelta>()->text, v.placeholder);
  core::StreamFrame tail;
  EXPECT_FALSE(restorer.flush(tail));
}

TEST(FrameRestorer, ChoicesAndBlocksHoldApart) {
  Vault v;
  FrameRestorer restorer(v.vault);
  core::StreamBuilder b;
  core::StreamFrame f;
  const std::string head = v.placeholder.substr(0, 5), rest = v.placeholder.substr(5);
  b.text(f, 0, head);
  b.text(f, 1, "plain");
  b.text(f, 1, head);
  b.text(f, 0, rest);
  b.text(f, 1, rest);
  restorer.apply(f);
  std::string c0, c1;
  for (const auto& e : f.events)
    if (const auto* d = e.get<core::BlockDelta>()) (e.choice == 0 ? c0 : c1) += d->text;
  EXPECT_EQ(c0, kEmail);
  EXPECT_EQ(c1, "plain" + std::string(kEmail));
}

// Through the OpenAI reader and writer, as the relay runs them: the
// upstream streams the placeholder one byte per chunk, in content, in a
// tool call's arguments and in reasoning_content; the client's chunks,
// joined, hold the value and never a piece of the placeholder.
TEST(FrameRestorer, OpenAIChunksOneByteEachComeBackRestored) {
  Vault v;
  const std::string text = "at " + v.placeholder + ".";
  for (std::string_view member : {"content", "reasoning_content", "arguments"}) {
    api::openai::ChunkReader reader;
    api::openai::ChunkWriter writer;
    FrameRestorer restorer(v.vault);
    std::string client;
    auto relay = [&](const std::string& wire) {
      auto chunk = api::openai::decode_chat_chunk(wire);
      ASSERT_TRUE(chunk) << wire;
      core::StreamFrame f;
      reader.read(*chunk, f);
      restorer.apply(f);
      std::string out;
      writer.write(f, out);
      const testing::Parsed p(out);
      const std::string path = member == "arguments"
                                   ? "/choices/0/delta/tool_calls/0/function/arguments"
                                   : "/choices/0/delta/" + std::string(member);
      if (p.has(path)) client += testing::str(p[path]);
    };
    const std::string head =
        R"({"id":"a","object":"chat.completion.chunk","created":5,"model":"m","choices":[{"index":0,"delta":)";
    const std::string tail = R"(,"logprobs":null,"finish_reason":null}]})";
    if (member == "arguments")
      relay(
          head +
          R"({"role":"assistant","tool_calls":[{"index":0,"id":"c","type":"function","function":{"name":"f","arguments":""}}]})" +
          tail);
    for (char ch : text) {
      const std::string piece(1, ch);
      if (member == "arguments")
        relay(head + R"({"tool_calls":[{"index":0,"function":{"arguments":")" + piece + R"("}}]})" +
              tail);
      else
        relay(head + R"({")" + std::string(member) + R"(":")" + piece + R"("})" + tail);
    }
    relay(
        R"({"id":"a","object":"chat.completion.chunk","created":5,"model":"m","choices":[{"index":0,"delta":{},"logprobs":null,"finish_reason":"stop"}]})");
    EXPECT_EQ(client, "at " + std::string(kEmail) + ".") << member;
  }
}

}  // namespace
}  // namespace switchyard::gateway
