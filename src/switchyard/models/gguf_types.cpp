#include "switchyard/models/gguf_types.hpp"

#include <array>

namespace switchyard::models {
namespace {

// Indexed by ggml_type; block_size 0 marks numbers removed from the format.
constexpr std::array<TensorTypeTraits, 43> kTensorTypes = {{
    {"F32", 1, 4},         // 0
    {"F16", 1, 2},         // 1
    {"Q4_0", 32, 18},      // 2
    {"Q4_1", 32, 20},      // 3
    {"Q4_2", 0, 0},        // 4, removed
    {"Q4_3", 0, 0},        // 5, removed
    {"Q5_0", 32, 22},      // 6
    {"Q5_1", 32, 24},      // 7
    {"Q8_0", 32, 34},      // 8
    {"Q8_1", 32, 36},      // 9
    {"Q2_K", 256, 84},     // 10
    {"Q3_K", 256, 110},    // 11
    {"Q4_K", 256, 144},    // 12
    {"Q5_K", 256, 176},    // 13
    {"Q6_K", 256, 210},    // 14
    {"Q8_K", 256, 292},    // 15
    {"IQ2_XXS", 256, 66},  // 16
    {"IQ2_XS", 256, 74},   // 17
    {"IQ3_XXS", 256, 98},  // 18
    {"IQ1_S", 256, 50},    // 19
    {"IQ4_NL", 32, 18},    // 20
    {"IQ3_S", 256, 110},   // 21
    {"IQ2_S", 256, 82},    // 22
    {"IQ4_XS", 256, 136},  // 23
    {"I8", 1, 1},          // 24
    {"I16", 1, 2},         // 25
    {"I32", 1, 4},         // 26
    {"I64", 1, 8},         // 27
    {"F64", 1, 8},         // 28
    {"IQ1_M", 256, 56},    // 29
    {"BF16", 1, 2},        // 30
    {"Q4_0_4_4", 0, 0},    // 31, removed
    {"Q4_0_4_8", 0, 0},    // 32, removed
    {"Q4_0_8_8", 0, 0},    // 33, removed
    {"TQ1_0", 256, 54},    // 34
    {"TQ2_0", 256, 66},    // 35
    {"IQ4_NL_4_4", 0, 0},  // 36, removed
    {"IQ4_NL_4_8", 0, 0},  // 37, removed
    {"IQ4_NL_8_8", 0, 0},  // 38, removed
    {"MXFP4", 32, 17},     // 39
    {"NVFP4", 64, 36},     // 40
    {"Q1_0", 128, 18},     // 41
    {"Q2_0", 64, 18},      // 42
}};

// Indexed by llama_ftype; nullptr for numbers that were removed.
constexpr std::array<const char*, 42> kFileTypes = {{
    "F32",        // 0 ALL_F32
    "F16",        // 1
    "Q4_0",       // 2
    "Q4_1",       // 3
    nullptr,      // 4 Q4_1_SOME_F16, removed
    nullptr,      // 5 Q4_2, removed
    nullptr,      // 6 Q4_3, removed
    "Q8_0",       // 7
    "Q5_0",       // 8
    "Q5_1",       // 9
    "Q2_K",       // 10
    "Q3_K_S",     // 11
    "Q3_K_M",     // 12
    "Q3_K_L",     // 13
    "Q4_K_S",     // 14
    "Q4_K_M",     // 15
    "Q5_K_S",     // 16
    "Q5_K_M",     // 17
    "Q6_K",       // 18
    "IQ2_XXS",    // 19
    "IQ2_XS",     // 20
    "Q2_K_S",     // 21
    "IQ3_XS",     // 22
    "IQ3_XXS",    // 23
    "IQ1_S",      // 24
    "IQ4_NL",     // 25
    "IQ3_S",      // 26
    "IQ3_M",      // 27
    "IQ2_S",      // 28
    "IQ2_M",      // 29
    "IQ4_XS",     // 30
    "IQ1_M",      // 31
    "BF16",       // 32
    nullptr,      // 33 Q4_0_4_4, removed
    nullptr,      // 34 Q4_0_4_8, removed
    nullptr,      // 35 Q4_0_8_8, removed
    "TQ1_0",      // 36
    "TQ2_0",      // 37
    "MXFP4_MOE",  // 38
    "NVFP4",      // 39
    "Q1_0",       // 40
    "Q2_0",       // 41
}};

constexpr std::uint32_t kFileTypeGuessed = 1024;

}  // namespace

std::optional<TensorTypeTraits> tensor_type_traits(std::uint32_t type) {
  if (type >= kTensorTypes.size() || kTensorTypes[type].block_size == 0) return std::nullopt;
  return kTensorTypes[type];
}

std::string tensor_type_name(std::uint32_t type) {
  if (auto t = tensor_type_traits(type)) return t->name;
  return "type " + std::to_string(type);
}

std::optional<std::string> file_type_name(std::uint32_t file_type) {
  file_type &= ~kFileTypeGuessed;
  if (file_type >= kFileTypes.size() || kFileTypes[file_type] == nullptr) return std::nullopt;
  return kFileTypes[file_type];
}

}  // namespace switchyard::models
