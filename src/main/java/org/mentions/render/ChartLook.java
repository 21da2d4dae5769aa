package org.mentions.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleInsets;
import org.mentions.result.ChartResult;

/**
 * One look for every chart written to a file: fonts large enough to read at 1200x800 and when printed, white
 * backgrounds, quiet grid lines, and series colours that colour-blind readers tell apart (Okabe and Ito) with
 * dash patterns so lines still differ in black and white.
 */
final class ChartLook {
  static final String FONT = "SansSerif";
  static final Paint[] SERIES = {
      new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7), new Color(0xE69F00),
      new Color(0x56B4E9), new Color(0x000000)};
  static final Color BAR = new Color(0x2C5D8F);
  static final Color GRID = new Color(0xD0D0D0);

  private static final float[][] DASHES = {null, {10f, 5f}, {3f, 4f}, {12f, 4f, 3f, 4f}};

  private ChartLook() {}

  static void apply(JFreeChart chart) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    chart.setPadding(new RectangleInsets(14, 14, 10, 22)); // the title and the last tick label off the edge
    if (chart.getTitle() != null) chart.getTitle().setFont(new Font(FONT, Font.BOLD, 22));
    LegendTitle legend = chart.getLegend();
    if (legend != null) legend.setItemFont(new Font(FONT, Font.PLAIN, 15));
    Plot plot = chart.getPlot();
    plot.setBackgroundPaint(Color.WHITE);
    if (plot instanceof CategoryPlot p) {
      p.setRangeGridlinePaint(GRID);
      axis(p.getDomainAxis());
      axis(p.getRangeAxis());
    } else if (plot instanceof XYPlot p) {
      p.setRangeGridlinePaint(GRID);
      p.setDomainGridlinePaint(GRID);
      axis(p.getDomainAxis());
      axis(p.getRangeAxis());
    }
  }

  static void axis(Axis axis) {
    axis.setLabelFont(new Font(FONT, Font.BOLD, 16));
    axis.setTickLabelFont(new Font(FONT, Font.PLAIN, 14));
    axis.setTickLabelPaint(Color.BLACK);
    axis.setLabelPaint(Color.BLACK);
  }

  /** Whole-number ticks when every value is whole: counts read 0, 2, 4, not 0.0, 0.5, 1.0. */
  static void ticksFor(NumberAxis axis, ChartResult chart) {
    boolean whole = chart.series().stream().flatMap(s -> s.values().stream())
        .allMatch(v -> Double.isNaN(v) || v == Math.rint(v));
    if (whole) axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
  }

  static Paint series(int i) {
    return SERIES[i % SERIES.length];
  }

  static BasicStroke line(int i) {
    float[] dash = DASHES[i % DASHES.length];
    return dash == null ? new BasicStroke(2.5f)
        : new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
  }
}
