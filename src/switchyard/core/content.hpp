// Content blocks: what a message says, in order, in one shape for every
// dialect. A message is a role and a list of blocks (chat.hpp).
//
// Each kind of block is its own struct and a Block holds one of them, so a
// reader handles every kind (std::visit fails to compile on a kind it does
// not handle) and a block costs no heap allocation of its own beyond its
// strings. What a dialect says that the model does not carry is kept as that
// dialect's raw JSON: unknown members of a modelled block (`extra`, written
// back by the encoder of the request's dialect), and whole blocks of types
// the gateway cannot read (Opaque, tagged with its dialect). An encoder
// never writes another dialect's raw JSON: providers drop or refuse what
// they cannot carry.
#pragma once

#include <algorithm>
#include <cstddef>
#include <new>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <variant>
#include <vector>

#include "switchyard/core/dialect.hpp"
#include "switchyard/core/raw_fields.hpp"

namespace switchyard::core {

// How a message's (or tool result's) content was written: both OpenAI and
// Anthropic accept a plain string or a list of blocks, and OpenAI's
// assistant turns may have none (null). The encoder of the same dialect
// writes it back the same way.
enum class ContentForm : std::uint8_t { string, blocks, absent };

// A prompt-cache breakpoint (Anthropic's cache_control: {"type":
// "ephemeral", "ttl": ...}); `ttl` empty: the provider's default.
struct CacheControl {
  std::string ttl;
};

struct TextBlock {
  std::string text;
  RawFields extra;  // unmodelled members of the part
};

// An assistant's refusal (OpenAI). `member`: it came as the message's
// "refusal" member, not as a content part.
struct RefusalBlock {
  std::string text;
  bool member = false;
  RawFields extra;
};

// An image: a URL (an OpenAI data: URI stays a URL, as sent), or base64
// `data` with its `media_type`.
struct ImageBlock {
  std::string url;
  std::string media_type;
  std::string data;
  std::string detail;     // OpenAI's "auto" | "low" | "high"; "" unset
  RawFields extra;        // unmodelled members of the part
  RawFields image_extra;  // ... and of its image_url object (OpenAI)
};

// The model calls a tool (an OpenAI tool call, an Anthropic tool_use block).
struct ToolUseBlock {
  std::string id;
  std::string name;
  std::string arguments;     // JSON text as the model produced it (may be invalid JSON)
  RawFields extra;           // unmodelled members of the call
  RawFields function_extra;  // ... and of its "function" object (OpenAI)
};

struct Block;

// What a tool returned, for the call `tool_use_id` (an OpenAI tool message,
// an Anthropic tool_result block).
struct ToolResultBlock {
  std::string tool_use_id;
  ContentForm form = ContentForm::string;
  std::vector<Block> content;
  bool is_error = false;
};

// The model's reasoning. `redacted`: the provider sent it encrypted (`text`
// holds that data); `signature` lets it be sent back verified.
struct ThinkingBlock {
  std::string text;
  std::string signature;
  bool redacted = false;
};

// A block of a type the gateway cannot read (OpenAI input_audio, file, types
// yet to come): the whole block's JSON as it came, in its dialect.
struct OpaqueBlock {
  Dialect dialect = Dialect::openai;
  std::string type;  // its "type"
  std::string json;  // the whole block
};

struct Block {
  std::variant<TextBlock, RefusalBlock, ImageBlock, ToolUseBlock, ToolResultBlock, ThinkingBlock,
               OpaqueBlock>
      value;
  std::optional<CacheControl> cache;

  template <typename T>
  T* get() {
    return std::get_if<T>(&value);
  }
  template <typename T>
  const T* get() const {
    return std::get_if<T>(&value);
  }
  template <typename T>
  bool is() const {
    return std::holds_alternative<T>(value);
  }
};

// The blocks of a message: a vector that keeps its first block inline, so
// the common message (one text block) costs no allocation beyond its text.
// Contiguous like std::vector (iterators are pointers).
class Blocks {
 public:
  using value_type = Block;
  using iterator = Block*;
  using const_iterator = const Block*;
  using size_type = std::size_t;

  Blocks() noexcept = default;
  ~Blocks() {
    clear();
    release();
  }
  Blocks(const Blocks& o) {
    reserve(o.size_);
    for (const Block& b : o) emplace_back(b);
  }
  Blocks(Blocks&& o) noexcept { take(o); }
  Blocks& operator=(const Blocks& o) {
    if (this != &o) {
      clear();
      reserve(o.size_);
      for (const Block& b : o) emplace_back(b);
    }
    return *this;
  }
  Blocks& operator=(Blocks&& o) noexcept {
    if (this != &o) {
      clear();
      release();
      take(o);
    }
    return *this;
  }

  Block* begin() { return data_; }
  Block* end() { return data_ + size_; }
  const Block* begin() const { return data_; }
  const Block* end() const { return data_ + size_; }
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  Block& operator[](std::size_t i) { return data_[i]; }
  const Block& operator[](std::size_t i) const { return data_[i]; }
  Block& at(std::size_t i) {
    return i < size_ ? data_[i] : (throw std::out_of_range("Blocks::at"), data_[0]);
  }
  const Block& at(std::size_t i) const {
    return i < size_ ? data_[i] : (throw std::out_of_range("Blocks::at"), data_[0]);
  }
  Block& front() { return data_[0]; }
  const Block& front() const { return data_[0]; }
  Block& back() { return data_[size_ - 1]; }
  const Block& back() const { return data_[size_ - 1]; }
  operator std::span<const Block>() const { return {data_, size_}; }

  template <typename... Args>
  Block& emplace_back(Args&&... args) {
    if (size_ == capacity_) grow(capacity_ * 2);
    Block* b = new (data_ + size_) Block(std::forward<Args>(args)...);
    ++size_;
    return *b;
  }
  void push_back(const Block& b) { emplace_back(b); }
  void push_back(Block&& b) { emplace_back(std::move(b)); }
  Block* insert(const Block* at, Block&& b) {
    const auto i = static_cast<std::size_t>(at - data_);
    emplace_back(std::move(b));
    std::rotate(data_ + i, data_ + size_ - 1, data_ + size_);
    return data_ + i;
  }
  // Removes [first, last).
  Block* erase(const Block* first, const Block* last) {
    const auto i = static_cast<std::size_t>(first - data_);
    const auto n = static_cast<std::size_t>(last - first);
    std::move(data_ + i + n, data_ + size_, data_ + i);
    for (std::size_t k = 0; k < n; ++k) pop_back();
    return data_ + i;
  }
  void pop_back() { data_[--size_].~Block(); }
  void clear() {
    while (size_ > 0) pop_back();
  }
  void reserve(std::size_t n) {
    if (n > capacity_) grow(n);
  }
  void resize(std::size_t n) {
    while (size_ > n) pop_back();
    reserve(n);
    while (size_ < n) emplace_back();
  }

 private:
  Block* inline_block() { return std::launder(reinterpret_cast<Block*>(inline_)); }
  void grow(std::size_t n) {
    auto* p =
        static_cast<Block*>(::operator new (n * sizeof(Block), std::align_val_t{alignof(Block)}));
    for (std::size_t i = 0; i < size_; ++i) {
      new (p + i) Block(std::move(data_[i]));
      data_[i].~Block();
    }
    release();
    data_ = p;
    capacity_ = n;
  }
  void release() {
    if (data_ != inline_block()) {
      ::operator delete (data_, std::align_val_t{alignof(Block)});
      data_ = inline_block();
      capacity_ = 1;
    }
  }
  void take(Blocks& o) {
    if (o.data_ == o.inline_block()) {
      if (o.size_ == 1) {
        new (data_) Block(std::move(o.data_[0]));
        size_ = 1;
        o.clear();
      }
      return;
    }
    data_ = o.data_;
    size_ = o.size_;
    capacity_ = o.capacity_;
    o.data_ = o.inline_block();
    o.size_ = 0;
    o.capacity_ = 1;
  }

  alignas(Block) unsigned char inline_[sizeof(Block)];
  Block* data_ = inline_block();
  std::size_t size_ = 0;
  std::size_t capacity_ = 1;
};

// The blocks of one kind, in order.
template <typename T>
std::vector<const T*> blocks_of(std::span<const Block> blocks) {
  std::vector<const T*> out;
  for (const Block& b : blocks) {
    if (const T* t = b.get<T>()) out.push_back(t);
  }
  return out;
}

// The text blocks' text (refusals included, except a refusal member)
// joined by '\n'.
std::string text_of(std::span<const Block> blocks);

}  // namespace switchyard::core
