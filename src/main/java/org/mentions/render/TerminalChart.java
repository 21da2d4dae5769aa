package org.mentions.render;

import org.mentions.result.ChartResult;

/**
 * Charts drawn with text, fitted to the width: bars (for both bar and hbar: labels stay readable), a shaded
 * heatmap with its scale, dispersion strips, and sparklines. Unicode blocks, or ASCII when Unicode is off.
 */
public final class TerminalChart {
  private final int width;
  private final Style style;
  private final Glyphs glyphs;
  private final CellFormat format;

  public TerminalChart(int width, Style style, Glyphs glyphs, CellFormat format) {
    this.width = Math.max(30, width);
    this.style = style;
    this.glyphs = glyphs;
    this.format = format;
  }

  public String render(ChartResult chart) {
    StringBuilder sb = new StringBuilder(style.header(chart.title())).append('\n');
    String body = switch (chart.kind()) {
      case BAR, HBAR -> new TextBars(width, glyphs, format).render(chart);
      case HEAT -> new TextHeat(width, glyphs, format).render(chart);
      case DISPERSION -> new TextStrips(width, glyphs).render(chart);
      case LINE -> new TextLines(width, glyphs, format).render(chart);
    };
    sb.append(body);
    if (!chart.note().isEmpty()) {
      for (String line : chart.note().split("\n")) sb.append(style.dim(line)).append('\n');
    }
    return sb.toString();
  }
}
