package org.mentions.render;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.mentions.result.ChartResult;
import org.mentions.result.ChartResult.Strip;

/**
 * Dispersion strips: one horizontal band per term per document, a vertical tick at each occurrence, positions
 * as a percentage of the document so long and short documents line up. Each term has its own colour.
 */
final class DispersionChartBuilder {
  private DispersionChartBuilder() {}

  static JFreeChart build(ChartResult chart) {
    List<Strip> strips = chart.strips();
    Map<String, XYSeries> byTerm = new LinkedHashMap<>();
    List<String> rows = new ArrayList<>();
    for (int r = 0; r < strips.size(); r++) {
      Strip s = strips.get(r);
      rows.add(s.term() + " · " + shorten(s.doc()));
      XYSeries series = byTerm.computeIfAbsent(s.term(), t -> new XYSeries(t, false, true));
      for (int p : s.positions()) series.add(100.0 * p / Math.max(1, s.length()), r);
    }
    XYSeriesCollection data = new XYSeriesCollection();
    byTerm.values().forEach(data::addSeries);
    NumberAxis x = new NumberAxis(chart.xLabel());
    x.setRange(0, 100);
    SymbolAxis y = new SymbolAxis(chart.yLabel(), rows.toArray(String[]::new));
    y.setInverted(true);
    y.setGridBandPaint(new java.awt.Color(0xF2F2F2));
    y.setGridBandAlternatePaint(new java.awt.Color(0xFFFFFF));
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
    double tick = Math.max(6, Math.min(22, chart.size().height() * 0.6 / Math.max(1, rows.size())));
    for (int i = 0; i < data.getSeriesCount(); i++) {
      renderer.setSeriesShape(i, new Rectangle2D.Double(-1.5, -tick / 2, 3, tick));
      renderer.setSeriesPaint(i, ChartLook.series(i));
    }
    XYPlot plot = new XYPlot(data, x, y, renderer);
    plot.setRangeGridlinesVisible(false);
    JFreeChart jfc = new JFreeChart(chart.title(), plot);
    ChartLook.apply(jfc);
    jfc.getLegend().setPosition(RectangleEdge.TOP);
    return jfc;
  }

  private static String shorten(String doc) {
    return doc.length() <= 28 ? doc : doc.substring(0, 27) + "…";
  }
}
