// One record per answered or refused request: where it went, why, what it
// carried (entity types and counts, never values) and what it cost. Records
// form a hash chain: each carries the hash of the one before, so editing,
// inserting or deleting a stored record breaks the chain at that point and
// `switchyard audit verify` names it.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace switchyard::ledger {

struct RequestRecord {
  std::int64_t seq = 0;      // position in the chain, from 1; assigned by the store
  std::int64_t time_ms = 0;  // Unix time in milliseconds, when the request was received
  std::string request_id;
  std::string caller;        // who asked: caller_fingerprint of its key; "" when anonymous
  std::string model;         // the alias the client asked for
  std::string data_class;    // e.g. "restricted"
  std::string class_reason;  // e.g. "finding US_SSN", "header x-switchyard-data-class"
  std::vector<std::pair<std::string, int>> entities;  // entity type → count, sorted by type
  std::string plan;        // candidate deployments in order, with reasons
  std::string side;        // "local" | "cloud" | "" (not served)
  std::string deployment;  // "" when not served
  bool redacted = false;   // the text was redacted before it left
  int status = 0;          // HTTP status returned to the client
  std::int64_t prompt_tokens = 0;
  std::int64_t completion_tokens = 0;
  double cost_usd = 0;
  std::int64_t duration_us = 0;
  std::string prev_hash;  // hex SHA-256 of the previous record; "" for the first
  std::string hash;       // hex SHA-256 over prev_hash and every field above
};

// The hash a record must carry given its fields and prev_hash. Fields are
// length-prefixed in a fixed order, so no two different records share an
// encoding.
std::string chain_hash(const RequestRecord& r);

// Names a caller by its API key without storing the key: "key:" and the
// first 16 hex digits of a domain-separated SHA-256 of it. The same key gives
// the same name on every replica, so audit rows group by caller; the key
// cannot be read back from it. "" for an empty key.
std::string caller_fingerprint(std::string_view key);

// "US_SSN=1,EMAIL_ADDRESS=2" ⇄ entities, for storage and reports.
std::string encode_entities(const std::vector<std::pair<std::string, int>>& entities);
std::vector<std::pair<std::string, int>> decode_entities(std::string_view text);

}  // namespace switchyard::ledger
