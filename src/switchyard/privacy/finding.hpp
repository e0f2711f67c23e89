// One piece of personal or secret data found in a text.
#pragma once

#include <cstddef>
#include <string_view>

#include "switchyard/privacy/entity_type.hpp"

namespace switchyard::privacy {

struct Finding {
  EntityType type = EntityType::email_address;
  std::size_t start = 0;  // byte offset into the scanned text
  std::size_t end = 0;    // byte offset one past the last byte
  double score = 0;       // confidence in [0, 1], after context words
  // What made the finding, e.g. "credit_card_luhn", "aws_access_key_id".
  // Always a string literal, so a Finding is cheap to copy and never dangles.
  std::string_view detector;

  std::size_t length() const { return end - start; }
  std::string_view text_in(std::string_view scanned) const {
    return scanned.substr(start, end - start);
  }
};

}  // namespace switchyard::privacy
