#include "switchyard/gateway/identify_stage.hpp"

#include <string>
#include <string_view>

namespace switchyard::gateway {
namespace {

// The key the client sent, from whichever header its SDK uses.
std::string_view presented_key(const http::Request& req) {
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
  return key;
}

std::string fingerprint(std::string_view key) {
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

core::Error unauthorized(std::string message) {
  return {core::ErrorKind::authentication, 401, std::move(message), {}, "invalid_api_key", false};
}

// (Worded without the word "bearer" before another: error messages are
// scrubbed of credential shapes, and "bearer <word>" is one.)
constexpr std::string_view kHowToSend =
    " Send it in the Authorization header, as OpenAI SDKs send their api_key, or in the "
    "x-api-key header (Anthropic SDKs).";

core::Error refusal(keys::KeyCheck check, const keys::VirtualKey* key) {
  switch (check) {
    case keys::KeyCheck::revoked:
      return unauthorized("This virtual key (id " + key->id +
                          ") has been revoked; ask the gateway's admin for a new one.");
    case keys::KeyCheck::expired:
      return unauthorized("This virtual key (id " + key->id +
                          ") has expired; ask the gateway's admin to rotate it or for a new one.");
    case keys::KeyCheck::malformed:
      return unauthorized(
          "The key sent starts like a Switchyard virtual key (sk-sy-) but is not one: a virtual "
          "key is sk-sy-, a 12-digit id, '-' and 64 hex digits. Check that it was copied whole." +
          std::string(kHowToSend));
    case keys::KeyCheck::unknown:
    case keys::KeyCheck::ok:
      break;
  }
  return unauthorized(
      "The virtual key sent is not one this gateway knows (never created, or rotated since); "
      "check it, or ask the gateway's admin for a key.");
}

}  // namespace

std::optional<core::Error> IdentifyStage::admit(Exchange& ex) const {
  const std::string_view key = presented_key(ex.http);
  ex.ctx.caller = fingerprint(key);
  ex.record.caller = ex.ctx.caller;
  if (keys::looks_like_virtual_key(key)) {
    const keys::Authentication auth =
        ring_ ? ring_->authenticate(key, ex.record.time_ms) : keys::Authentication{};
    if (auth.check != keys::KeyCheck::ok) return refusal(auth.check, auth.key.get());
    ex.key = auth.key;
    ex.team = ex.key->policy.team;
    return std::nullopt;
  }
  if (!required_) return std::nullopt;  // open mode: anonymous, as before keys
  if (key.empty())
    return unauthorized(
        "This gateway needs a virtual key (sk-sy-...), and the request carried none." +
        std::string(kHowToSend) +
        " The gateway's admin creates keys with `switchyard keys create`.");
  return unauthorized(
      "The key sent is not a Switchyard virtual key (those start with sk-sy-); this gateway takes "
      "only its own keys, never a provider's." +
      std::string(kHowToSend));
}

}  // namespace switchyard::gateway
