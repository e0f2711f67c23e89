#include "switchyard/core/dialect.hpp"

namespace switchyard::core {

const char* to_string(Dialect d) {
  switch (d) {
    case Dialect::openai:
      return "openai";
    case Dialect::anthropic:
      return "anthropic";
    case Dialect::gemini:
      return "gemini";
  }
  return "openai";
}

}  // namespace switchyard::core
