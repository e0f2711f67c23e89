// Awaiting a ledger commit from a request coroutine: the record goes to the
// LedgerWriter's thread and the coroutine resumes on its own executor once the
// group commit that holds it is durable (or has failed).
#pragma once

#include "switchyard/http/asio.hpp"

#include <boost/asio/async_result.hpp>
#include <boost/asio/post.hpp>
#include <memory>
#include <optional>

#include "switchyard/ledger/ledger_writer.hpp"

namespace switchyard::gateway {

template <typename Token>
auto async_commit(ledger::LedgerWriter& writer, ledger::RequestRecord record, Token&& token) {
  return http::net::async_initiate<Token, void(std::optional<core::Error>)>(
      [&writer](auto handler, ledger::RequestRecord r) {
        auto ex = http::net::get_associated_executor(handler);
        // LedgerWriter::Done is a std::function, which must be copyable.
        auto shared = std::make_shared<decltype(handler)>(std::move(handler));
        writer.append(std::move(r), [shared, ex](const std::optional<core::Error>& e) {
          http::net::post(ex, [shared, e]() mutable { (*shared)(e); });
        });
      },
      token, std::move(record));
}

}  // namespace switchyard::gateway
