// Turns a stream of token bytes into text pieces that never split a UTF-8
// character.
//
// Byte-level tokenizers emit single bytes of a multibyte character as separate
// tokens, so one token's piece may end in the middle of a character. Clients
// receive each piece as a JSON string, which must be valid UTF-8 on its own;
// the assembler holds back an incomplete tail until the next token completes
// it, and replaces bytes that can never form a character with U+FFFD.
#pragma once

#include <string>
#include <string_view>

namespace switchyard::local {

class Utf8Assembler {
 public:
  // Appends `bytes` and returns the longest valid text that is complete.
  std::string push(std::string_view bytes);
  // Returns what is held back, with an incomplete character replaced by U+FFFD.
  std::string flush();

 private:
  std::string pending_;
};

// True when `s` is entirely valid UTF-8.
bool is_valid_utf8(std::string_view s);

// True when `s` is valid UTF-8 but for an incomplete last character, which
// more bytes may still complete; `*tail` is then that character's bytes
// (0 when the last is complete).
bool is_valid_utf8_prefix(std::string_view s, std::size_t* tail);

}  // namespace switchyard::local
