#include "switchyard/local/stop_matcher.hpp"

#include <algorithm>
#include <utility>

namespace switchyard::local {

StopMatcher::StopMatcher(std::vector<std::string> stops) {
  for (auto& s : stops) {
    if (!s.empty()) stops_.push_back(std::move(s));
  }
}

StopMatcher::Result StopMatcher::push(std::string_view text) {
  held_.append(text);
  if (stops_.empty()) return {std::exchange(held_, {}), false};

  std::size_t first = std::string::npos;
  for (const auto& s : stops_) first = std::min(first, held_.find(s));
  if (first != std::string::npos) {
    Result r{held_.substr(0, first), true};
    held_.clear();
    return r;
  }
  // Hold back the longest tail that is a proper prefix of some stop string.
  std::size_t keep = 0;
  for (const auto& s : stops_) {
    const std::size_t max = std::min(s.size() - 1, held_.size());
    for (std::size_t n = max; n > keep; --n) {
      if (std::string_view(held_).substr(held_.size() - n) == std::string_view(s).substr(0, n)) {
        keep = n;
        break;
      }
    }
  }
  Result r{held_.substr(0, held_.size() - keep), false};
  held_.erase(0, held_.size() - keep);
  return r;
}

std::string StopMatcher::flush() {
  return std::exchange(held_, {});
}

}  // namespace switchyard::local
