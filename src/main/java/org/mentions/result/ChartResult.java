package org.mentions.result;

import java.util.List;

/**
 * A chart as data: its kind, title, axis labels and series. Terminal and file renderers draw it; commands never do.
 */
public record ChartResult(Kind kind, String title, String xLabel, String yLabel, List<String> categories,
    List<Series> series, String note) implements Result {
  public enum Kind { BAR, HBAR, HEAT, DISPERSION, LINE }

  /** One named series of values aligned with {@code categories} (for heatmaps: one series per row). */
  public record Series(String name, List<Double> values) {}
}
