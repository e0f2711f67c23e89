// A request's hold on its limits, from a successful reserve to its settle:
// settled exactly once, by settle() with the tokens it used, or else by the
// destructor (as if it used what it reserved), so a slot is never leaked,
// whatever ends the request (an error, a client gone, a coroutine torn down
// at shutdown).
#pragma once

#include <cstdint>
#include <string>

#include "switchyard/limits/limit_store.hpp"

namespace switchyard::limits {

class Reservation {
 public:
  Reservation(LimitStore& store, std::string subject, const Limits& limits, std::int64_t tokens)
      : store_(&store), subject_(std::move(subject)), limits_(limits), tokens_(tokens) {}
  ~Reservation() { settle(tokens_); }
  Reservation(const Reservation&) = delete;
  Reservation& operator=(const Reservation&) = delete;

  std::int64_t tokens() const { return tokens_; }
  // Ends the reservation; later calls do nothing.
  void settle(std::int64_t used_tokens) {
    if (!store_) return;
    LimitStore* store = store_;
    store_ = nullptr;
    store->settle(subject_, limits_, tokens_, used_tokens, Clock::now());
  }

 private:
  LimitStore* store_;
  std::string subject_;
  Limits limits_;
  std::int64_t tokens_;
};

}  // namespace switchyard::limits
