package org.mentions.render;

import java.util.List;
import org.mentions.result.ChartResult;

/**
 * A heatmap of shades, one character cell per value, with the scale under it. Long column names do not fit
 * over narrow cells, so then the columns are numbered and a key lists them.
 */
final class TextHeat {
  private static final int NAMED_CELL_MAX = 6;

  private final int width;
  private final Glyphs glyphs;
  private final CellFormat format;

  TextHeat(int width, Glyphs glyphs, CellFormat format) {
    this.width = width;
    this.glyphs = glyphs;
    this.format = format;
  }

  String render(ChartResult chart) {
    List<String> columns = chart.categories();
    boolean named = columns.stream().allMatch(c -> c.length() <= NAMED_CELL_MAX);
    int cell = named ? Math.max(2, columns.stream().mapToInt(String::length).max().orElse(2))
        : Math.max(2, String.valueOf(columns.size()).length());
    int labelWidth = Math.min(24, chart.series().stream().mapToInt(s -> s.name().length()).max().orElse(1));
    int fit = Math.max(1, (width - labelWidth) / (cell + 1));
    int shown = Math.min(columns.size(), fit);
    double max = max(chart);
    StringBuilder sb = new StringBuilder(" ".repeat(labelWidth));
    for (int c = 0; c < shown; c++) {
      sb.append(' ').append(TextTable.pad(named ? columns.get(c) : String.valueOf(c + 1), cell, false));
    }
    sb = new StringBuilder(sb.toString().stripTrailing()).append('\n');
    for (ChartResult.Series row : chart.series()) {
      sb.append(TextTable.pad(glyphs.cut(row.name(), labelWidth), labelWidth, false));
      for (int c = 0; c < shown; c++) {
        sb.append(' ').append(String.valueOf(glyphs.shade(level(row.values().get(c), max))).repeat(cell));
      }
      sb.append('\n');
    }
    sb.append(scale(max)).append('\n');
    if (shown < columns.size()) sb.append("first ").append(shown).append(" of ").append(columns.size())
        .append(" columns fit the width\n");
    if (!named) sb.append(key(columns.subList(0, shown)));
    return sb.toString();
  }

  private static double max(ChartResult chart) {
    double max = 0;
    for (ChartResult.Series s : chart.series()) {
      for (double v : s.values()) if (v > max) max = v;
    }
    return max;
  }

  /** 0 for nothing, else 1..levels-1 in equal steps up to the largest value. */
  private int level(double v, double max) {
    if (!(v > 0) || max <= 0) return 0;
    int steps = glyphs.shadeLevels() - 1;
    return Math.max(1, Math.min(steps, (int) Math.ceil(v / max * steps)));
  }

  private String scale(double max) {
    StringBuilder sb = new StringBuilder("scale: ").append(glyphs.shade(0)).append(" 0");
    int steps = glyphs.shadeLevels() - 1;
    for (int l = 1; l <= steps; l++) {
      sb.append("  ").append(glyphs.shade(l)).append(" ≤").append(format.number(max * l / steps));
    }
    return glyphs.unicode() ? sb.toString() : sb.toString().replace("≤", "<=");
  }

  private String key(List<String> columns) {
    StringBuilder sb = new StringBuilder("columns:");
    int lineLength = sb.length();
    for (int c = 0; c < columns.size(); c++) {
      String item = " " + (c + 1) + " " + columns.get(c) + (c + 1 < columns.size() ? "," : "");
      if (lineLength + item.length() > width && lineLength > 8) {
        sb.append('\n').append("        ");
        lineLength = 8;
      }
      sb.append(item);
      lineLength += item.length();
    }
    return sb.append('\n').toString();
  }
}
