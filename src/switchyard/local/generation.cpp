#include "switchyard/local/generation.hpp"

namespace switchyard::local {

const char* to_string(FinishReason r) {
  switch (r) {
    case FinishReason::stop:
      return "stop";
    case FinishReason::length:
      return "length";
    case FinishReason::cancelled:
      return "cancelled";
  }
  return "stop";
}

core::FinishReason to_core(FinishReason r) {
  core::FinishReason out;
  switch (r) {
    case FinishReason::stop:
      out.kind = core::FinishKind::stop;
      break;
    case FinishReason::length:
      out.kind = core::FinishKind::length;
      break;
    case FinishReason::cancelled:
      out.kind = core::FinishKind::other;
      out.raw = to_string(r);
      break;
  }
  return out;
}

}  // namespace switchyard::local
