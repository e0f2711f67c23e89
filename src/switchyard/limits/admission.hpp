// Admission: a request's rate limits (RPM, TPM, concurrency) and its
// budgets (day, month) taken together, all or nothing, and settled
// together once it has ended (docs/cost.md, "Reservation").
//
//   admit   checks RPM, TPM and concurrency, then reserves the estimated
//           cost against the budgets: either everything is taken (a Hold),
//           or nothing, and the first limit or budget that refused is
//           named with how long until a retry could pass. With
//           `limits_when_over_budget` a budget refusal still takes the
//           limits (the caller serves from free deployments only).
//   settle  the slot back, TPM corrected to the tokens used, the cost
//           reservation released and the true cost charged.
//   cancel  a settle that used nothing: for a request admitted here and
//           refused later in the pipeline (nothing sent anywhere). Its
//           request still counts against RPM: it was made.
//
// With Redis (RedisAdmission) both are one Lua script each, so a request
// costs two round trips in all, and two replicas can never both take the
// last of a limit or a budget. In one process (SeparateAdmission) the same
// arithmetic runs on the per-process stores, a limit reservation undone
// when the budget then refuses, so both behave alike through this
// interface.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "switchyard/limits/budget_store.hpp"
#include "switchyard/limits/limit_store.hpp"

namespace switchyard::limits {

// What a request asks to take.
struct Ask {
  Limits limits;            // none set: no limit checked
  std::int64_t tokens = 0;  // reserved against TPM
  Budgets budgets;          // none set: no budget checked
  double usd = 0;           // the estimate reserved against the budgets
  std::int64_t now_ms = 0;  // Unix ms: which day and month the cost counts in
  bool limits_when_over_budget = false;
  bool any() const { return limits.any() || budgets.any(); }
};

// What admit() decided. Refused by a limit: nothing taken. Refused by a
// budget: nothing taken, unless `held` (limits_when_over_budget: the
// limits were). `held`: something must be settled (a Hold), and the budget
// reservation is part of it unless `budget` is set.
struct Verdict {
  std::optional<Refusal> limit;
  std::optional<BudgetRefusal> budget;
  bool held = false;
};

class Admission {
 public:
  virtual ~Admission() = default;
  virtual Verdict admit(std::string_view subject, const Ask& ask) = 0;
  // Exactly once per held verdict; `budget_held`: the verdict held a
  // budget reservation (no `budget` refusal).
  virtual void settle(std::string_view subject, const Ask& ask, bool budget_held,
                      std::int64_t used_tokens, double used_usd) = 0;
};

// The per-process stores (or any two): the limits' reserve, then the
// budget's; a budget refusal gives the limits back (LimitStore::cancel).
// Also the "separate round trips" path that the Redis benchmark compares.
class SeparateAdmission final : public Admission {
 public:
  SeparateAdmission(LimitStore& limits, BudgetStore& budgets)
      : limits_(limits), budgets_(budgets) {}
  Verdict admit(std::string_view subject, const Ask& ask) override;
  void settle(std::string_view subject, const Ask& ask, bool budget_held, std::int64_t used_tokens,
              double used_usd) override;

 private:
  LimitStore& limits_;
  BudgetStore& budgets_;
};

// One script when both stores are the Redis ones (RedisAdmission), else
// SeparateAdmission. Both stores must outlive it.
std::unique_ptr<Admission> make_admission(LimitStore& limits, BudgetStore& budgets);

// A request's hold from a held verdict to its settle: settled once, by
// settle() with what it used, by cancel(), or else by the destructor (as
// if it used all it reserved: an outcome unknown is charged the estimate,
// and a slot is never leaked, whatever ends the request).
class Hold {
 public:
  Hold(Admission& admission, std::string subject, const Ask& ask, bool budget_held)
      : admission_(&admission),
        subject_(std::move(subject)),
        ask_(ask),
        budget_held_(budget_held) {}
  ~Hold() { settle(ask_.tokens, ask_.usd); }
  Hold(const Hold&) = delete;
  Hold& operator=(const Hold&) = delete;

  const Ask& ask() const { return ask_; }
  bool budget_held() const { return budget_held_; }
  void settle(std::int64_t used_tokens, double used_usd) {
    if (!admission_) return;
    Admission* a = admission_;
    admission_ = nullptr;
    a->settle(subject_, ask_, budget_held_, used_tokens, used_usd);
  }
  void cancel() { settle(0, 0); }
  bool settled() const { return admission_ == nullptr; }

 private:
  Admission* admission_;
  std::string subject_;
  Ask ask_;
  bool budget_held_;
};

}  // namespace switchyard::limits
