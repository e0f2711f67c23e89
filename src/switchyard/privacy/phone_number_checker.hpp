// Asks libphonenumber whether a digit string is a phone number of one of the
// configured regions. The shared PhoneNumberUtil is immutable after start-up,
// so one checker serves every thread.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace switchyard::privacy {

enum class PhoneVerdict {
  not_a_number,
  possible,  // right length for a region, number plan not checked
  valid,     // in an assigned range of a region's numbering plan
};

class PhoneNumberChecker {
 public:
  explicit PhoneNumberChecker(std::vector<std::string> regions);

  // `candidate` as written: "+44 20 7946 0958", "(227)664-8546x506",
  // "001-846-853-9089". The best verdict over the configured regions.
  PhoneVerdict check(std::string_view candidate) const;

 private:
  std::vector<std::string> regions_;
};

}  // namespace switchyard::privacy
