// Finds stop strings in generated text that arrives piece by piece.
//
// A stop string may span several tokens, so text that could be the start of
// one is held back until it either completes the stop string (generation ends
// and the stop string is not emitted) or turns out to be ordinary text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace switchyard::local {

class StopMatcher {
 public:
  explicit StopMatcher(std::vector<std::string> stops);

  struct Result {
    std::string text;      // safe to emit now
    bool stopped = false;  // a stop string was found; `text` ends before it
  };
  Result push(std::string_view text);
  // Releases held-back text when generation ends for another reason.
  std::string flush();

 private:
  std::vector<std::string> stops_;
  std::string held_;
};

}  // namespace switchyard::local
