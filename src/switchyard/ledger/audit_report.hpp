// What a compliance reader asks of the ledger: is the chain intact, and per
// data class, how many requests were served where.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include "switchyard/ledger/record_store.hpp"

namespace switchyard::ledger {

struct ChainVerdict {
  std::int64_t checked = 0;  // records read
  bool intact = true;
  std::string
      head_hash;  // hash of the last record verified; keep it elsewhere to detect truncation
  // The first record that does not fit the chain, when !intact.
  std::int64_t broken_seq = 0;
  std::string broken_request_id;
  std::string why;  // e.g. "its hash does not match its contents (edited)"
};

// Recomputes every record's hash and each link to the previous record.
core::Expected<ChainVerdict> verify_chain(RecordStore& store);

struct ClassTally {
  std::int64_t requests = 0;
  std::int64_t local = 0;       // served on the local side
  std::int64_t cloud = 0;       // served on the cloud side
  std::int64_t not_served = 0;  // refused or failed before any deployment answered
  std::int64_t redacted = 0;    // sent to the cloud after redaction
};

struct ClassReport {
  std::map<std::string, ClassTally> by_class;
  ClassTally total;
};

core::Expected<ClassReport> report_by_class(RecordStore& store, std::int64_t since_ms);

// "7d", "12h", "30m", "45s" → milliseconds; nullopt when malformed.
std::optional<std::int64_t> parse_age(std::string_view text);

}  // namespace switchyard::ledger
