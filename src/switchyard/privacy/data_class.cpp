#include "switchyard/privacy/data_class.hpp"

#include <algorithm>
#include <map>

namespace switchyard::privacy {

std::optional<DataClass> PrivacyPolicy::parse(std::string_view name) const {
  for (std::size_t i = 0; i < names.size(); ++i)
    if (names[i] == name) return static_cast<DataClass>(i);
  return std::nullopt;
}

std::array<std::optional<DataClass>, kEntityTypeCount> PrivacyPolicy::default_entity_classes() {
  std::array<std::optional<DataClass>, kEntityTypeCount> c{};
  auto set = [&](EntityType t, DataClass d) { c[index_of(t)] = d; };
  // Identifiers that open accounts or identify a person by law, and credentials.
  for (EntityType t :
       {EntityType::us_ssn, EntityType::credit_card, EntityType::iban_code, EntityType::secret,
        EntityType::medical_record_number, EntityType::passport, EntityType::us_driver_license})
    set(t, DataClass::restricted);
  // Contact and identity details: fine for the cloud once redacted.
  for (EntityType t : {EntityType::email_address, EntityType::phone_number, EntityType::person,
                       EntityType::address, EntityType::date_time, EntityType::ip_address})
    set(t, DataClass::confidential);
  // URLs, domains and place names alone say little about a person.
  return c;
}

Classification classify(const PrivacyPolicy& policy, std::optional<DataClass> declared,
                        std::optional<DataClass> route_default,
                        const std::vector<Finding>& findings) {
  Classification out;
  out.level = policy.base;
  out.reason = "policy base class";
  auto raise = [&](DataClass c, std::string why) {
    if (c > out.level) {
      out.level = c;
      out.reason = std::move(why);
    }
  };
  if (declared) raise(*declared, "header x-switchyard-data-class");
  if (route_default) raise(*route_default, "route default");
  std::map<std::string_view, int> counts;
  for (const Finding& f : findings) {
    ++counts[entity_name(f.type)];
    // A calendar date is redacted with the rest but does not raise the
    // class by itself: only a date of birth identifies (date_rules.cpp).
    if (f.type == EntityType::date_time && f.detector != "date_of_birth") continue;
    if (auto c = policy.entity_class[index_of(f.type)])
      raise(*c, "finding " + std::string(entity_name(f.type)));
  }
  for (const auto& [name, n] : counts) out.entity_counts.emplace_back(std::string(name), n);
  return out;
}

}  // namespace switchyard::privacy
