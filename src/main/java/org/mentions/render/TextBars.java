package org.mentions.render;

import java.util.ArrayList;
import java.util.List;
import org.mentions.result.ChartResult;

/** Horizontal bars: a label, a bar scaled to the largest value, and the value. */
final class TextBars {
  private final int width;
  private final Glyphs glyphs;
  private final CellFormat format;

  TextBars(int width, Glyphs glyphs, CellFormat format) {
    this.width = width;
    this.glyphs = glyphs;
    this.format = format;
  }

  String render(ChartResult chart) {
    if (chart.series().isEmpty()) return "";
    List<Double> values = chart.series().get(0).values();
    List<String> shown = new ArrayList<>();
    double max = 0;
    for (double v : values) {
      shown.add(format.number(v));
      if (v > max) max = v;
    }
    int labelWidth = Math.min(Math.max(8, width / 3), chart.categories().stream().mapToInt(String::length).max()
        .orElse(1));
    int valueWidth = shown.stream().mapToInt(String::length).max().orElse(1);
    int room = Math.max(5, width - labelWidth - valueWidth - 2);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      double v = values.get(i);
      String bar = max > 0 && v > 0 ? glyphs.bar(v / max * room) : "";
      sb.append(TextTable.pad(glyphs.cut(chart.categories().get(i), labelWidth), labelWidth, false)).append(' ')
          .append(bar).append(bar.isEmpty() ? "" : " ").append(shown.get(i)).append('\n');
    }
    return sb.toString();
  }
}
