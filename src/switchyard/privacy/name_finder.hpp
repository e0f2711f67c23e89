// People, places and street addresses, without a language model: gazetteers
// (given names, countries, cities, street words) and the English dictionary
// tell which capitalised words are names, and a few rules about context
// ("my name is", "Dr.", "lives in", house numbers, postcodes) join them into
// spans. Limits are in docs/privacy.md.
#pragma once

#include <string_view>
#include <vector>

#include "switchyard/privacy/detector_config.hpp"
#include "switchyard/privacy/finding.hpp"
#include "switchyard/privacy/gazetteer.hpp"

namespace switchyard::privacy {

class NameFinder {
 public:
  explicit NameFinder(const DetectorConfig& config);
  // Appends PERSON, LOCATION and ADDRESS findings (possibly overlapping).
  void find(std::string_view text, std::vector<Finding>& out) const;

 private:
  Gazetteer words_;
  bool person_ = false, location_ = false, address_ = false;
};

}  // namespace switchyard::privacy
