package org.mentions.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;
import org.mentions.result.ChartResult;

/**
 * A heatmap: rows by columns of blocks shaded on one blue ramp from white to navy, with the scale beside it and
 * the value in each block when they fit. Lightness falls steadily along the ramp, so the order of the shades
 * survives printing in black and white.
 */
final class HeatChartBuilder {
  private static final int MAX_LABELLED_CELLS = 600;

  private HeatChartBuilder() {}

  static JFreeChart build(ChartResult chart) {
    List<ChartResult.Series> rows = chart.series();
    List<String> cols = chart.categories();
    double max = 0;
    int n = rows.size() * cols.size();
    double[][] xyz = new double[3][n];
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < cols.size(); c++) {
        double v = rows.get(r).values().get(c);
        int i = r * cols.size() + c;
        xyz[0][i] = c;
        xyz[1][i] = r;
        xyz[2][i] = Double.isNaN(v) ? 0 : v;
        max = Math.max(max, xyz[2][i]);
      }
    }
    DefaultXYZDataset data = new DefaultXYZDataset();
    data.addSeries("values", xyz);
    Ramp ramp = new Ramp(max <= 0 ? 1 : max);
    XYBlockRenderer renderer = new XYBlockRenderer();
    renderer.setPaintScale(ramp);
    SymbolAxis x = new SymbolAxis(chart.xLabel(), cols.toArray(String[]::new));
    SymbolAxis y = new SymbolAxis(chart.yLabel(), rows.stream().map(ChartResult.Series::name).toArray(String[]::new));
    for (SymbolAxis a : List.of(x, y)) a.setGridBandsVisible(false);
    y.setInverted(true); // the first row of the table on top, as it reads
    int longest = cols.stream().mapToInt(String::length).max().orElse(0);
    x.setVerticalTickLabels(cols.size() * Math.max(longest, 3) > 100);
    XYPlot plot = new XYPlot(data, x, y, renderer);
    plot.setDomainAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    if (n <= MAX_LABELLED_CELLS) label(plot, xyz, ramp);
    JFreeChart jfc = new JFreeChart(chart.title(), new Font(ChartLook.FONT, Font.BOLD, 22), plot, false);
    ChartLook.apply(jfc);
    PaintScaleLegend legend = legend(ramp);
    ChartLook.ticksFor((NumberAxis) legend.getAxis(), chart);
    jfc.addSubtitle(legend);
    return jfc;
  }

  private static void label(XYPlot plot, double[][] xyz, Ramp ramp) {
    CellFormat format = new CellFormat(true, 2);
    for (int i = 0; i < xyz[0].length; i++) {
      XYTextAnnotation a = new XYTextAnnotation(format.number(xyz[2][i]), xyz[0][i], xyz[1][i]);
      a.setFont(new Font(ChartLook.FONT, Font.PLAIN, 13));
      a.setPaint(ramp.dark(xyz[2][i]) ? Color.WHITE : Color.BLACK);
      plot.addAnnotation(a);
    }
  }

  private static PaintScaleLegend legend(Ramp ramp) {
    NumberAxis axis = new NumberAxis("value");
    axis.setRange(0, ramp.getUpperBound());
    ChartLook.axis(axis);
    PaintScaleLegend legend = new PaintScaleLegend(ramp, axis);
    legend.setPosition(RectangleEdge.RIGHT);
    legend.setStripWidth(22);
    legend.setStripOutlineVisible(true);
    legend.setSubdivisionCount(64);
    legend.setMargin(new RectangleInsets(40, 12, 40, 12));
    legend.setAxisOffset(4);
    return legend;
  }

  /** White for zero, then light blue to navy: ColorBrewer's single-hue "Blues", darker as values grow. */
  static final class Ramp implements PaintScale {
    private static final Color[] STOPS = {
        new Color(0xF7FBFF), new Color(0xC6DBEF), new Color(0x6BAED6), new Color(0x2171B5), new Color(0x08306B)};
    private final double max;

    Ramp(double max) {
      this.max = max;
    }

    @Override
    public double getLowerBound() {
      return 0;
    }

    @Override
    public double getUpperBound() {
      return max;
    }

    @Override
    public Paint getPaint(double value) {
      if (!(value > 0)) return Color.WHITE;
      double t = Math.min(1, value / max) * (STOPS.length - 1);
      int i = Math.min(STOPS.length - 2, (int) t);
      return mix(STOPS[i], STOPS[i + 1], t - i);
    }

    boolean dark(double value) {
      return value / max > 0.55;
    }

    private static Color mix(Color a, Color b, double t) {
      return new Color((int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * t),
          (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * t),
          (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }
  }
}
