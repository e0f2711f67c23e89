#include "switchyard/gateway/session_guard.hpp"

namespace switchyard::gateway {
namespace {

constexpr std::string_view kHeader = "x-switchyard-session";
constexpr const char* kRaisedHelp =
    "Requests whose data class a privacy session raised, by cause: session (it carried data of "
    "that class within the ttl) or store_error (the session store could not be read: fail "
    "closed).";

// "24h", "90m", "45s": the largest unit that divides it.
std::string duration_text(std::chrono::milliseconds ttl) {
  const auto ms = ttl.count();
  for (auto [unit, name] : {std::pair{86'400'000LL, "d"}, std::pair{3'600'000LL, "h"},
                            std::pair{60'000LL, "m"}, std::pair{1'000LL, "s"}})
    if (ms % unit == 0) return std::to_string(ms / unit) + name;
  return std::to_string(ms) + "ms";
}

privacy::DataClass remember_level(const config::SessionsConfig& cfg,
                                  const privacy::PrivacyPolicy& policy) {
  if (cfg.remember.empty()) return privacy::DataClass::restricted;
  // The config checked the name; an unknown one remembers everything it can.
  return policy.parse(cfg.remember).value_or(privacy::DataClass::public_);
}

}  // namespace

SessionGuard::SessionGuard(const config::SessionsConfig& cfg, const privacy::PrivacyPolicy& policy,
                           privacy::SessionStore& store, observe::Registry& metrics)
    : store_(store),
      ttl_(cfg.ttl),
      remember_(remember_level(cfg, policy)),
      policy_(policy),
      ttl_text_(duration_text(cfg.ttl)),
      raised_by_session_(metrics.counter("switchyard_session_class_raised_total", kRaisedHelp,
                                         "cause=\"session\"")),
      raised_by_store_error_(metrics.counter("switchyard_session_class_raised_total", kRaisedHelp,
                                             "cause=\"store_error\"")),
      store_errors_(metrics.counter(
          "switchyard_session_store_errors_total",
          "Privacy session store reads and writes that failed (a failed read classes the request "
          "at the highest class).")) {}

core::Expected<std::string> SessionGuard::raise(Exchange& ex) const {
  const auto it = ex.http.find(kHeader);
  if (it == ex.http.end()) return std::string();
  const std::string_view id = it->value();
  if (!privacy::valid_session_id(id)) {
    // The value is not echoed: it is the client's and may hold anything.
    const std::string what = id.empty() ? "it is empty"
                             : id.size() > privacy::kMaxSessionIdLength
                                 ? "it has " + std::to_string(id.size()) + " characters"
                                 : "it has a character outside that set";
    return core::Error::invalid(
        "Header x-switchyard-session must be 1 to " + std::to_string(privacy::kMaxSessionIdLength) +
            " characters of A-Z, a-z, 0-9, '.', '_', ':' and '-'; " + what + ".",
        std::string(kHeader), "invalid_session_id");
  }
  std::string key = privacy::session_key(ex.ctx.caller, id);
  privacy::Classification& cls = ex.seen.classification;
  auto recalled = store_.recall(key);
  if (!recalled) {
    // Fail closed: what the session carried is unknown, so assume the worst.
    store_errors_.inc();
    if (cls.level < privacy::DataClass::restricted) {
      cls.level = privacy::DataClass::restricted;
      cls.reason = "session store unavailable (fail closed)";
      raised_by_store_error_.inc();
    }
    return key;
  }
  if (*recalled && **recalled > cls.level) {
    cls.level = **recalled;
    cls.reason = "session carried " + policy_.name(cls.level) + " data within " + ttl_text_;
    raised_by_session_.inc();
  }
  return key;
}

void SessionGuard::remember(const Exchange& ex, const std::string& key) const {
  if (key.empty() || ex.seen.classification.level < remember_) return;
  if (auto e = store_.remember(key, ex.seen.classification.level, ttl_)) {
    // This request is classed already; the session's next one finds the
    // store down (then it fails closed) or a mark missing (counted here).
    store_errors_.inc();
  }
}

}  // namespace switchyard::gateway
