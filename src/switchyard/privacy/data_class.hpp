// Data classes and the policy that says where each may be served.
//
// Four classes in increasing sensitivity; their names are configurable (an
// organisation may call them "open", "team", "secret", "top-secret"), their
// order is not. A request's class is the highest of what the caller declares
// (header), what its route defaults to, and what its findings imply.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "switchyard/core/side.hpp"
#include "switchyard/privacy/entity_type.hpp"
#include "switchyard/privacy/finding.hpp"

namespace switchyard::privacy {

enum class DataClass : std::uint8_t { public_, internal, confidential, restricted };
inline constexpr std::size_t kDataClassCount = 4;

// Where a class may go, and how.
struct ClassRule {
  bool local = true;
  bool cloud = true;
  bool redact_for_cloud = false;  // cloud-bound text has its findings replaced first

  bool allows(core::Side side) const { return side == core::Side::local ? local : cloud; }
};

struct PrivacyPolicy {
  std::array<std::string, kDataClassCount> names = {"public", "internal", "confidential",
                                                    "restricted"};
  // Default: restricted stays local; confidential goes to the cloud only
  // redacted; below that, anywhere.
  std::array<ClassRule, kDataClassCount> rules = {
      ClassRule{true, true, false}, ClassRule{true, true, false}, ClassRule{true, true, true},
      ClassRule{true, false, false}};
  // The class a finding of each entity type implies; nullopt: none.
  std::array<std::optional<DataClass>, kEntityTypeCount> entity_class = default_entity_classes();
  DataClass base = DataClass::public_;  // a request with nothing to say about it

  const std::string& name(DataClass c) const { return names[index(c)]; }
  const ClassRule& rule(DataClass c) const { return rules[index(c)]; }
  std::optional<DataClass> parse(std::string_view name) const;

  static std::size_t index(DataClass c) { return static_cast<std::size_t>(c); }
  static std::array<std::optional<DataClass>, kEntityTypeCount> default_entity_classes();
};

struct Classification {
  DataClass level = DataClass::public_;
  std::string reason;  // why this class, e.g. "finding US_SSN" or "header x-switchyard-data-class"
  // Entity type name → count, sorted by name: what the audit keeps (never values).
  std::vector<std::pair<std::string, int>> entity_counts;
};

// The highest of the declared class, the route's default, the policy's base
// and the classes the findings imply. The reason names the source that set
// the level (the first of them in that order when several agree).
Classification classify(const PrivacyPolicy& policy, std::optional<DataClass> declared,
                        std::optional<DataClass> route_default,
                        const std::vector<Finding>& findings);

}  // namespace switchyard::privacy
