// core::Blocks keeps a message's first block inline and the rest on the
// heap: these tests walk it across that line (one block, then several) in
// every operation, so the sanitizer build sees each path.
#include "switchyard/core/content.hpp"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace switchyard::core {
namespace {

Block text(std::string s) {
  return Block{TextBlock{std::move(s), {}}, std::nullopt};
}

// Long enough that std::string keeps them on the heap: a block moved or
// copied wrongly then shows as a use-after-free or a leak under ASan.
std::string word(int i) {
  return "block number " + std::to_string(i) + " with a long text";
}

std::vector<std::string> texts(const Blocks& b) {
  std::vector<std::string> out;
  for (const Block& x : b) out.push_back(x.get<TextBlock>() ? x.get<TextBlock>()->text : "?");
  return out;
}

Blocks of(int n) {
  Blocks b;
  for (int i = 0; i < n; ++i) b.push_back(text(word(i)));
  return b;
}

std::vector<std::string> words(int n) {
  std::vector<std::string> out;
  for (int i = 0; i < n; ++i) out.push_back(word(i));
  return out;
}

TEST(BlocksTest, GrowsFromTheInlineBlockToTheHeapKeepingOrder) {
  for (int n = 0; n <= 9; ++n) {
    Blocks b = of(n);
    EXPECT_EQ(b.size(), static_cast<std::size_t>(n));
    EXPECT_EQ(b.empty(), n == 0);
    EXPECT_EQ(texts(b), words(n)) << n;
    if (n > 0) {
      EXPECT_EQ(b.front().get<TextBlock>()->text, word(0));
      EXPECT_EQ(b.back().get<TextBlock>()->text, word(n - 1));
    }
  }
}

TEST(BlocksTest, CopiesAndMovesAtEverySize) {
  for (int n = 0; n <= 4; ++n) {
    const Blocks original = of(n);
    Blocks copy(original);
    EXPECT_EQ(texts(copy), words(n));
    Blocks moved(std::move(copy));
    EXPECT_EQ(texts(moved), words(n));
    EXPECT_TRUE(copy.empty());  // a moved-from Blocks is empty

    Blocks assigned = of(3);
    assigned = original;
    EXPECT_EQ(texts(assigned), words(n));
    Blocks move_assigned = of(2);
    move_assigned = std::move(assigned);
    EXPECT_EQ(texts(move_assigned), words(n));
    move_assigned = move_assigned;  // self-assignment keeps the blocks
    EXPECT_EQ(texts(move_assigned), words(n));
    EXPECT_EQ(texts(original), words(n));  // the source of a copy is untouched
  }
}

TEST(BlocksTest, InsertsAndErasesAnywhere) {
  Blocks b;
  b.insert(b.begin(), text("c"));
  b.insert(b.begin(), text("a"));
  b.insert(b.begin() + 1, text("b"));
  b.insert(b.end(), text("d"));
  EXPECT_EQ(texts(b), (std::vector<std::string>{"a", "b", "c", "d"}));
  b.erase(b.begin() + 1, b.begin() + 3);
  EXPECT_EQ(texts(b), (std::vector<std::string>{"a", "d"}));
  b.erase(b.begin(), b.end());
  EXPECT_TRUE(b.empty());
  b.push_back(text(word(7)));  // back to one block after the heap was used
  EXPECT_EQ(texts(b), (std::vector<std::string>{word(7)}));
}

TEST(BlocksTest, ResizeReserveAndAt) {
  Blocks b = of(1);
  b.reserve(8);
  EXPECT_EQ(texts(b), words(1));
  b.resize(3);
  ASSERT_EQ(b.size(), 3u);
  EXPECT_EQ(b.at(0).get<TextBlock>()->text, word(0));
  EXPECT_TRUE(b.at(2).get<TextBlock>() != nullptr);  // a default block is an empty text
  EXPECT_THROW(b.at(3), std::out_of_range);
  b.resize(0);
  EXPECT_TRUE(b.empty());
  const std::span<const Block> view = of(2);
  EXPECT_EQ(view.size(), 2u);
}

TEST(BlocksTest, HoldsToolResultsThatHoldBlocks) {
  Blocks b;
  ToolResultBlock r;
  r.tool_use_id = "call_1";
  r.content.push_back(text(word(1)));
  r.content.push_back(text(word(2)));
  b.push_back(Block{std::move(r), std::nullopt});
  b.push_back(text(word(3)));
  Blocks copy = b;
  const auto* got = copy[0].get<ToolResultBlock>();
  ASSERT_NE(got, nullptr);
  ASSERT_EQ(got->content.size(), 2u);
  EXPECT_EQ(got->content[1].get<TextBlock>()->text, word(2));
  EXPECT_EQ(copy[1].get<TextBlock>()->text, word(3));
}

}  // namespace
}  // namespace switchyard::core
