#include "switchyard/plan/svg_chart.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace switchyard::plan::svg {
namespace {

std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

// A "nice" step (1, 2 or 5 × 10^k) giving about `count` ticks up to `max`.
double tick_step(double max, int count) {
  if (max <= 0) return 1;
  const double raw = max / count;
  const double mag = std::pow(10, std::floor(std::log10(raw)));
  for (double m : {1.0, 2.0, 5.0, 10.0})
    if (raw <= m * mag) return m * mag;
  return 10 * mag;
}

// 1234567 → "1.2M", 12000 → "12k", 0.5 → "0.5".
std::string short_number(double v) {
  char buf[32];
  const double a = std::fabs(v);
  if (a >= 1e6)
    std::snprintf(buf, sizeof buf, "%gM", std::round(v / 1e5) / 10);
  else if (a >= 1e3)
    std::snprintf(buf, sizeof buf, "%gk", std::round(v / 1e2) / 10);
  else
    std::snprintf(buf, sizeof buf, "%g", std::round(v * 100) / 100);
  return buf;
}

}  // namespace

std::string escape(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string line_chart(const std::vector<Series>& series, const std::vector<Marker>& markers,
                       const std::string& x_label, const std::string& y_label, double width,
                       double height) {
  const double left = 70, right = 20, top = 30, bottom = 50;
  const double pw = width - left - right, ph = height - top - bottom;
  double x_max = 0, y_max = 0;
  for (const Series& s : series)
    for (const Point& p : s.points) {
      x_max = std::max(x_max, p.x);
      y_max = std::max(y_max, p.y);
    }
  for (const Marker& m : markers) x_max = std::max(x_max, m.x);
  const double x_step = tick_step(x_max, 5), y_step = tick_step(y_max * 1.05, 5);
  x_max = std::max(x_step, std::ceil(x_max / x_step) * x_step);
  y_max = std::max(y_step, std::ceil(y_max * 1.05 / y_step) * y_step);
  auto X = [&](double x) { return left + x / x_max * pw; };
  auto Y = [&](double y) { return top + ph - y / y_max * ph; };

  std::string out = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + num(width) +
                    "\" height=\"" + num(height) + "\" viewBox=\"0 0 " + num(width) + " " +
                    num(height) + "\" font-family=\"sans-serif\" font-size=\"11\">\n";
  // Grid and ticks.
  for (double y = 0; y <= y_max + y_step / 2; y += y_step)
    out += "<line x1=\"" + num(left) + "\" y1=\"" + num(Y(y)) + "\" x2=\"" + num(left + pw) +
           "\" y2=\"" + num(Y(y)) + "\" stroke=\"#e5e5e5\"/><text x=\"" + num(left - 6) +
           "\" y=\"" + num(Y(y) + 4) + "\" text-anchor=\"end\">" + short_number(y) + "</text>\n";
  for (double x = 0; x <= x_max + x_step / 2; x += x_step)
    out += "<line x1=\"" + num(X(x)) + "\" y1=\"" + num(top + ph) + "\" x2=\"" + num(X(x)) +
           "\" y2=\"" + num(top + ph + 4) + "\" stroke=\"#333\"/><text x=\"" + num(X(x)) +
           "\" y=\"" + num(top + ph + 16) + "\" text-anchor=\"middle\">" + short_number(x) +
           "</text>\n";
  out += "<line x1=\"" + num(left) + "\" y1=\"" + num(top + ph) + "\" x2=\"" + num(left + pw) +
         "\" y2=\"" + num(top + ph) + "\" stroke=\"#333\"/>\n";
  out += "<line x1=\"" + num(left) + "\" y1=\"" + num(top) + "\" x2=\"" + num(left) + "\" y2=\"" +
         num(top + ph) + "\" stroke=\"#333\"/>\n";
  out += "<text x=\"" + num(left + pw / 2) + "\" y=\"" + num(height - 8) +
         "\" text-anchor=\"middle\">" + escape(x_label) + "</text>\n";
  out += "<text x=\"14\" y=\"" + num(top + ph / 2) +
         "\" text-anchor=\"middle\" transform=\"rotate(-90 14 " + num(top + ph / 2) + ")\">" +
         escape(y_label) + "</text>\n";
  // Series and legend.
  double legend_x = left + 8;
  for (const Series& s : series) {
    std::string pts;
    for (const Point& p : s.points) pts += num(X(p.x)) + "," + num(Y(p.y)) + " ";
    out += "<polyline fill=\"none\" stroke=\"" + s.color + "\" stroke-width=\"2\" points=\"" + pts +
           "\"><title>" + escape(s.name) + "</title></polyline>\n";
    out += "<rect x=\"" + num(legend_x) + "\" y=\"" + num(top - 20) +
           "\" width=\"12\" height=\"4\" fill=\"" + s.color + "\"/><text x=\"" +
           num(legend_x + 16) + "\" y=\"" + num(top - 15) + "\">" + escape(s.name) + "</text>\n";
    legend_x += 24 + 6.5 * static_cast<double>(s.name.size());
  }
  // Markers.
  for (const Marker& m : markers) {
    out += "<line x1=\"" + num(X(m.x)) + "\" y1=\"" + num(top) + "\" x2=\"" + num(X(m.x)) +
           "\" y2=\"" + num(top + ph) + "\" stroke=\"" + m.color +
           "\" stroke-dasharray=\"4 3\"/><text x=\"" + num(X(m.x) + 4) + "\" y=\"" + num(top + 12) +
           "\" fill=\"" + m.color + "\">" + escape(m.label) + "</text>\n";
    if (m.dot_on_first_series && !series.empty() && !series[0].points.empty()) {
      // The first series at x, by linear interpolation between its points.
      const auto& pts = series[0].points;
      double y = pts.back().y;
      for (std::size_t i = 1; i < pts.size(); ++i)
        if (pts[i].x >= m.x) {
          const double span = pts[i].x - pts[i - 1].x;
          const double t = span > 0 ? (m.x - pts[i - 1].x) / span : 0;
          y = pts[i - 1].y + t * (pts[i].y - pts[i - 1].y);
          break;
        }
      out += "<circle cx=\"" + num(X(m.x)) + "\" cy=\"" + num(Y(y)) + "\" r=\"4\" fill=\"" +
             m.color + "\"/>\n";
    }
  }
  out += "</svg>\n";
  return out;
}

std::string bar_rows(const std::vector<BarRow>& rows, const std::vector<std::string>& legend_names,
                     const std::vector<std::string>& legend_colors, bool shares, double width) {
  const double label_w = 230, note_w = 150, row_h = 22, top = 24;
  const double bar_w = width - label_w - note_w;
  double max_total = 0;
  for (const BarRow& r : rows) {
    double t = 0;
    for (const BarPart& p : r.parts) t += p.value;
    max_total = std::max(max_total, t);
  }
  const double height = top + row_h * static_cast<double>(rows.size()) + 8;
  std::string out = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + num(width) +
                    "\" height=\"" + num(height) + "\" viewBox=\"0 0 " + num(width) + " " +
                    num(height) + "\" font-family=\"sans-serif\" font-size=\"11\">\n";
  double legend_x = label_w;
  for (std::size_t i = 0; i < legend_names.size() && i < legend_colors.size(); ++i) {
    out += "<rect x=\"" + num(legend_x) + "\" y=\"6\" width=\"10\" height=\"10\" fill=\"" +
           legend_colors[i] + "\"/><text x=\"" + num(legend_x + 14) + "\" y=\"15\">" +
           escape(legend_names[i]) + "</text>\n";
    legend_x += 30 + 6.5 * static_cast<double>(legend_names[i].size());
  }
  double y = top;
  for (const BarRow& r : rows) {
    double total = 0;
    for (const BarPart& p : r.parts) total += p.value;
    const double scale =
        shares ? (total > 0 ? bar_w / total : 0) : (max_total > 0 ? bar_w / max_total : 0);
    std::string label = r.label.size() > 34 ? r.label.substr(0, 33) + "…" : r.label;
    out += "<text x=\"" + num(label_w - 6) + "\" y=\"" + num(y + 14) +
           "\" text-anchor=\"end\"><title>" + escape(r.label) + "</title>" + escape(label) +
           "</text>\n";
    double x = label_w;
    for (const BarPart& p : r.parts) {
      const double w = p.value * scale;
      if (w > 0)
        out += "<rect x=\"" + num(x) + "\" y=\"" + num(y + 3) + "\" width=\"" + num(w) +
               "\" height=\"" + num(row_h - 6) + "\" fill=\"" + p.color + "\"/>\n";
      x += w;
    }
    out += "<text x=\"" + num(label_w + bar_w + 6) + "\" y=\"" + num(y + 14) + "\">" +
           escape(r.note) + "</text>\n";
    y += row_h;
  }
  out += "</svg>\n";
  return out;
}

}  // namespace switchyard::plan::svg
