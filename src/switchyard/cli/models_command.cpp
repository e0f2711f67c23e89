#include "switchyard/cli/models_command.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <iostream>
#include <vector>

#include "switchyard/models/model_store.hpp"

namespace switchyard::cli {
namespace {

void print_json(const models::StoreDir& store, const models::StoreListing& listing) {
  rapidjson::StringBuffer sb;
  rapidjson::Writer<rapidjson::StringBuffer> w(sb);
  auto str = [&](const std::string& s) {
    w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
  };
  w.StartObject();
  w.Key("store");
  str(store.path.string());
  w.Key("models");
  w.StartArray();
  for (const auto& m : listing.models) {
    w.StartObject();
    w.Key("name");
    str(m.name);
    w.Key("path");
    str(m.path.string());
    w.Key("size_bytes");
    w.Uint64(m.size_bytes);
    if (m.summary) {
      const auto& s = *m.summary;
      w.Key("architecture");
      str(s.architecture);
      w.Key("general_name");
      str(s.name);
      w.Key("quantization");
      str(s.quantization);
      w.Key("quantization_source");
      str(s.quantization_from_tensors ? "tensor types" : "general.file_type");
      w.Key("parameters");
      w.Uint64(s.parameters);
      w.Key("context_length");
      if (s.context_length)
        w.Uint64(*s.context_length);
      else
        w.Null();
      w.Key("gguf_version");
      w.Uint(s.gguf_version);
      w.Key("tensor_count");
      w.Uint64(s.tensor_count);
    } else {
      w.Key("error");
      str(m.error);
    }
    w.EndObject();
  }
  w.EndArray();
  w.Key("partial");
  w.StartArray();
  for (const auto& p : listing.partial) {
    w.StartObject();
    w.Key("name");
    str(p.name);
    w.Key("size_bytes");
    w.Uint64(p.size_bytes);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  std::cout << sb.GetString() << "\n";
}

void print_table(const models::StoreDir& store, const models::StoreListing& listing) {
  if (listing.models.empty()) {
    std::cout << "No models in " << store.path.string()
              << " yet; get one with: switchyard pull hf:OWNER/REPO/FILE.gguf\n";
  } else {
    std::vector<std::vector<std::string>> rows;
    rows.push_back({"NAME", "SIZE", "ARCH", "QUANT", "PARAMS", "CONTEXT"});
    std::uint64_t total = 0;
    for (const auto& m : listing.models) {
      total += m.size_bytes;
      if (m.summary) {
        const auto& s = *m.summary;
        rows.push_back({m.name, models::format_bytes(m.size_bytes),
                        s.architecture.empty() ? "-" : s.architecture,
                        s.quantization.empty() ? "-" : s.quantization,
                        models::format_parameters(s.parameters),
                        s.context_length ? std::to_string(*s.context_length) : "-"});
      } else {
        rows.push_back({m.name, models::format_bytes(m.size_bytes), "unreadable: " + m.error});
      }
    }
    std::vector<std::size_t> width(6, 0);
    for (const auto& r : rows)
      for (std::size_t i = 0; i + 1 < r.size(); ++i) width[i] = std::max(width[i], r[i].size());
    for (const auto& r : rows) {
      std::string line;
      for (std::size_t i = 0; i < r.size(); ++i) {
        line += r[i];
        if (i + 1 < r.size()) line += std::string(width[i] - r[i].size() + 2, ' ');
      }
      std::cout << line << "\n";
    }
    std::cout << listing.models.size() << (listing.models.size() == 1 ? " model, " : " models, ")
              << models::format_bytes(total) << " in " << store.path.string() << "\n";
  }
  for (const auto& p : listing.partial)
    std::cout << "Unfinished download: " << p.name << " (" << models::format_bytes(p.size_bytes)
              << " so far; run switchyard pull again to resume)\n";
}

}  // namespace

void add_models_command(CLI::App& app, ModelsCommand& c) {
  c.cmd = app.add_subcommand("models", "List the GGUF models in the model store");
  c.cmd->add_option("--store", c.store,
                    "Model store directory (default: $SWITCHYARD_MODEL_STORE, else "
                    "$XDG_DATA_HOME/switchyard/models, else ~/.local/share/switchyard/models)");
  c.cmd->add_flag("--json", c.json, "Print JSON instead of a table");
}

int run_models_command(const ModelsCommand& c) {
  if (c.cmd == nullptr || !*c.cmd) return -1;
  auto store = models::resolve_store_dir(c.store, models::process_environment());
  if (!store) {
    std::cerr << "switchyard models: " << store.error().message << "\n";
    return 2;
  }
  auto listing = models::list_store(store->path);
  if (!listing) {
    std::cerr << "switchyard models: " << listing.error().message << "\n";
    return 1;
  }
  if (c.json)
    print_json(*store, *listing);
  else
    print_table(*store, *listing);
  return 0;
}

}  // namespace switchyard::cli
