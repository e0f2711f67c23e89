// The parameters of an admin query string ("since=24h&buckets=60"), in
// order, %XX and '+' undone. The admin paths take a few short words each;
// every one reads its own and answers 400 naming one it does not know.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace switchyard::admin {

using QueryParams = std::vector<std::pair<std::string, std::string>>;

// `query` is the target's part after '?' ("" when it has none). Empty items
// ("a=1&&b=2") are skipped; a name without '=' has the value "".
QueryParams parse_query(std::string_view query);

// The part of `target` after its first '?' ("" when there is none).
std::string_view query_of(std::string_view target);

}  // namespace switchyard::admin
