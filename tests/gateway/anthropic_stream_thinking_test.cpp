// Thinking streamed by Anthropic reaches an Anthropic client as it was sent:
// a thinking block's deltas and its signature byte for byte, a
// redacted_thinking block whole in content_block_start with its data (no
// delta carries it); the thinking goes back to Anthropic on the next turn
// as it came; an OpenAI client is never shown the encrypted data.
#include <map>

#include "gateway/anthropic_out_fixture.hpp"

namespace switchyard::gateway {
namespace {

using testing::Parsed;
using testing::str;

constexpr std::string_view kSignature = "EqQBCgIYAhIM1gbcDa9GJwZA2b3hGgxjRjNuZmFrZQ";
constexpr std::string_view kData =
    "EmwKAhgBEgy3va3pzix/LafPsn4aDFIT2Xlxh0L5L8rLVyIwxtE3rAFBa8cr3qpPkNRj2YdnH8oqFp1b";

struct SeenBlock {
  std::string type, thinking, signature, data;
  bool stopped = false;
};

class AnthropicStreamThinkingTest : public AnthropicOutTest {
 protected:
  // The content blocks of an Anthropic stream, by index.
  static std::map<int64_t, SeenBlock> blocks_of(const std::string& body) {
    std::map<int64_t, SeenBlock> seen;
    for (const auto& [name, data] : events_of(body)) {
      const Parsed e(data);
      if (name == "content_block_start") {
        SeenBlock& b = seen[int64_t(e["/index"])];
        b.type = str(e["/content_block/type"]);
        if (b.type == "redacted_thinking") b.data = str(e["/content_block/data"]);
      } else if (name == "content_block_delta") {
        SeenBlock& b = seen[int64_t(e["/index"])];
        EXPECT_FALSE(b.stopped) << data;
        EXPECT_NE(b.type, "redacted_thinking") << "a delta for a redacted block: " << data;
        const std::string_view kind = str(e["/delta/type"]);
        if (kind == "thinking_delta") b.thinking += str(e["/delta/thinking"]);
        if (kind == "signature_delta") b.signature += str(e["/delta/signature"]);
      } else if (name == "content_block_stop") {
        seen[int64_t(e["/index"])].stopped = true;
      }
    }
    return seen;
  }

  void start_redacted() {
    gw_.start(testing::loopback_server_yaml() +
                  "providers:\n"
                  "  - name: anthropic\n    kind: anthropic\n    base_url: " +
                  anthropic_.base_url() +
                  "/v1\n    api_key_env: ANTHROPIC_KEY\n"
                  "models:\n"
                  "  - alias: claude\n    deployments:\n"
                  "      - { provider: anthropic, model: claude-sonnet-4-5, side: cloud }\n"
                  "  - alias: claude-thinking\n    deployments:\n"
                  "      - { provider: anthropic, model: thinking, side: cloud }\n"
                  "  - alias: claude-redacted\n    deployments:\n"
                  "      - { provider: anthropic, model: redacted-thinking, side: cloud }\n" +
                  ledger_.yaml(),
              anthropic_env);
  }
};

TEST_F(AnthropicStreamThinkingTest, ThinkingAndItsSignatureStreamAsSent) {
  start_redacted();
  auto r = messages(R"({"model":"claude-thinking","max_tokens":2000,"stream":true,
      "thinking":{"type":"enabled","budget_tokens":1024},
      "messages":[{"role":"user","content":"hmm"}]})");
  ASSERT_EQ(r.status, 200u) << r.body;
  auto seen = blocks_of(r.body);
  ASSERT_EQ(seen.size(), 2u) << r.body;
  EXPECT_EQ(seen[0].type, "thinking");
  EXPECT_EQ(seen[0].thinking, "Let me think about that.");
  EXPECT_EQ(seen[0].signature, kSignature);
  EXPECT_TRUE(seen[0].stopped);
  EXPECT_EQ(seen[1].type, "text");
}

TEST_F(AnthropicStreamThinkingTest, RedactedThinkingStreamsWholeWithItsData) {
  start_redacted();
  auto r = messages(R"({"model":"claude-redacted","max_tokens":2000,"stream":true,
      "thinking":{"type":"enabled","budget_tokens":1024},
      "messages":[{"role":"user","content":"hmm"}]})");
  ASSERT_EQ(r.status, 200u) << r.body;
  auto seen = blocks_of(r.body);
  ASSERT_EQ(seen.size(), 2u) << r.body;
  EXPECT_EQ(seen[0].type, "redacted_thinking");
  EXPECT_EQ(seen[0].data, kData);
  EXPECT_TRUE(seen[0].stopped);
  EXPECT_EQ(seen[1].type, "text");

  // A thinking block goes back on the next turn as it came, signature and
  // all. (A redacted_thinking block sent back classes the request
  // restricted: its content cannot be inspected, docs/anthropic.md.)
  r = messages(R"({"model":"claude","max_tokens":2000,
      "thinking":{"type":"enabled","budget_tokens":1024},
      "messages":[{"role":"user","content":"hmm"},
        {"role":"assistant","content":[{"type":"thinking","thinking":"Let me think about that.",
          "signature":")" +
               std::string(kSignature) + R"("},{"type":"text","text":"echo: hmm"}]},
        {"role":"user","content":"more"}]})");
  ASSERT_EQ(r.status, 200u) << r.body;
  const Parsed sent(anthropic_.requests().back().body);
  EXPECT_EQ(str(sent["/messages/1/content/0/signature"]), kSignature);

  // An OpenAI client streaming the same is never shown the encrypted data.
  r = post(R"({"model":"claude-redacted","stream":true,
      "messages":[{"role":"user","content":"hmm"}]})");
  ASSERT_EQ(r.status, 200u) << r.body;
  EXPECT_EQ(r.body.find(kData), std::string::npos) << r.body;
  EXPECT_EQ(streamed_text(r.body), "echo: hmm");
}

}  // namespace
}  // namespace switchyard::gateway
