#include "switchyard/gateway/identify_stage.hpp"

#include <string>
#include <string_view>

namespace switchyard::gateway {
namespace {

std::string caller_of(const http::Request& req) {
  std::string_view key;
  if (auto it = req.find(http::bhttp::field::authorization); it != req.end()) {
    std::string_view v = it->value();
    if (v.size() > 7 && (v.substr(0, 7) == "Bearer " || v.substr(0, 7) == "bearer "))
      v.remove_prefix(7);
    key = v;
  } else if (auto k = req.find("x-api-key"); k != req.end()) {
    key = k->value();
  }
  while (!key.empty() && key.front() == ' ') key.remove_prefix(1);
  while (!key.empty() && key.back() == ' ') key.remove_suffix(1);
  // A client sends the same key on every request of a connection, and one
  // io thread serves few keys at a time: remember the last one per thread
  // instead of hashing it again (a SHA-256 context per request).
  thread_local std::string last_key;
  thread_local std::string last_fingerprint;
  if (key.empty()) return {};
  if (key != last_key) {
    last_fingerprint = ledger::caller_fingerprint(key);
    last_key.assign(key);
  }
  return last_fingerprint;
}

}  // namespace

std::optional<core::Error> IdentifyStage::admit(Exchange& ex) const {
  ex.ctx.caller = caller_of(ex.http);
  ex.record.caller = ex.ctx.caller;
  return std::nullopt;
}

}  // namespace switchyard::gateway
