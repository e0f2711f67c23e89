// The plan report's charts as inline SVG, drawn here from the numbers (no
// script, no library, nothing fetched): a report opened from a file, with
// no network, shows them as it was written.
#pragma once

#include <string>
#include <vector>

namespace switchyard::plan::svg {

struct Point {
  double x = 0;
  double y = 0;
};

struct Series {
  std::string name;
  std::string color;          // CSS colour
  std::vector<Point> points;  // drawn as a polyline, in order
};

// A vertical line at x with a label (e.g. the break-even, the volume now).
struct Marker {
  double x = 0;
  std::string label;
  std::string color;
  bool dot_on_first_series = false;  // a dot where it crosses the first series
};

// Lines over x (0..x_max) and y (0..the highest point), with axes, ticks,
// a legend and the markers. `x_label`, `y_label` name the axes.
std::string line_chart(const std::vector<Series>& series, const std::vector<Marker>& markers,
                       const std::string& x_label, const std::string& y_label, double width = 640,
                       double height = 300);

// One row per item: a bar split into parts (e.g. local, cloud), each part's
// share of the row's total, with the row's label and total beside it.
struct BarPart {
  double value = 0;
  std::string color;
};
struct BarRow {
  std::string label;
  std::vector<BarPart> parts;
  std::string note;  // printed after the bar
};
std::string bar_rows(const std::vector<BarRow>& rows, const std::vector<std::string>& legend_names,
                     const std::vector<std::string>& legend_colors, bool shares,
                     double width = 640);

// Text for SVG and HTML: &, <, >, " escaped.
std::string escape(const std::string& text);

}  // namespace switchyard::plan::svg
