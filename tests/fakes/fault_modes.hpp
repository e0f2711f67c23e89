// The fake upstream's fault modes: an upstream that stalls, trickles, floods,
// breaks its framing or its connection, chosen like every behaviour of the
// fake by the request's model name (see fake_openai_upstream.hpp for the list).
//
// Each mode is one entry of a table in fault_modes.cpp ({name, prefix?, the
// coroutine that answers}); a new mode is one function and one row.
#pragma once

#include <atomic>

#include "switchyard/core/chat.hpp"
#include "switchyard/http/server.hpp"

namespace switchyard::testing {

// Answers `req` if its model names a fault mode; false when it names none
// (the caller answers normally). `stopping` is set when the fake shuts down:
// a mode that holds a connection open lets it go then.
http::Task<bool> serve_fault(const core::ChatRequest& req, const std::atomic<bool>& stopping,
                             http::ResponseWriter& out);

}  // namespace switchyard::testing
