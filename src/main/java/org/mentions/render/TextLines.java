package org.mentions.render;

import java.util.ArrayList;
import java.util.List;
import org.mentions.result.ChartResult;
import org.mentions.result.ChartResult.Series;

/**
 * Sparklines, one per series, on one shared scale so that series compare; the first and last x labels under
 * them, and each line's largest value and total after it. More points than room are merged (the largest wins,
 * so peaks survive); few points get wider steps.
 */
final class TextLines {
  private final int width;
  private final Glyphs glyphs;
  private final CellFormat format;

  TextLines(int width, Glyphs glyphs, CellFormat format) {
    this.width = width;
    this.glyphs = glyphs;
    this.format = format;
  }

  String render(ChartResult chart) {
    List<Series> all = chart.series();
    if (all.isEmpty() || chart.categories().isEmpty()) return "";
    double min = 0;
    double max = 0;
    for (Series s : all) {
      for (double v : s.values()) {
        if (Double.isNaN(v)) continue;
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    List<String> stats = new ArrayList<>();
    for (Series s : all) stats.add(stats(s));
    int labelWidth = Math.min(24, all.stream().mapToInt(s -> s.name().length()).max().orElse(1));
    int statsWidth = stats.stream().mapToInt(String::length).max().orElse(0);
    int room = Math.max(8, width - labelWidth - statsWidth - 2);
    int n = chart.categories().size();
    int step = Math.max(1, Math.min(3, room / n));
    int cells = n * step <= room ? n : room;
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < all.size(); i++) {
      String line = sparkline(all.get(i).values(), cells, step, min, max);
      sb.append(TextTable.pad(glyphs.cut(all.get(i).name(), labelWidth), labelWidth, false)).append(' ')
          .append(line).append(' ').append(stats.get(i)).append('\n');
    }
    int lineWidth = cells == n ? n * step : cells;
    sb.append(" ".repeat(labelWidth + 1)).append(axis(chart.categories(), lineWidth)).append('\n');
    sb.append("scale: ").append(glyphs.spark(0)).append(' ').append(format.number(min)).append(" to ")
        .append(glyphs.spark(glyphs.sparkLevels() - 1)).append(' ').append(format.number(max))
        .append(all.size() > 1 ? " (shared by all lines)" : "").append('\n');
    return sb.toString();
  }

  private String stats(Series s) {
    double max = Double.NaN;
    double total = 0;
    for (double v : s.values()) {
      if (Double.isNaN(v)) continue;
      max = Double.isNaN(max) ? v : Math.max(max, v);
      total += v;
    }
    return "max " + format.number(max) + ", total " + format.number(total);
  }

  private String sparkline(List<Double> values, int cells, int step, double min, double max) {
    StringBuilder sb = new StringBuilder();
    if (cells == values.size()) {
      for (double v : values) sb.append(String.valueOf(spark(v, min, max)).repeat(step));
      return sb.toString();
    }
    for (int c = 0; c < cells; c++) {
      int from = (int) ((long) c * values.size() / cells);
      int to = Math.max(from + 1, (int) ((long) (c + 1) * values.size() / cells));
      double top = Double.NaN;
      for (int i = from; i < to; i++) {
        double v = values.get(i);
        if (!Double.isNaN(v)) top = Double.isNaN(top) ? v : Math.max(top, v);
      }
      sb.append(spark(top, min, max));
    }
    return sb.toString();
  }

  private char spark(double v, double min, double max) {
    if (Double.isNaN(v)) return ' ';
    int top = glyphs.sparkLevels() - 1;
    int level = max > min ? (int) Math.round((v - min) / (max - min) * top) : 0;
    return glyphs.spark(level);
  }

  private static String axis(List<String> xs, int lineWidth) {
    String first = xs.get(0);
    String last = xs.get(xs.size() - 1);
    if (xs.size() == 1) return first;
    int gap = lineWidth - first.length() - last.length();
    return gap >= 2 ? first + " ".repeat(gap) + last : first + " to " + last;
  }
}
