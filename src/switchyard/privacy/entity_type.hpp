// The kinds of personal or secret data the detector reports. Names follow
// Microsoft Presidio's entity names where one exists, so findings and
// evaluation data speak the same vocabulary.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace switchyard::privacy {

enum class EntityType {
  email_address,
  phone_number,
  credit_card,
  iban_code,
  us_ssn,
  ip_address,
  url,
  domain_name,
  date_time,  // full dates; only dates of birth raise the class (date_rules.cpp)
  us_driver_license,
  passport,
  medical_record_number,
  secret,  // credentials: cloud keys, API tokens, private keys, JWTs
  person,
  location,
  address,
};

inline constexpr std::size_t kEntityTypeCount = static_cast<std::size_t>(EntityType::address) + 1;

// "EMAIL_ADDRESS", "US_SSN", ...
std::string_view entity_name(EntityType type);

// The inverse of entity_name, also accepting the aliases other tools use
// (STREET_ADDRESS, GPE, US_PASSPORT, ...); case-insensitive.
std::optional<EntityType> parse_entity_name(std::string_view name);

inline constexpr std::size_t index_of(EntityType type) {
  return static_cast<std::size_t>(type);
}

}  // namespace switchyard::privacy
