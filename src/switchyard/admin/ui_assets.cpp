#include "switchyard/admin/ui_assets.hpp"

namespace switchyard::admin {

const UiAsset* find_ui_asset(std::string_view name) {
  if (name.empty()) name = "index.html";
  for (const UiAsset& a : ui_assets())
    if (a.name == name) return &a;
  return nullptr;
}

}  // namespace switchyard::admin
