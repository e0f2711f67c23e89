// Short blocking calls made for many requests — the Redis round trips of
// the limit, budget and session stores — on a fixed set of threads, so
// the io thread serves other requests while one waits for its answer (a
// Redis that hangs holds a pool thread for at most the client's timeout,
// never an io thread). blocking_work.hpp is the same for rare, long jobs
// (a thread each, drained before the io threads stop).
//
// run() queues `work`; the caller's coroutine resumes on its own executor
// once `work` has returned and its captures are destroyed (an exception it
// threw is rethrown there). The pool is owned by what its callers keep
// alive (the pipeline, held by every request it serves), so no job
// outlives its caller; the destructor runs the jobs still queued, then
// joins.
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

#include "switchyard/http/asio.hpp"

namespace switchyard::gateway {

class WorkPool {
 public:
  explicit WorkPool(unsigned threads);
  WorkPool(const WorkPool&) = delete;
  WorkPool& operator=(const WorkPool&) = delete;
  ~WorkPool();

  // As BlockingWork::run: call it as a statement of its own and co_await
  // the named result (g++ 12 and the temporaries of a co_await expression).
  http::Task<void> run(std::function<void()> work);

  unsigned threads() const { return static_cast<unsigned>(threads_.size()); }

 private:
  void loop();

  std::mutex mu_;
  std::condition_variable ready_;
  std::deque<std::function<void()>> queue_;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace switchyard::gateway
