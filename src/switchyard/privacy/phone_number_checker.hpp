// Asks libphonenumber whether a digit string is a phone number of one of the
// configured regions. The shared PhoneNumberUtil is immutable after start-up,
// so one checker serves every thread.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace switchyard::privacy {

enum class PhoneVerdict {
  not_a_number,
  possible,  // right length for a region, number plan not checked
  valid,     // in an assigned range of a region's numbering plan
};

// The regions whose people write the scripts of a text: a national number
// in a Cyrillic, Greek, Hebrew, Arabic, Indic, Thai, CJK, Korean, Georgian
// or Armenian text ("Телефон: 067 123 45 67", "联系电话13800138000") is
// judged by their plans too. Latin letters name no region: the configured
// ones judge those texts.
struct ScriptRegions {
  std::array<std::string_view, 32> regions;
  std::size_t size = 0;
  bool has(std::string_view region) const {
    for (std::size_t k = 0; k < size; ++k)
      if (regions[k] == region) return true;
    return false;
  }
};
ScriptRegions regions_of_scripts(std::string_view text);

class PhoneNumberChecker {
 public:
  explicit PhoneNumberChecker(std::vector<std::string> regions);

  // `candidate` as written: "+44 20 7946 0958", "(227)664-8546x506",
  // "001-846-853-9089". The best verdict over the configured regions, then
  // `more` (regions_of_scripts of the text around it); with `only_more`,
  // over `more` alone (a national number in a Persian or Japanese text is
  // judged by the plans of the text's script).
  PhoneVerdict check(std::string_view candidate, const ScriptRegions& more = {},
                     bool only_more = false) const;

 private:
  std::vector<std::string> regions_;
};

}  // namespace switchyard::privacy
