// A journal frame's payload: one RequestRecord's fields in kRecordFields
// order, native byte order (the journal never leaves the machine): integers
// and status as i64, booleans as u32, cost as f64, strings as a u32 length
// and the bytes, entity counts as a u32 count of (string, i64) pairs. One
// field visitor drives the counting, writing and reading, so the three
// cannot drift apart. The decoder is bounds-checked: crash recovery decodes
// bytes a dying process left behind.
#pragma once

#include <cstddef>

#include "switchyard/ledger/record.hpp"

namespace switchyard::ledger {

std::size_t encoded_size(const RequestRecord& r);
void encode_record(const RequestRecord& r, unsigned char* out);  // encoded_size(r) bytes
// False when `size` bytes are not exactly one record.
bool decode_record(const unsigned char* in, std::size_t size, RequestRecord& out);

}  // namespace switchyard::ledger
