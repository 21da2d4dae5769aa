package org.mentions.render;

import org.mentions.result.ChartResult;

/** Charts drawn with text; the plots work replaces this minimal bar rendering. */
public final class TerminalChart {
  private final int width;
  private final Style style;

  public TerminalChart(int width, Style style) {
    this.width = width;
    this.style = style;
  }

  public String render(ChartResult chart) {
    StringBuilder sb = new StringBuilder(style.header(chart.title())).append('\n');
    if (chart.series().isEmpty()) return sb.toString();
    var values = chart.series().get(0).values();
    int label = Math.min(30, chart.categories().stream().mapToInt(String::length).max().orElse(1));
    double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
    int room = Math.max(5, width - label - 12);
    for (int i = 0; i < values.size(); i++) {
      int n = max <= 0 ? 0 : (int) Math.round(values.get(i) / max * room);
      sb.append(TextTable.pad(TextTable.cut(chart.categories().get(i), label), label, false)).append(' ')
          .append("█".repeat(n)).append(' ').append(CellFormat.PLAIN.number(values.get(i))).append('\n');
    }
    return sb.toString();
  }
}
