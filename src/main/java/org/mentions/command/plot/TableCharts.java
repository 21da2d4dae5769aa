package org.mentions.command.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mentions.command.CommandError;
import org.mentions.command.Workspace;
import org.mentions.lang.LexToken;
import org.mentions.result.ChartResult;
import org.mentions.result.ChartResult.Kind;
import org.mentions.result.ChartResult.Series;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Turns any table into chart data. Bars: the first text column gives the labels and the first numeric column (or
 * the one named with {@code value}) the lengths. Lines: numeric columns over the first non-numeric column, in
 * table order. Heatmaps: a pivot-like table, first column the row labels, other numeric columns the cells; a
 * {@code total} row or column is left out because it would drown the rest of the scale.
 */
final class TableCharts {
  static final int MAX_BARS = 50;
  static final int MAX_CELLS = 50;
  private static final String TOTAL = "total";

  private TableCharts() {}

  static ChartResult bars(Kind kind, String name, Table table, Optional<LexToken> valueRef) {
    List<Column<?>> numeric = numericColumns(name, table);
    Column<?> values = valueRef.isPresent() ? numericColumn(table, valueRef.get()) : numeric.get(0);
    Optional<Column<?>> labels = firstNonNumeric(table);
    int rows = Math.min(MAX_BARS, table.rowCount());
    List<String> categories = new ArrayList<>();
    for (int r = 0; r < rows; r++) categories.add(labels.isPresent() ? label(labels.get(), r) : String.valueOf(r + 1));
    String xLabel = labels.map(Column::name).orElse("row");
    ChartResult chart = ChartResult.of(kind, name + ": " + values.name() + " by " + xLabel, xLabel, values.name(),
        categories, List.of(series(values, 0, rows)));
    return chart.withNote(cutNote(rows, table.rowCount(), "rows"));
  }

  static ChartResult line(String name, Table table) {
    numericColumns(name, table);
    Column<?> x = firstNonNumeric(table).orElse(null);
    List<Column<?>> ys = new ArrayList<>();
    for (Column<?> c : table.columns()) if (isNumeric(c) && c != x) ys.add(c);
    if (x == null && ys.size() > 1) x = ys.remove(0); // an all-numeric table: the first column is the x axis
    Column<?> xs = x;
    List<String> categories = new ArrayList<>();
    for (int r = 0; r < table.rowCount(); r++) categories.add(xs == null ? String.valueOf(r + 1) : label(xs, r));
    List<Series> series = ys.stream().map(c -> series(c, 0, table.rowCount())).toList();
    String xLabel = xs == null ? "row" : xs.name();
    String names = String.join(", ", ys.stream().map(Column::name).toList());
    String yLabel = ys.size() == 1 ? ys.get(0).name() : "value";
    return ChartResult.of(Kind.LINE, name + ": " + names + " by " + xLabel, xLabel, yLabel, categories, series);
  }

  static ChartResult heat(String name, Table table) {
    numericColumns(name, table);
    Column<?> rowLabels = table.column(0);
    List<Column<?>> cols = new ArrayList<>();
    for (Column<?> c : table.columns()) {
      if (c != rowLabels && isNumeric(c) && !c.name().equalsIgnoreCase(TOTAL)) cols.add(c);
    }
    if (cols.isEmpty()) {
      throw new CommandError("cannot draw a heatmap of " + name + ": it needs row labels in its first column and "
          + "numeric columns after it (a pivot result, e.g. pivot mentions rows entity cols doc)");
    }
    List<Integer> rows = new ArrayList<>();
    for (int r = 0; r < table.rowCount(); r++) if (!label(rowLabels, r).equalsIgnoreCase(TOTAL)) rows.add(r);
    if (rows.isEmpty()) throw new CommandError("nothing to plot: " + name + " has no rows besides its total");
    int keptRows = Math.min(MAX_CELLS, rows.size());
    int keptCols = Math.min(MAX_CELLS, cols.size());
    List<Series> series = new ArrayList<>();
    for (int r : rows.subList(0, keptRows)) {
      List<Double> values = new ArrayList<>();
      for (Column<?> c : cols.subList(0, keptCols)) values.add(value(c, r));
      series.add(new Series(label(rowLabels, r), values));
    }
    List<String> categories = cols.subList(0, keptCols).stream().map(Column::name).toList();
    String note = String.join("; ", List.of(cutNote(keptRows, rows.size(), "rows"),
        cutNote(keptCols, cols.size(), "columns")).stream().filter(s -> !s.isEmpty()).toList());
    return ChartResult.of(Kind.HEAT, name + ": " + rowLabels.name() + " by column", "column", rowLabels.name(),
        categories, series).withNote(note);
  }

  private static List<Column<?>> numericColumns(String name, Table table) {
    if (table.rowCount() == 0) throw new CommandError("nothing to plot: " + name + " is empty");
    List<Column<?>> numeric = table.columns().stream().filter(TableCharts::isNumeric).toList();
    if (numeric.isEmpty()) {
      throw new CommandError("cannot plot " + name + ": it has no numeric column (columns: "
          + String.join(", ", table.columnNames()) + "); count or pivot it first");
    }
    return numeric;
  }

  private static Column<?> numericColumn(Table table, LexToken ref) {
    Column<?> c = Workspace.column(table, ref);
    if (!isNumeric(c)) throw new CommandError("column '" + c.name() + "' is not numeric", ref.span());
    return c;
  }

  private static Optional<Column<?>> firstNonNumeric(Table table) {
    return table.columns().stream().filter(c -> !isNumeric(c)).findFirst();
  }

  static boolean isNumeric(Column<?> c) {
    ColumnType t = c.type();
    return t == ColumnType.DOUBLE || t == ColumnType.FLOAT || t == ColumnType.INTEGER || t == ColumnType.LONG
        || t == ColumnType.SHORT;
  }

  private static Series series(Column<?> c, int from, int to) {
    List<Double> values = new ArrayList<>();
    for (int r = from; r < to; r++) values.add(value(c, r));
    return new Series(c.name(), values);
  }

  private static double value(Column<?> c, int row) {
    return c.isMissing(row) ? Double.NaN : ((Number) c.get(row)).doubleValue();
  }

  private static String label(Column<?> c, int row) {
    return c.isMissing(row) ? "(missing)" : c.getString(row);
  }

  private static String cutNote(int shown, int all, String what) {
    return shown < all ? "first " + shown + " of " + all + " " + what + " shown" : "";
  }
}
