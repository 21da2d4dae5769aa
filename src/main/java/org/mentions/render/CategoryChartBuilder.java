package org.mentions.render;

import java.awt.Font;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.mentions.result.ChartResult;

/** Bar, horizontal bar and line charts: categories along one axis, values along the other. */
final class CategoryChartBuilder {
  private CategoryChartBuilder() {}

  static JFreeChart bars(ChartResult chart) {
    boolean horizontal = chart.kind() == ChartResult.Kind.HBAR;
    JFreeChart jfc = ChartFactory.createBarChart(chart.title(), chart.xLabel(), chart.yLabel(), dataset(chart),
        horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL, chart.series().size() > 1, false,
        false);
    ChartLook.apply(jfc);
    CategoryPlot plot = jfc.getCategoryPlot();
    BarRenderer renderer = (BarRenderer) plot.getRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setSeriesPaint(0, ChartLook.BAR);
    renderer.setMaximumBarWidth(0.08);
    // values written at the end of each bar: the exact number is what a reader of a count wants
    renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator());
    renderer.setDefaultItemLabelsVisible(chart.categories().size() <= 40);
    renderer.setDefaultItemLabelFont(new Font(ChartLook.FONT, Font.PLAIN, 13));
    plot.getRangeAxis().setUpperMargin(0.1);
    // JFreeChart puts the value axis of horizontal bars on top; readers look for it at the bottom
    if (horizontal) plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
    ChartLook.ticksFor((NumberAxis) plot.getRangeAxis(), chart);
    labels(plot.getDomainAxis(), chart, horizontal);
    return jfc;
  }

  static JFreeChart lines(ChartResult chart) {
    JFreeChart jfc = ChartFactory.createLineChart(chart.title(), chart.xLabel(), chart.yLabel(), dataset(chart),
        PlotOrientation.VERTICAL, chart.series().size() > 1, false, false);
    ChartLook.apply(jfc);
    CategoryPlot plot = jfc.getCategoryPlot();
    LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
    renderer.setDefaultShapesVisible(chart.categories().size() <= 60);
    for (int i = 0; i < chart.series().size(); i++) {
      renderer.setSeriesPaint(i, ChartLook.series(i));
      renderer.setSeriesStroke(i, ChartLook.line(i));
    }
    labels(plot.getDomainAxis(), chart, false);
    ChartLook.ticksFor((NumberAxis) plot.getRangeAxis(), chart);
    return jfc;
  }

  private static void labels(CategoryAxis axis, ChartResult chart, boolean horizontal) {
    int longest = chart.categories().stream().mapToInt(String::length).max().orElse(0);
    if (!horizontal && chart.categories().size() * Math.max(longest, 4) > 120) {
      axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    }
    axis.setMaximumCategoryLabelWidthRatio(horizontal ? 0.4f : 1.5f);
    axis.setMaximumCategoryLabelLines(2);
  }

  private static DefaultCategoryDataset dataset(ChartResult chart) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    List<String> keys = uniqueKeys(chart.categories());
    for (ChartResult.Series s : chart.series()) {
      for (int i = 0; i < keys.size(); i++) {
        double v = s.values().get(i);
        data.addValue(Double.isNaN(v) ? null : v, s.name(), keys.get(i));
      }
    }
    return data;
  }

  // A dataset merges equal category keys; two rows with the same label must still be two bars.
  private static List<String> uniqueKeys(List<String> labels) {
    Map<String, Integer> seen = new HashMap<>();
    return labels.stream().map(l -> {
      int n = seen.merge(l, 1, Integer::sum);
      return n == 1 ? l : l + " (" + n + ")";
    }).toList();
  }
}
