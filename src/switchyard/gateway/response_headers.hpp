// The headers the gateway adds to its answers: x-request-id on every one,
// and where the request went (x-switchyard-deployment, -side, -route-reason,
// -data-class, -redacted, -cascade, -route-explain) once it got that far.
#pragma once

#include <string>
#include <string_view>

#include "switchyard/gateway/exchange.hpp"
#include "switchyard/http/server.hpp"

namespace switchyard::gateway {

// Header values built from config names and error text: printable ASCII
// only, at most `max` bytes.
std::string header_safe(std::string_view s, std::size_t max = 200);

// Built here, outside coroutine bodies: g++ 12 miscompiles braced
// initializer lists inside coroutines ("array used as initializer").
http::Headers id_headers(const std::string& request_id);

// Header values are kept short enough for every client's header limits
// (Node's: 16 KiB for the whole head).
inline constexpr std::size_t kMaxReasonBytes = 600;
inline constexpr std::size_t kMaxExplanationBytes = 6000;

// x-request-id and what `where` says: the deployment tried, its side, the
// route reason (the routing rule and the facts it matched on, each
// candidate's reason, why earlier ones were skipped), the data class with
// whether the text went out redacted (when classification got that far),
// and the routing explanation when the client asked (x-switchyard-explain).
http::Headers route_headers(const std::string& request_id, const Attempted& where);

}  // namespace switchyard::gateway
