// A RapidJSON output stream that appends to a std::string, so encoders write
// straight into the caller's buffer, and copies runs of bytes at once.
//
// RapidJSON's generic Writer puts one character at a time through the stream.
// A chat request is mostly string content (the messages), so escaping it a
// byte at a time was the encoder's whole cost (perf: `WriteString` ~4% of the
// gateway's cycles at 64 connections). Here the runs that need no escaping,
// and raw values, are appended with one copy each; only the bytes that need an
// escape go through the writer's slow path. The output is byte-identical.
#pragma once

#include <rapidjson/writer.h>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>

namespace switchyard::api::openai {

class StringSink {
 public:
  using Ch = char;
  explicit StringSink(std::string& s) : s_(&s) {}
  void Put(char c) { s_->push_back(c); }
  void Flush() {}
  void append(const char* p, std::size_t n) { s_->append(p, n); }

 private:
  std::string* s_;
};

using JsonWriter = rapidjson::Writer<StringSink>;

}  // namespace switchyard::api::openai

namespace rapidjson {

// Copies the longest run that needs no escape (no control character, quote or
// backslash: exactly the bytes Writer::WriteString copies unchanged with the
// default flags) and stops at the next byte that does.
template <>
inline bool Writer<switchyard::api::openai::StringSink>::ScanWriteUnescapedString(
    StringStream& is, std::size_t length) {
  const char* const start = is.src_;
  const char* const end = is.head_ + length;
  const char* p = start;
  // Eight bytes at a time while none of them needs an escape (SWAR: a byte
  // below 0x20, or equal to '"' or '\\', sets its high bit in `hit`).
  constexpr std::uint64_t kOnes = 0x0101010101010101ull;
  constexpr std::uint64_t kHigh = 0x8080808080808080ull;
  while (end - p >= 8) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    const std::uint64_t quote = w ^ (kOnes * '"');
    const std::uint64_t slash = w ^ (kOnes * '\\');
    const std::uint64_t hit = ((w - kOnes * 0x20) | (quote - kOnes) | (slash - kOnes)) & ~w & kHigh;
    if (hit) break;
    p += 8;
  }
  while (p != end) {
    const auto c = static_cast<unsigned char>(*p);
    if (c < 0x20 || c == '"' || c == '\\') break;
    ++p;
  }
  if (p != start) os_->append(start, static_cast<std::size_t>(p - start));
  is.src_ = p;
  return p != end;
}

template <>
inline bool Writer<switchyard::api::openai::StringSink>::WriteRawValue(const Ch* json,
                                                                       std::size_t length) {
  os_->append(json, length);
  return true;
}

}  // namespace rapidjson
