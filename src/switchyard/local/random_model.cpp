#include "switchyard/local/random_model.hpp"

#include <ggml.h>
#include <gguf.h>
#include <llama.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <optional>
#include <vector>

namespace switchyard::local {
namespace {

using core::Error;

struct GgufDeleter {
  void operator()(gguf_context* c) const { gguf_free(c); }
};
struct GgmlDeleter {
  void operator()(ggml_context* c) const { ggml_free(c); }
};
struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};
using GgufPtr = std::unique_ptr<gguf_context, GgufDeleter>;

ggml_type ggml_type_of(WeightType t) {
  switch (t) {
    case WeightType::f32:
      return GGML_TYPE_F32;
    case WeightType::f16:
      return GGML_TYPE_F16;
    case WeightType::q8_0:
      return GGML_TYPE_Q8_0;
    case WeightType::q4_0:
      return GGML_TYPE_Q4_0;
  }
  return GGML_TYPE_F32;
}

llama_ftype file_type_of(WeightType t) {
  switch (t) {
    case WeightType::f32:
      return LLAMA_FTYPE_ALL_F32;
    case WeightType::f16:
      return LLAMA_FTYPE_MOSTLY_F16;
    case WeightType::q8_0:
      return LLAMA_FTYPE_MOSTLY_Q8_0;
    case WeightType::q4_0:
      return LLAMA_FTYPE_MOSTLY_Q4_0;
  }
  return LLAMA_FTYPE_ALL_F32;
}

// SplitMix64: tiny, fast, and identical on every platform (std::
// distributions are not), which keeps generated files byte-for-byte stable.
class SplitMix64 {
 public:
  explicit SplitMix64(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  // Uniform in [-1, 1).
  float symmetric() { return static_cast<float>((next() >> 40) * 0x1.0p-24 * 2.0 - 1.0); }

 private:
  std::uint64_t state_;
};

struct TensorPlan {
  std::string name;
  std::int64_t ne0 = 0;  // row length (input dimension)
  std::int64_t ne1 = 1;  // rows (1 for vectors)
  bool is_norm = false;  // 1-D, all ones, always f32
};

std::vector<TensorPlan> plan_tensors(const RandomModelSpec& s, int n_vocab) {
  const std::int64_t head_dim = s.n_embd / s.n_head;
  const std::int64_t kv_dim = head_dim * s.n_head_kv;
  std::vector<TensorPlan> t;
  t.push_back({"token_embd.weight", s.n_embd, n_vocab, false});
  t.push_back({"output_norm.weight", s.n_embd, 1, true});
  if (!s.tie_embeddings) t.push_back({"output.weight", s.n_embd, n_vocab, false});
  for (int i = 0; i < s.n_layer; ++i) {
    const std::string b = "blk." + std::to_string(i) + ".";
    t.push_back({b + "attn_norm.weight", s.n_embd, 1, true});
    t.push_back({b + "attn_q.weight", s.n_embd, s.n_embd, false});
    t.push_back({b + "attn_k.weight", s.n_embd, kv_dim, false});
    t.push_back({b + "attn_v.weight", s.n_embd, kv_dim, false});
    t.push_back({b + "attn_output.weight", s.n_embd, s.n_embd, false});
    t.push_back({b + "ffn_norm.weight", s.n_embd, 1, true});
    t.push_back({b + "ffn_gate.weight", s.n_embd, s.n_ff, false});
    t.push_back({b + "ffn_up.weight", s.n_embd, s.n_ff, false});
    t.push_back({b + "ffn_down.weight", s.n_ff, s.n_embd, false});
  }
  return t;
}

std::optional<Error> validate(const RandomModelSpec& s) {
  if (s.n_layer < 1 || s.n_embd < 1 || s.n_head < 1 || s.n_head_kv < 1 || s.n_ff < 1 ||
      s.context_length < 1) {
    return Error::invalid("random model: every dimension must be positive");
  }
  if (s.n_embd % s.n_head != 0) return Error::invalid("random model: n_embd % n_head != 0");
  if (s.n_head % s.n_head_kv != 0) return Error::invalid("random model: n_head % n_head_kv != 0");
  if ((s.n_embd / s.n_head) % 2 != 0) return Error::invalid("random model: head size must be even");
  const auto block = ggml_blck_size(ggml_type_of(s.weight_type));
  if (s.n_embd % block != 0 || s.n_ff % block != 0) {
    return Error::invalid(std::string("random model: n_embd and n_ff must be multiples of ") +
                          std::to_string(block) + " for " + to_string(s.weight_type));
  }
  if (!(s.weight_stddev > 0.0f)) return Error::invalid("random model: weight_stddev must be > 0");
  return std::nullopt;
}

// Copies the tokenizer from the vocabulary file: all of it, so special
// tokens, merges and pre-tokenizer settings match the real model family.
std::optional<Error> copy_tokenizer(gguf_context* out, const gguf_context* vocab,
                                    const std::string& vocab_path) {
  gguf_set_kv(out, vocab);
  std::vector<std::string> foreign;
  for (std::int64_t i = 0; i < gguf_get_n_kv(out); ++i) {
    std::string key = gguf_get_key(out, i);
    if (key.rfind("tokenizer.", 0) != 0) foreign.push_back(std::move(key));
  }
  for (const auto& k : foreign) gguf_remove_key(out, k.c_str());
  if (gguf_find_key(out, "tokenizer.ggml.tokens") < 0) {
    return Error::invalid("random model: " + vocab_path + " has no tokenizer.ggml.tokens");
  }
  return std::nullopt;
}

// Random values for rows [row0, row0 + nrows) of one tensor. Each row has its
// own generator state derived from (seed, tensor, row), so chunking does not
// change the values.
void fill_rows(std::vector<float>& buf, const TensorPlan& t, std::uint64_t seed,
               std::uint64_t tensor_index, std::int64_t row0, std::int64_t nrows, float amplitude) {
  buf.resize(static_cast<std::size_t>(nrows * t.ne0));
  for (std::int64_t r = 0; r < nrows; ++r) {
    SplitMix64 rng(seed ^ (tensor_index * 0x100000001b3ULL) ^
                   (static_cast<std::uint64_t>(row0 + r) * 0xc2b2ae3d27d4eb4fULL));
    float* row = buf.data() + r * t.ne0;
    for (std::int64_t c = 0; c < t.ne0; ++c)
      row[c] = t.is_norm ? 1.0f : amplitude * rng.symmetric();
  }
}

std::optional<Error> write_tensor(std::FILE* f, const TensorPlan& t, ggml_type type,
                                  std::uint64_t seed, std::uint64_t index, float amplitude,
                                  std::size_t alignment) {
  // Bounded memory for any shape: a vocabulary-sized embedding of a 1B model
  // is ~1 GB in f32, so rows are generated and converted in chunks.
  const std::int64_t rows_per_chunk = std::max<std::int64_t>(1, (1 << 20) / t.ne0);
  std::vector<float> src;
  std::vector<std::uint8_t> dst;
  std::size_t written = 0;
  for (std::int64_t row0 = 0; row0 < t.ne1; row0 += rows_per_chunk) {
    const std::int64_t nrows = std::min(rows_per_chunk, t.ne1 - row0);
    fill_rows(src, t, seed, index, row0, nrows, amplitude);
    const std::size_t bytes = ggml_row_size(type, t.ne0) * static_cast<std::size_t>(nrows);
    dst.resize(bytes);
    if (type == GGML_TYPE_F32) {
      std::memcpy(dst.data(), src.data(), bytes);
    } else if (type == GGML_TYPE_F16) {
      ggml_fp32_to_fp16_row(src.data(), reinterpret_cast<ggml_fp16_t*>(dst.data()), nrows * t.ne0);
    } else {
      ggml_quantize_chunk(type, src.data(), dst.data(), 0, nrows, t.ne0, nullptr);
    }
    if (std::fwrite(dst.data(), 1, bytes, f) != bytes) return Error::internal("short write");
    written += bytes;
  }
  const std::size_t padded = GGML_PAD(written, alignment);
  static const std::uint8_t zeros[64] = {};
  for (std::size_t pad = padded - written; pad > 0;) {
    const std::size_t n = std::min(pad, sizeof zeros);
    if (std::fwrite(zeros, 1, n, f) != n) return Error::internal("short write");
    pad -= n;
  }
  return std::nullopt;
}

}  // namespace

const char* to_string(WeightType t) {
  switch (t) {
    case WeightType::f32:
      return "f32";
    case WeightType::f16:
      return "f16";
    case WeightType::q8_0:
      return "q8_0";
    case WeightType::q4_0:
      return "q4_0";
  }
  return "?";
}

bool weight_type_from_string(std::string_view s, WeightType* out) {
  for (auto t : {WeightType::f32, WeightType::f16, WeightType::q8_0, WeightType::q4_0}) {
    std::string_view name = to_string(t);
    if (s.size() == name.size() && std::equal(s.begin(), s.end(), name.begin(), [](char a, char b) {
          return std::tolower(a) == std::tolower(b);
        })) {
      *out = t;
      return true;
    }
  }
  return false;
}

const std::string& llama3_chat_template() {
  static const std::string kTemplate =
      "{{- bos_token }}{% for message in messages %}"
      "{{ '<|start_header_id|>' + message['role'] + '<|end_header_id|>\\n\\n' + "
      "message['content'] | trim + '<|eot_id|>' }}{% endfor %}"
      "{% if add_generation_prompt %}"
      "{{ '<|start_header_id|>assistant<|end_header_id|>\\n\\n' }}{% endif %}";
  return kTemplate;
}

core::Expected<RandomModelInfo> write_random_model(const RandomModelSpec& spec,
                                                   const std::string& vocab_path,
                                                   const std::string& out_path) {
  if (auto e = validate(spec)) return *e;

  GgufPtr vocab(gguf_init_from_file(vocab_path.c_str(), {/*no_alloc=*/true, /*ctx=*/nullptr}));
  if (!vocab) return Error::invalid("random model: cannot read vocabulary file " + vocab_path);

  GgufPtr out(gguf_init_empty());
  if (auto e = copy_tokenizer(out.get(), vocab.get(), vocab_path)) return *e;
  const int n_vocab = static_cast<int>(
      gguf_get_arr_n(out.get(), gguf_find_key(out.get(), "tokenizer.ggml.tokens")));
  if (gguf_find_key(out.get(), "tokenizer.chat_template") < 0) {
    const std::string& tmpl =
        spec.fallback_chat_template.empty() ? llama3_chat_template() : spec.fallback_chat_template;
    gguf_set_val_str(out.get(), "tokenizer.chat_template", tmpl.c_str());
  }

  gguf_context* g = out.get();
  gguf_set_val_str(g, "general.architecture", "llama");
  gguf_set_val_str(g, "general.name", spec.name.c_str());
  gguf_set_val_u32(g, "general.file_type",
                   static_cast<std::uint32_t>(file_type_of(spec.weight_type)));
  gguf_set_val_u32(g, "llama.vocab_size", static_cast<std::uint32_t>(n_vocab));
  gguf_set_val_u32(g, "llama.context_length", static_cast<std::uint32_t>(spec.context_length));
  gguf_set_val_u32(g, "llama.embedding_length", static_cast<std::uint32_t>(spec.n_embd));
  gguf_set_val_u32(g, "llama.block_count", static_cast<std::uint32_t>(spec.n_layer));
  gguf_set_val_u32(g, "llama.feed_forward_length", static_cast<std::uint32_t>(spec.n_ff));
  gguf_set_val_u32(g, "llama.attention.head_count", static_cast<std::uint32_t>(spec.n_head));
  gguf_set_val_u32(g, "llama.attention.head_count_kv", static_cast<std::uint32_t>(spec.n_head_kv));
  gguf_set_val_u32(g, "llama.rope.dimension_count",
                   static_cast<std::uint32_t>(spec.n_embd / spec.n_head));
  gguf_set_val_f32(g, "llama.rope.freq_base", spec.rope_freq_base);
  gguf_set_val_f32(g, "llama.attention.layer_norm_rms_epsilon", spec.rms_norm_eps);

  // Tensor descriptors only (no_alloc): the data is streamed to the file below.
  const auto plan = plan_tensors(spec, n_vocab);
  ggml_init_params ip = {ggml_tensor_overhead() * (plan.size() + 1), nullptr, /*no_alloc=*/true};
  std::unique_ptr<ggml_context, GgmlDeleter> meta(ggml_init(ip));
  const ggml_type wtype = ggml_type_of(spec.weight_type);
  RandomModelInfo info;
  info.n_vocab = n_vocab;
  for (const auto& t : plan) {
    ggml_tensor* tensor = t.is_norm ? ggml_new_tensor_1d(meta.get(), GGML_TYPE_F32, t.ne0)
                                    : ggml_new_tensor_2d(meta.get(), wtype, t.ne0, t.ne1);
    ggml_set_name(tensor, t.name.c_str());
    gguf_add_tensor(g, tensor);
    info.n_params += static_cast<std::uint64_t>(t.ne0 * t.ne1);
  }

  const std::string tmp_path = out_path + ".partial";
  {
    std::unique_ptr<std::FILE, FileCloser> f(std::fopen(tmp_path.c_str(), "wb"));
    if (!f) return Error::internal("random model: cannot create " + tmp_path);
    std::vector<std::uint8_t> header(gguf_get_meta_size(g));
    gguf_get_meta_data(g, header.data());
    if (std::fwrite(header.data(), 1, header.size(), f.get()) != header.size()) {
      return Error::internal("random model: cannot write " + tmp_path);
    }
    const std::size_t alignment = gguf_get_alignment(g);
    const float amplitude = spec.weight_stddev * std::sqrt(3.0f);  // uniform: sd = a / sqrt(3)
    for (std::size_t i = 0; i < plan.size(); ++i) {
      const ggml_type type = plan[i].is_norm ? GGML_TYPE_F32 : wtype;
      if (auto e = write_tensor(f.get(), plan[i], type, spec.seed, i, amplitude, alignment)) {
        std::filesystem::remove(tmp_path);
        return Error::internal("random model: cannot write " + tmp_path + ": " + e->message);
      }
    }
    if (std::fflush(f.get()) != 0) return Error::internal("random model: cannot write " + tmp_path);
  }
  std::error_code ec;
  std::filesystem::rename(tmp_path, out_path, ec);
  if (ec)
    return Error::internal("random model: cannot rename to " + out_path + ": " + ec.message());
  info.file_bytes = std::filesystem::file_size(out_path, ec);
  return info;
}

}  // namespace switchyard::local
