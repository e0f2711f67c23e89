#include "switchyard/ledger/audit_report.hpp"

#include "switchyard/core/duration.hpp"

namespace switchyard::ledger {

core::Expected<ChainVerdict> verify_chain(RecordStore& store) {
  ChainVerdict v;
  std::int64_t expected_seq = 1;
  std::string prev_hash;
  auto fail = [&](const RequestRecord& r, std::string why) {
    v.intact = false;
    v.broken_seq = r.seq;
    v.broken_request_id = r.request_id;
    v.why = std::move(why);
    return false;
  };
  auto error = store.scan(0, [&](const RequestRecord& r) {
    ++v.checked;
    if (r.seq != expected_seq)
      return fail(r, "record " + std::to_string(expected_seq) +
                         (r.seq > expected_seq ? " is missing (deleted)" : " appears twice"));
    if (r.prev_hash != prev_hash)
      return fail(r,
                  "it does not link to the record before it (a record was removed, "
                  "inserted or rewritten)");
    if (chain_hash(r) != r.hash) return fail(r, "its contents do not match its hash (edited)");
    prev_hash = r.hash;
    ++expected_seq;
    return true;
  });
  if (error) return *error;
  v.head_hash = prev_hash;
  return v;
}

core::Expected<ClassReport> report_by_class(RecordStore& store, std::int64_t since_ms) {
  ClassReport report;
  auto error = store.scan(since_ms, [&](const RequestRecord& r) {
    for (ClassTally* t : {&report.by_class[r.data_class], &report.total}) {
      ++t->requests;
      if (r.deployment.empty() || r.status >= 400)
        ++t->not_served;
      else if (r.side == "local")
        ++t->local;
      else
        ++t->cloud;
      if (r.redacted) ++t->redacted;
    }
    return true;
  });
  if (error) return *error;
  return report;
}

std::optional<std::int64_t> parse_age(std::string_view text) {
  return core::parse_duration_ms(text);
}

}  // namespace switchyard::ledger
