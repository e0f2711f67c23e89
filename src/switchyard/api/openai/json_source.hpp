// The exact text of values in a request body, as the client sent it.
//
// simdjson's DOM keeps values, not their text: writing a carried-through
// value back out of the DOM re-formats its numbers (2.50 becomes 2.5), and
// integers wider than 64 bits cannot be held at all. So the decoders copy the
// values they carry through (unmodelled fields, JSON schemas, content parts
// they do not read) straight out of the body instead.
//
// A SourceNode stands for one value of the document: the root, or member
// (object) / element (array) number i of another node. simdjson's DOM
// iterates members in the order of the text, duplicates included, so "the
// i-th member" is the same value in both. Spans are found lazily, on the first
// text() or child_text() of a node, so a request whose fields are all modelled
// never scans its body a second time. simdjson has validated the body by the
// time a span is asked for, so the scan only skips whitespace, strings and
// nested containers; it never reads past the body, whatever the input.
//
// Why not simdjson On-Demand's raw_json() / raw_json_token(), which give the
// same spans: the decoders read the DOM (whose parse copies the body into a
// buffer of its own, out of reach), and On-Demand cannot join it half-way.
// It needs its own padded copy of the body (SIMDJSON_PADDING readable bytes
// past the end, which a received body does not promise), indexes the whole
// buffer before the first value can be read, is forward-only (so every
// container asked for is a new iteration from its opening bracket), and its
// kernel is chosen at compile time, which in this build (no -mavx2) is
// simdjson's scalar fallback, while the DOM dispatches to AVX2 at run time.
// Measured with this class implemented that way (a thread-local padded
// copy, one On-Demand iteration per container): BM_DecodeChatRequest-
// CarryThrough 5.1 -> 7.6 us CPU. A decoder written on On-Demand from the
// start would get the spans for free and need neither this class nor the
// wide-integer parse (json_input.hpp); one on the DOM needs both.
#pragma once

#include <cstddef>
#include <string_view>

namespace switchyard::api::openai::json {

class SourceNode {
 public:
  // The document: `body` is the request body as received (and must stay
  // alive as long as this node and its children are used).
  explicit SourceNode(std::string_view body)
      : begin_(body.data()), end_(body.data() + body.size()) {}
  // Member or element number `index` of `parent` (which must outlive it).
  SourceNode(const SourceNode& parent, std::size_t index) : parent_(&parent), index_(index) {}
  SourceNode(const SourceNode&) = delete;
  SourceNode& operator=(const SourceNode&) = delete;

  // The value's text, without surrounding whitespace; empty if the body does
  // not have the value (not a body simdjson accepted).
  std::string_view text() const;
  // The text of member (object) or element (array) number `index` of this
  // value. Asking for increasing indexes scans the container once.
  std::string_view child_text(std::size_t index) const;

 private:
  bool locate() const;

  const SourceNode* parent_ = nullptr;
  std::size_t index_ = 0;
  // The value's text, found on first use (the root: the whole body until then).
  mutable const char* begin_ = nullptr;
  mutable const char* end_ = nullptr;
  mutable bool located_ = false;
  // Where the scan for the next child starts: just past the '{', '[' or ','
  // before member number `next_index_`.
  mutable const char* next_ = nullptr;
  mutable std::size_t next_index_ = 0;
};

}  // namespace switchyard::api::openai::json
