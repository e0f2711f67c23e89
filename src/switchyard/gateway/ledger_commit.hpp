// Awaiting a ledger commit from a request coroutine, when the ledger has no
// journal (ledger.sync: full or ledger.journal: false; with a journal,
// Gateway::record appends synchronously and never suspends). Records are gathered per
// event-loop turn: the first request of a turn that finishes opens a batch and
// posts its flush behind the handlers already queued, and every request that
// finishes in the same turn joins it, so a busy io thread writes one
// transaction per turn instead of one per request. The coroutine resumes on
// its own executor once the commit that holds its record is durable (or has
// failed).
#pragma once

#include "switchyard/http/asio.hpp"

#include <boost/asio/async_result.hpp>
#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

#include "switchyard/ledger/ledger_writer.hpp"

namespace switchyard::gateway {

namespace detail {

struct TurnBatch {
  explicit TurnBatch(ledger::LedgerWriter& w) : writer(&w) {}
  ledger::LedgerWriter* writer;
  std::mutex mu;        // taken uncontended: joins and the flush run on one thread
  bool closed = false;  // flushed: a later record opens a new batch
  std::vector<ledger::LedgerWriter::Entry> entries;
};

// Adds the entry to this thread's open batch for `writer`, or opens one and
// posts its flush to `ex`.
template <typename Executor>
void join_turn_batch(ledger::LedgerWriter& writer, ledger::LedgerWriter::Entry entry,
                     const Executor& ex) {
  thread_local std::shared_ptr<TurnBatch> open;
  if (open && open->writer == &writer) {
    std::lock_guard lock(open->mu);
    if (!open->closed) {
      open->entries.push_back(std::move(entry));
      return;
    }
  }
  auto batch = std::make_shared<TurnBatch>(writer);
  batch->entries.push_back(std::move(entry));
  open = batch;
  http::net::post(ex, [batch] {
    std::vector<ledger::LedgerWriter::Entry> entries;
    {
      std::lock_guard lock(batch->mu);
      batch->closed = true;
      entries.swap(batch->entries);
    }
    batch->writer->append(std::move(entries));
  });
}

}  // namespace detail

template <typename Token>
auto async_commit(ledger::LedgerWriter& writer, ledger::RequestRecord record, Token&& token) {
  return http::net::async_initiate<Token, void(std::optional<core::Error>)>(
      [&writer](auto handler, ledger::RequestRecord r) {
        auto ex = http::net::get_associated_executor(handler);
        // LedgerWriter::Done is a std::function, which must be copyable.
        auto shared = std::make_shared<decltype(handler)>(std::move(handler));
        ledger::LedgerWriter::Entry entry{
            std::move(r), [shared, ex](const std::optional<core::Error>& e) {
              // Committed inline by this turn's flush: resume at once, on this
              // thread; committed by the writer thread: hand back to `ex`.
              http::net::dispatch(ex, [shared, e]() mutable { (*shared)(e); });
            }};
        detail::join_turn_batch(writer, std::move(entry), ex);
      },
      token, std::move(record));
}

}  // namespace switchyard::gateway
