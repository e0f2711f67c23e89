// BlockingWork: a job runs off the io thread, the coroutine resumes on its
// own io thread after the job has ended (its captures destroyed), the io
// thread serves other work meanwhile, drain() waits for running jobs, and
// after it jobs run inline. The job is named, and so is the awaitable:
// g++ 12 keeps (and may destroy twice) the temporaries of a co_await
// expression until the coroutine resumes.
#include "switchyard/gateway/blocking_work.hpp"
#include "switchyard/gateway/work_pool.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <functional>
#include <future>
#include <memory>
#include <stdexcept>
#include <string>
#include <thread>

namespace switchyard::gateway {
namespace {

namespace net = http::net;

// Runs `coro` on an io_context of one thread; returns when it has finished.
template <class Coro>
void run_on_io_thread(net::io_context& ioc, Coro coro) {
  std::exception_ptr failure;
  net::co_spawn(ioc, std::move(coro), [&](std::exception_ptr e) { failure = e; });
  ioc.run();
  ioc.restart();
  if (failure) std::rethrow_exception(failure);
}

// Runs a job through `runner` (BlockingWork or WorkPool) from a coroutine on
// a one-thread io_context: the job runs on another thread, the coroutine
// resumes on the io thread, and by then the job and what it captured are
// gone.
template <class Runner>
void expect_runs_off_the_io_thread_and_resumes_on_it(Runner& runner) {
  net::io_context ioc;
  std::thread::id io_thread, job_thread, resumed_on;
  std::weak_ptr<int> capture;
  bool capture_alive_at_resume = true;
  run_on_io_thread(ioc, [&]() -> http::Task<void> {
    io_thread = std::this_thread::get_id();
    auto owned = std::make_shared<int>(7);
    capture = owned;
    std::function<void()> job = [&job_thread, owned = std::move(owned)] {
      job_thread = std::this_thread::get_id();
      EXPECT_EQ(*owned, 7);
    };
    http::Task<void> done = runner.run(std::move(job));
    co_await std::move(done);
    resumed_on = std::this_thread::get_id();
    capture_alive_at_resume = !capture.expired();
  });
  EXPECT_NE(job_thread, std::thread::id());
  EXPECT_NE(job_thread, io_thread);
  EXPECT_EQ(resumed_on, io_thread);
  EXPECT_FALSE(capture_alive_at_resume);
}

TEST(BlockingWorkTest, RunsOffTheIoThreadAndResumesOnItAfterTheJobEnded) {
  BlockingWork work;
  expect_runs_off_the_io_thread_and_resumes_on_it(work);
  // The thread counts itself out just after posting the resumption: drain.
  work.drain();
  EXPECT_EQ(work.running(), 0);
}

TEST(BlockingWorkTest, TheIoThreadServesOtherWorkWhileAJobRuns) {
  BlockingWork work;
  net::io_context ioc;
  std::promise<void> other_ran;
  auto other_ran_future = other_ran.get_future();
  bool job_saw_other = false;
  run_on_io_thread(ioc, [&]() -> http::Task<void> {
    // Queued on this io thread behind the coroutine; it can only run while
    // the coroutine is suspended on the job.
    net::post(ioc, [&] { other_ran.set_value(); });
    std::function<void()> job = [&] {
      job_saw_other =
          other_ran_future.wait_for(std::chrono::seconds(60)) == std::future_status::ready;
    };
    http::Task<void> done = work.run(std::move(job));
    co_await std::move(done);
  });
  EXPECT_TRUE(job_saw_other);
}

TEST(BlockingWorkTest, DrainWaitsForARunningJobThenLaterJobsRunInline) {
  BlockingWork work;
  net::io_context ioc;
  std::promise<void> started, release;
  auto started_future = started.get_future();
  auto release_future = release.get_future().share();
  std::atomic<bool> job_done{false};
  std::thread io([&] {
    run_on_io_thread(ioc, [&]() -> http::Task<void> {
      std::function<void()> job = [&] {
        started.set_value();
        release_future.wait();
        job_done = true;
      };
      http::Task<void> done = work.run(std::move(job));
      co_await std::move(done);
    });
  });
  started_future.wait();
  EXPECT_EQ(work.running(), 1);
  std::atomic<bool> drained{false};
  std::thread drainer([&] {
    work.drain();
    drained = true;
    EXPECT_TRUE(job_done.load());  // drain returned only after the job
  });
  release.set_value();
  drainer.join();
  io.join();
  EXPECT_TRUE(drained.load());

  // Drained: a new job runs on the io thread itself.
  std::thread::id io_thread, job_thread;
  run_on_io_thread(ioc, [&]() -> http::Task<void> {
    io_thread = std::this_thread::get_id();
    std::function<void()> job = [&] { job_thread = std::this_thread::get_id(); };
    http::Task<void> done = work.run(std::move(job));
    co_await std::move(done);
  });
  EXPECT_EQ(job_thread, io_thread);
  EXPECT_EQ(work.running(), 0);
}

TEST(BlockingWorkTest, ManyJobsAtOnceAllEnd) {
  BlockingWork work;
  net::io_context ioc;
  std::atomic<int> ran{0};
  int resumed = 0;
  for (int i = 0; i < 32; ++i)
    net::co_spawn(
        ioc,
        [&]() -> http::Task<void> {
          std::function<void()> job = [&] { ran.fetch_add(1); };
          http::Task<void> done = work.run(std::move(job));
          co_await std::move(done);
          ++resumed;  // on the io thread: no race
        },
        net::detached);
  ioc.run();
  EXPECT_EQ(ran.load(), 32);
  EXPECT_EQ(resumed, 32);
  work.drain();
  EXPECT_EQ(work.running(), 0);
}

// WorkPool: the same resumption on the caller's io thread after the job
// ended, on one of a fixed set of threads; an exception the job throws
// comes back to the caller; the io thread serves other work meanwhile.
TEST(WorkPoolTest, RunsOnAPoolThreadAndResumesOnTheIoThreadAfterTheJobEnded) {
  WorkPool pool(2);
  EXPECT_EQ(pool.threads(), 2u);
  expect_runs_off_the_io_thread_and_resumes_on_it(pool);
}

TEST(WorkPoolTest, AJobsExceptionIsRethrownToTheCaller) {
  WorkPool pool(1);
  net::io_context ioc;
  std::string caught;
  run_on_io_thread(ioc, [&]() -> http::Task<void> {
    std::function<void()> job = [] { throw std::runtime_error("redis said no"); };
    http::Task<void> done = pool.run(std::move(job));
    try {
      co_await std::move(done);
    } catch (const std::runtime_error& e) {
      caught = e.what();
    }
  });
  EXPECT_EQ(caught, "redis said no");
}

TEST(WorkPoolTest, TheIoThreadServesOtherWorkWhileAJobBlocks) {
  WorkPool pool(1);
  net::io_context ioc;
  std::promise<void> other_ran;
  auto other_ran_future = other_ran.get_future();
  bool job_saw_other = false;
  int resumed = 0;
  run_on_io_thread(ioc, [&]() -> http::Task<void> {
    net::post(ioc, [&] { other_ran.set_value(); });
    std::function<void()> job = [&] {
      job_saw_other =
          other_ran_future.wait_for(std::chrono::seconds(60)) == std::future_status::ready;
    };
    http::Task<void> done = pool.run(std::move(job));
    co_await std::move(done);
    // Jobs queue behind each other on the one thread, each resumed once.
    for (int i = 0; i < 3; ++i) {
      std::function<void()> next = [] {};
      http::Task<void> d = pool.run(std::move(next));
      co_await std::move(d);
      ++resumed;
    }
  });
  EXPECT_TRUE(job_saw_other);
  EXPECT_EQ(resumed, 3);
}

}  // namespace
}  // namespace switchyard::gateway
