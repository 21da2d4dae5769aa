package org.mentions.result;

import java.util.List;

/**
 * A chart as data: its kind, title, axis labels and what to draw. Terminal and file renderers draw it; commands
 * never do. Bars and lines use {@code categories} with one or more {@code series}; a heatmap has one series per
 * row over the columns in {@code categories}; a dispersion chart has {@code strips} instead. {@code size} is the
 * picture size when drawn to a file.
 */
public record ChartResult(Kind kind, String title, String xLabel, String yLabel, List<String> categories,
    List<Series> series, List<Strip> strips, Size size, String note) implements Result {
  public enum Kind { BAR, HBAR, HEAT, DISPERSION, LINE }

  /** One named series of values aligned with {@code categories} (for heatmaps: one series per row). */
  public record Series(String name, List<Double> values) {}

  /**
   * One row of a dispersion chart: where {@code term} occurs in {@code doc}, as token offsets from the start of
   * the document, which is {@code length} tokens long.
   */
  public record Strip(String term, String doc, int length, List<Integer> positions) {}

  /** Pixels of a chart drawn to a file; 1200x800 reads well on a screen and on a printed page. */
  public record Size(int width, int height) {
    public static final Size DEFAULT = new Size(1200, 800);
  }

  public ChartResult {
    categories = List.copyOf(categories);
    series = List.copyOf(series);
    strips = List.copyOf(strips);
  }

  public static ChartResult of(Kind kind, String title, String xLabel, String yLabel, List<String> categories,
      List<Series> series) {
    return new ChartResult(kind, title, xLabel, yLabel, categories, series, List.of(), Size.DEFAULT, "");
  }

  public static ChartResult dispersion(String title, List<Strip> strips) {
    return new ChartResult(Kind.DISPERSION, title, "position in document (% of its tokens)", "term · document",
        List.of(), List.of(), strips, Size.DEFAULT, "");
  }

  public ChartResult withSize(Size newSize) {
    return new ChartResult(kind, title, xLabel, yLabel, categories, series, strips, newSize, note);
  }

  public ChartResult withTitle(String newTitle) {
    return new ChartResult(kind, newTitle, xLabel, yLabel, categories, series, strips, size, note);
  }

  public ChartResult withNote(String newNote) {
    return new ChartResult(kind, title, xLabel, yLabel, categories, series, strips, size, newNote);
  }
}
