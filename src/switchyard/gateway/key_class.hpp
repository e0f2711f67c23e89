// What a virtual key adds to a request's data class (called by the classify
// stage once the findings are in):
//
//   the key's default class raises the request's: the class is the highest
//   of the header, the key's default, the route's default and the findings
//   (an HR key makes every request at least `confidential`);
//
//   the key's max_cloud_class caps what goes to the cloud: a request classed
//   above it may use no cloud deployment, whatever the class's own rule
//   allows. It narrows the Exchange's rule, which the route stage's privacy
//   filter and the execute stage's re-check both obey: fail closed, on every
//   candidate, retry and fallback.
//
// A key naming a class the privacy policy does not have (the policy changed
// since the key was made) refuses the request (403): fail closed.
#pragma once

#include <optional>

#include "switchyard/core/error.hpp"
#include "switchyard/gateway/exchange.hpp"
#include "switchyard/privacy/data_class.hpp"

namespace switchyard::gateway {

// Raises ex.seen.classification to the key's default class.
std::optional<core::Error> raise_to_key_default(Exchange& ex, const privacy::PrivacyPolicy& policy);
// Takes the cloud out of ex.rule when the class is above the key's
// max_cloud_class. Call after ex.rule is set from the class.
std::optional<core::Error> apply_key_cloud_ceiling(Exchange& ex,
                                                   const privacy::PrivacyPolicy& policy);

}  // namespace switchyard::gateway
