#include "switchyard/privacy/entity_type.hpp"

#include <array>
#include <cctype>
#include <string>
#include <utility>

namespace switchyard::privacy {

namespace {

constexpr std::array<std::string_view, kEntityTypeCount> kNames = {
    "EMAIL_ADDRESS", "PHONE_NUMBER",
    "CREDIT_CARD",   "IBAN_CODE",
    "US_SSN",        "IP_ADDRESS",
    "URL",           "DOMAIN_NAME",
    "DATE_TIME",     "US_DRIVER_LICENSE",
    "PASSPORT",      "MEDICAL_RECORD_NUMBER",
    "SECRET",        "PERSON",
    "LOCATION",      "ADDRESS",
};

constexpr std::pair<std::string_view, EntityType> kAliases[] = {
    {"EMAIL", EntityType::email_address},
    {"PHONE", EntityType::phone_number},
    {"CREDIT_CARD_NUMBER", EntityType::credit_card},
    {"IBAN", EntityType::iban_code},
    {"SSN", EntityType::us_ssn},
    {"IP", EntityType::ip_address},
    {"DOMAIN", EntityType::domain_name},
    {"DATE", EntityType::date_time},
    {"DATE_OF_BIRTH", EntityType::date_time},
    {"US_DRIVERS_LICENSE", EntityType::us_driver_license},
    {"DRIVER_LICENSE", EntityType::us_driver_license},
    {"US_PASSPORT", EntityType::passport},
    {"MEDICAL_RECORD", EntityType::medical_record_number},
    {"MRN", EntityType::medical_record_number},
    {"PER", EntityType::person},
    {"NAME", EntityType::person},
    {"GPE", EntityType::location},
    {"LOC", EntityType::location},
    {"STREET_ADDRESS", EntityType::address},
};

}  // namespace

std::string_view entity_name(EntityType type) {
  return kNames[index_of(type)];
}

std::optional<EntityType> parse_entity_name(std::string_view name) {
  std::string upper(name);
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  for (std::size_t i = 0; i < kNames.size(); ++i)
    if (kNames[i] == upper) return static_cast<EntityType>(i);
  for (const auto& [alias, type] : kAliases)
    if (alias == upper) return type;
  return std::nullopt;
}

}  // namespace switchyard::privacy
