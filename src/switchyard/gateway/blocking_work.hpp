#pragma once
// Work that must not run on an io thread — reading a month of ledger
// records, building a runtime that loads a model — run on a thread of its
// own while the request's coroutine waits without blocking its io thread.
//
// Every job is accounted for: drain() waits for the jobs started so far
// and makes later ones run inline, so a job never outlives the io thread
// it resumes (its completion is posted there) nor the gateway whose
// members it reads. Callers drain before the server stops its io threads.
#include <condition_variable>
#include <functional>
#include <mutex>

#include "switchyard/http/asio.hpp"

namespace switchyard::gateway {

class BlockingWork {
 public:
  BlockingWork() = default;
  BlockingWork(const BlockingWork&) = delete;
  BlockingWork& operator=(const BlockingWork&) = delete;
  ~BlockingWork() { drain(); }

  // Runs `work` on a new thread; the caller resumes on its own executor
  // once `work` has returned and its captures are destroyed. After drain(),
  // runs it inline. Call it as a statement of its own and co_await the
  // named result: g++ 12 keeps the temporaries of a co_await expression
  // (the argument's captures among them) alive across the suspension, and
  // may destroy them twice.
  http::Task<void> run(std::function<void()> work);

  // Waits until no job is running; the jobs started after run inline.
  void drain();

  // Jobs running now.
  int running() const;

 private:
  mutable std::mutex mu_;
  std::condition_variable idle_;
  int running_ = 0;
  bool drained_ = false;
};

}  // namespace switchyard::gateway
