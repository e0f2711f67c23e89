// One record per answered or refused request: where it went, why, what it
// carried (entity types and counts, never values) and what it cost. Records
// form a hash chain: each carries the hash of the one before, so editing,
// inserting or deleting a stored record breaks the chain at that point and
// `switchyard audit verify` names it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>
#include <vector>

namespace switchyard::ledger {

using EntityCounts = std::vector<std::pair<std::string, int>>;  // entity type → count

struct RequestRecord {
  std::int64_t seq = 0;      // position in the chain, from 1; assigned by the store
  std::int64_t time_ms = 0;  // Unix time in milliseconds, when the request was received
  std::string request_id;
  std::string caller;        // who asked: caller_fingerprint of its key; "" when anonymous
  std::string model;         // the alias the client asked for
  std::string data_class;    // e.g. "restricted"
  std::string class_reason;  // e.g. "finding US_SSN", "header x-switchyard-data-class"
  EntityCounts entities;     // sorted by type
  std::string plan;          // candidate deployments in order, with reasons
  std::string side;          // "local" | "cloud" | "" (not served)
  std::string deployment;    // "" when not served
  bool redacted = false;     // the text was redacted before it left
  int status = 0;            // HTTP status returned to the client
  std::int64_t prompt_tokens = 0;
  std::int64_t completion_tokens = 0;
  double cost_usd = 0;
  std::int64_t duration_us = 0;
  // Appended fields (see kRecordFields):
  std::string route_rule;  // the routing rule that made the plan; "default": none matched
  // A cascade (docs/cascade.md): its verdict on the first answer, "kept; ..."
  // or "escalated; <signal>=<value> ..." ("" when no cascade ran); and, when
  // it escalated, the first attempt (the fields above are the answer served,
  // so the request cost cost_usd + cascade_first_cost_usd).
  std::string cascade;
  std::string cascade_first_deployment;
  std::int64_t cascade_first_prompt_tokens = 0;
  std::int64_t cascade_first_completion_tokens = 0;
  double cascade_first_cost_usd = 0;
  std::int64_t cascade_first_duration_us = 0;
  std::string team;      // the caller's key's team; "" without a key
  std::string key_id;    // the caller's virtual key's id (never the key); "" without one
  std::string key_name;  // that key's label
  // Parts of prompt_tokens and completion_tokens, as the provider reported them.
  std::int64_t cache_read_tokens = 0;
  std::int64_t cache_write_tokens = 0;
  std::int64_t reasoning_tokens = 0;
  // What the same tokens would have cost at the reference cloud model's
  // price (cost.reference); 0 when none is configured.
  double counterfactual_usd = 0;
  std::int64_t upstream_us = 0;  // time spent waiting on upstreams (every attempt)
  std::int64_t gateway_us = 0;   // the gateway's own time up to the record: duration - upstream
  // The request's task tag (x-switchyard-task, else metadata.task; at most
  // 128 bytes), "" without one: the planner's workloads group by it.
  std::string task;
  // The routing facts the gateway knew that the fields above do not hold,
  // compactly and without any prompt text (plan/recorded_facts.hpp: e.g.
  // "v1 prompt_tokens=812 tools=0 ..."), so `switchyard replay` can run another policy's
  // rules on this request; "" when the request was not routed.
  std::string route_facts;
  // The difficulty router's features of the prompt (routing/
  // difficulty_features.hpp: "f1:" and the values, no prompt text), so
  // `switchyard router train --ledger` can learn from this request's
  // outcome; "" unless routing.record_prompt_features is on.
  std::string prompt_features;
  std::string prev_hash;  // hex SHA-256 of the previous record; "" for the first
  std::string hash;       // hex SHA-256 over prev_hash, seq and every field in kRecordFields
};

// One field of the record: its name (its column's name in every store) and
// the member that holds it.
template <typename T>
struct RecordField {
  std::string_view name;
  T RequestRecord::*member;
  // Added after the first format: hashed only when set (with its name), so
  // records stored before keep their hash; read as its default from a
  // journal payload that ends before it; added to an existing database's
  // table when it opens.
  bool appended = false;
};

// The fields a request sets, declared once, in their one order. The chain
// hash, the journal's payload, and every store's columns, inserts and reads
// are written against this list; each says once how it holds a field of
// each C++ type (std::int64_t, int, bool, double, std::string,
// EntityCounts), so a field of a new type fails to build until they do.
//
// seq, prev_hash and hash are not listed: they are the chain's own, set by
// the store, and each format places them itself (the hash reads prev_hash
// and seq before these fields; the journal has none of them; a store keys
// its rows by seq and keeps the two hashes last).
//
// This order is the ledger's format: ledgers and journals already written
// depend on it (tests/ledger/record_format_test.cpp pins it). Never reorder,
// rename or retype a field. A field added later goes at the end, and needs
// what that test then asks for: records stored before it must keep their
// hash (so the hash may include the new field only when it is set), a
// journal left by the previous version must still decode, and an existing
// database needs the column added (ALTER TABLE ... DEFAULT) when it opens.
inline constexpr std::tuple kRecordFields{
    RecordField<std::int64_t>{"time_ms", &RequestRecord::time_ms},
    RecordField<std::string>{"request_id", &RequestRecord::request_id},
    RecordField<std::string>{"caller", &RequestRecord::caller},
    RecordField<std::string>{"model", &RequestRecord::model},
    RecordField<std::string>{"data_class", &RequestRecord::data_class},
    RecordField<std::string>{"class_reason", &RequestRecord::class_reason},
    RecordField<EntityCounts>{"entities", &RequestRecord::entities},
    RecordField<std::string>{"plan", &RequestRecord::plan},
    RecordField<std::string>{"side", &RequestRecord::side},
    RecordField<std::string>{"deployment", &RequestRecord::deployment},
    RecordField<bool>{"redacted", &RequestRecord::redacted},
    RecordField<int>{"status", &RequestRecord::status},
    RecordField<std::int64_t>{"prompt_tokens", &RequestRecord::prompt_tokens},
    RecordField<std::int64_t>{"completion_tokens", &RequestRecord::completion_tokens},
    RecordField<double>{"cost_usd", &RequestRecord::cost_usd},
    RecordField<std::int64_t>{"duration_us", &RequestRecord::duration_us},
    // Appended fields, in the order they were added: never reorder.
    RecordField<std::string>{"route_rule", &RequestRecord::route_rule, true},
    RecordField<std::string>{"cascade", &RequestRecord::cascade, true},
    RecordField<std::string>{"cascade_first_deployment", &RequestRecord::cascade_first_deployment,
                             true},
    RecordField<std::int64_t>{"cascade_first_prompt_tokens",
                              &RequestRecord::cascade_first_prompt_tokens, true},
    RecordField<std::int64_t>{"cascade_first_completion_tokens",
                              &RequestRecord::cascade_first_completion_tokens, true},
    RecordField<double>{"cascade_first_cost_usd", &RequestRecord::cascade_first_cost_usd, true},
    RecordField<std::int64_t>{"cascade_first_duration_us",
                              &RequestRecord::cascade_first_duration_us, true},
    RecordField<std::string>{"team", &RequestRecord::team, true},
    RecordField<std::string>{"key_id", &RequestRecord::key_id, true},
    RecordField<std::string>{"key_name", &RequestRecord::key_name, true},
    RecordField<std::int64_t>{"cache_read_tokens", &RequestRecord::cache_read_tokens, true},
    RecordField<std::int64_t>{"cache_write_tokens", &RequestRecord::cache_write_tokens, true},
    RecordField<std::int64_t>{"reasoning_tokens", &RequestRecord::reasoning_tokens, true},
    RecordField<double>{"counterfactual_usd", &RequestRecord::counterfactual_usd, true},
    RecordField<std::int64_t>{"upstream_us", &RequestRecord::upstream_us, true},
    RecordField<std::int64_t>{"gateway_us", &RequestRecord::gateway_us, true},
    RecordField<std::string>{"task", &RequestRecord::task, true},
    RecordField<std::string>{"route_facts", &RequestRecord::route_facts, true},
    RecordField<std::string>{"prompt_features", &RequestRecord::prompt_features, true},
};
inline constexpr std::size_t kRecordFieldCount = std::tuple_size_v<decltype(kRecordFields)>;

// visit(field) for each RecordField in order: for code that needs a field's
// name alone, or the same field of two records.
template <typename Visitor>
constexpr void for_each_field(Visitor&& visit) {
  std::apply([&](const auto&... field) { (visit(field), ...); }, kRecordFields);
}

// visit(name, value) for each field of `r` in order, `value` a reference to
// the member (const when `r` is).
template <typename Record, typename Visitor>
requires std::is_same_v<std::remove_const_t<Record>, RequestRecord>
constexpr void visit_fields(Record& r, Visitor&& visit) {
  std::apply([&](const auto&... field) { (visit(field.name, r.*field.member), ...); },
             kRecordFields);
}

namespace detail {
// The number of members of an aggregate: the most initializers it accepts.
struct AnyMember {
  template <typename T>
  operator T&() const;
};
template <typename T, typename... A>
constexpr std::size_t member_count(A... a) {
  if constexpr (requires { T{a..., AnyMember{}}; })
    return member_count<T>(a..., AnyMember{});
  else
    return sizeof...(A);
}
}  // namespace detail

// A member added to RequestRecord stops the build here until it is listed
// in kRecordFields (the 3 are seq, prev_hash and hash).
static_assert(detail::member_count<RequestRecord>() == kRecordFieldCount + 3,
              "every member of RequestRecord but the chain's own is listed in kRecordFields");

// The hash a record must carry given its fields and prev_hash: SHA-256 over
// a domain tag, prev_hash, seq, then kRecordFields in order, each as text
// and length-prefixed, so no two different records share an encoding.
std::string chain_hash(const RequestRecord& r);

// Names a caller by its API key without storing the key: "key:" and the
// first 16 hex digits of a domain-separated SHA-256 of it. The same key gives
// the same name on every replica, so audit rows group by caller; the key
// cannot be read back from it. "" for an empty key.
std::string caller_fingerprint(std::string_view key);

// "US_SSN=1,EMAIL_ADDRESS=2" ⇄ entities, for storage and reports.
std::string encode_entities(const EntityCounts& entities);
EntityCounts decode_entities(std::string_view text);

}  // namespace switchyard::ledger
