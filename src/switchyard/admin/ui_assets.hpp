// The /ui dashboard's files, compiled into the binary (embed_ui.cmake writes
// their bytes into a generated .cpp at build time): our page, script and
// style from ui/, and uPlot's built files, installed by npm from
// ui/package-lock.json. The page works offline: it loads nothing from
// anywhere but the gateway.
#pragma once

#include <string_view>
#include <vector>

namespace switchyard::admin {

struct UiAsset {
  std::string_view name;  // its path under /ui/, e.g. "dashboard.js"
  std::string_view content_type;
  std::string_view body;
};

// Every embedded file (generated).
const std::vector<UiAsset>& ui_assets();

// The file served at /ui/<name>; "" is the page itself (index.html).
// nullptr when there is none.
const UiAsset* find_ui_asset(std::string_view name);

}  // namespace switchyard::admin
