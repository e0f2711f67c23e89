// The one place that includes Boost.Asio/Beast for the project, with the
// work-arounds Boost 1.74 needs under C++20 coroutines (see DESIGN.md):
// <utility> before any Asio header, and redirect_error instead of as_tuple.
#pragma once

#include <cstddef>
#include <utility>  // must precede Boost.Asio 1.74 (awaitable.hpp misses it)

#include <boost/asio/awaitable.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

namespace switchyard::http {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = boost::asio::ip::tcp;

template <typename T = void>
using Task = net::awaitable<T>;

// Room reserved in every connection's read buffer, server and client side:
// Beast reads at most the buffer's free capacity (at least 512 bytes) per
// call, so this is how much one read system call can take in.
inline constexpr std::size_t kReadBufferBytes = 16 * 1024;

// `co_await op(..., use_ec(ec))`: completion with an error code instead of a throw.
inline auto use_ec(boost::system::error_code& ec) {
  return net::redirect_error(net::use_awaitable, ec);
}

}  // namespace switchyard::http
