// switchyard-make-model: writes a random-weight Llama GGUF for tests and
// benchmarks. See src/switchyard/local/random_model.hpp.
//
//   switchyard-make-model --out tiny.gguf [--layers 2] [--embd 64] [--heads 4]
//       [--heads-kv 2] [--ff 128] [--ctx 2048] [--rope-base 500000]
//       [--type f32|f16|q8_0|q4_0] [--seed 42] [--untied] [--vocab FILE]
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "switchyard/local/random_model.hpp"

#ifndef SWITCHYARD_DEFAULT_VOCAB
#define SWITCHYARD_DEFAULT_VOCAB ""
#endif

namespace {

int usage(const char* why) {
  std::fprintf(stderr,
               "switchyard-make-model: %s\n"
               "usage: switchyard-make-model --out FILE [--layers N] [--embd N] [--heads N]\n"
               "       [--heads-kv N] [--ff N] [--ctx N] [--rope-base F]\n"
               "       [--type f32|f16|q8_0|q4_0] [--seed N] [--untied] [--vocab FILE]\n",
               why);
  return 2;
}

bool parse_int(const char* s, int* out) {
  char* end = nullptr;
  long v = std::strtol(s, &end, 10);
  if (end == s || *end != '\0' || v < 0 || v > (1L << 30)) return false;
  *out = static_cast<int>(v);
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  using switchyard::local::RandomModelSpec;
  RandomModelSpec spec;
  std::string vocab = SWITCHYARD_DEFAULT_VOCAB;
  std::string out;
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg == "--untied") {
      spec.tie_embeddings = false;
      continue;
    }
    if (i + 1 >= argc) return usage("missing value after an option");
    const char* v = argv[++i];
    bool ok = true;
    if (arg == "--out")
      out = v;
    else if (arg == "--vocab")
      vocab = v;
    else if (arg == "--layers")
      ok = parse_int(v, &spec.n_layer);
    else if (arg == "--embd")
      ok = parse_int(v, &spec.n_embd);
    else if (arg == "--heads")
      ok = parse_int(v, &spec.n_head);
    else if (arg == "--heads-kv")
      ok = parse_int(v, &spec.n_head_kv);
    else if (arg == "--ff")
      ok = parse_int(v, &spec.n_ff);
    else if (arg == "--ctx")
      ok = parse_int(v, &spec.context_length);
    else if (arg == "--rope-base")
      spec.rope_freq_base = std::strtof(v, nullptr);
    else if (arg == "--seed")
      spec.seed = std::strtoull(v, nullptr, 10);
    else if (arg == "--type")
      ok = switchyard::local::weight_type_from_string(v, &spec.weight_type);
    else
      return usage(("unknown option " + std::string(arg)).c_str());
    if (!ok) return usage(("bad value for " + std::string(arg)).c_str());
  }
  if (out.empty()) return usage("--out is required");
  if (vocab.empty()) return usage("--vocab is required (no default vocabulary was built in)");

  auto info = switchyard::local::write_random_model(spec, vocab, out);
  if (!info) {
    std::fprintf(stderr, "switchyard-make-model: %s\n", info.error().message.c_str());
    return 1;
  }
  std::printf("%s: %llu parameters, %llu bytes, vocabulary %d tokens (%s)\n", out.c_str(),
              static_cast<unsigned long long>(info->n_params),
              static_cast<unsigned long long>(info->file_bytes), info->n_vocab, vocab.c_str());
  return 0;
}
