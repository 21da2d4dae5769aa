package org.mentions.render;

import java.awt.Rectangle;
import java.io.IOException;
import java.io.OutputStream;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.text.TextUtils;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.ViewBox;
import org.mentions.result.ChartResult;

/**
 * Charts drawn with JFreeChart to SVG (through JFreeSVG, text kept as {@code <text>} elements so labels can be
 * searched, selected and read by screen readers) or to PNG, at the chart's size.
 */
public final class FileCharts {
  static {
    // no display is needed or wanted: charts are drawn off screen, also when a shell runs on a desktop
    if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
    // JFreeChart draws rotated text (vertical axis labels) through a TextLayout to dodge an old Java 2D bug; in
    // SVG that turns the label into paths. Plain drawString rotates correctly on current JDKs and stays <text>.
    TextUtils.setUseDrawRotatedStringWorkaround(false);
  }

  private FileCharts() {}

  static JFreeChart build(ChartResult chart) {
    return switch (chart.kind()) {
      case BAR, HBAR -> CategoryChartBuilder.bars(chart);
      case LINE -> CategoryChartBuilder.lines(chart);
      case HEAT -> HeatChartBuilder.build(chart);
      case DISPERSION -> DispersionChartBuilder.build(chart);
    };
  }

  /**
   * A standalone SVG file. Not JFreeSVG's own document, whose DOCTYPE points at the W3C's DTD: XML tools fetch
   * that over the network, and charts must work offline.
   */
  public static String svgDocument(ChartResult chart) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + draw(chart, "chart").getSVGElement("chart") + "\n";
  }

  /**
   * An {@code <svg>} element to put inside HTML: sized by its viewBox so it scales to the page, without namespace
   * declarations (HTML does not need them), and with ids made unique by {@code id} so several charts can share
   * a page.
   */
  public static String svgElement(ChartResult chart, String id) {
    SVGGraphics2D g = draw(chart, id);
    ViewBox box = new ViewBox(0, 0, chart.size().width(), chart.size().height());
    String svg = g.getSVGElement(id, false, box, null, null);
    return svg.replaceAll(" xmlns(:\\w+)?=(['\"])[^'\"]*\\2", "");
  }

  public static void png(ChartResult chart, OutputStream out) throws IOException {
    ChartUtils.writeChartAsPNG(out, build(chart), chart.size().width(), chart.size().height());
  }

  private static SVGGraphics2D draw(ChartResult chart, String id) {
    SVGGraphics2D g = new SVGGraphics2D(chart.size().width(), chart.size().height());
    // JFreeSVG writes text as <text> by default; say so, because VECTOR would turn every label into paths
    g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_STANDARD);
    g.setDefsKeyPrefix(id + "-");
    build(chart).draw(g, new Rectangle(0, 0, chart.size().width(), chart.size().height()));
    return g;
  }
}
