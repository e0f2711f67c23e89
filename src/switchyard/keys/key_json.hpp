// Keys as JSON, for the admin API (/admin/keys) and `switchyard keys
// --json`: one shape for both. A key's secret appears only in the answer to
// a create or rotate (member "key"); every other answer names the key by id.
//
//   {"id":"3f9a0c12b7e4","team":"hr","name":"hr-bot","models":["chat"],
//    "max_cloud_class":"internal","default_class":"confidential",
//    "rpm":60,"tpm":100000,"max_concurrent":4,"expires_at":null,
//    "budget_day_usd":0.0,"budget_month_usd":0.0,"status":"active",
//    "created_at":"2026-12-03T12:00:00Z","rotated_at":null,"revoked_at":null}
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "switchyard/core/error.hpp"
#include "switchyard/keys/virtual_key.hpp"

namespace switchyard::keys {

// One key; with `secret` non-empty, also {"key": secret}.
std::string key_json(const VirtualKey& key, std::int64_t now_ms, std::string_view secret = {});
// {"object":"list","data":[...]}.
std::string key_list_json(const std::vector<VirtualKey>& keys, std::int64_t now_ms);

// A create request's body: the policy's members above ("team" required;
// "expires_at" a UTC time or null, or "expires_in" a duration such as
// "30d"). 400 naming the member when one is of the wrong type or unknown.
core::Expected<KeyPolicy> policy_from_json(std::string_view body, std::int64_t now_ms);

}  // namespace switchyard::keys
