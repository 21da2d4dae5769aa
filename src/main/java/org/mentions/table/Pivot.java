package org.mentions.table;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.selection.Selection;

/**
 * {@code pivot … rows R cols C}: one row per R value (largest total first), one column per C value in natural
 * order, zeros where nothing was counted, a total column and a total row. Cells count rows, or with
 * {@code distinctOf} the distinct values of another column; then totals are distinct too (a document mentioning
 * an entity in two sources counts once in the total), not sums. With {@code top} only the N rows with the largest
 * totals are kept, and the total row adds up the rows shown.
 */
public final class Pivot {
  public static final String TOTAL = "total";

  private Pivot() {}

  public static Table pivot(String tableName, int rowCount, Key rowKey, Key colKey, Codes distinctOf,
      Selection selection, int top) {
    Codes r = rowKey.codes();
    Codes c = colKey.codes();
    Grouping rowTotals = Grouping.of(List.of(r), rowCount, selection);
    int[] totals = distinctOf == null ? rowTotals.counts() : rowTotals.distinct(distinctOf);
    int[] rowOrder = rowTotals.sortedByValue(totals, new boolean[] {rowKey.byAppearance()});
    int shown = top > 0 ? Math.min(top, rowOrder.length) : rowOrder.length;
    int[] rowIndexOfCode = new int[r.size()];
    java.util.Arrays.fill(rowIndexOfCode, -1);
    for (int i = 0; i < shown; i++) rowIndexOfCode[rowTotals.keyCode(0, rowOrder[i])] = i;

    Selection kept = shown == rowOrder.length ? selection : keepRows(rowCount, selection, r, rowIndexOfCode);
    Grouping cols = Grouping.of(List.of(c), rowCount, kept);
    int[] colTotals = distinctOf == null ? cols.counts() : cols.distinct(distinctOf);
    int[] colOrder = order(cols, c, colKey.byAppearance());
    int[] colIndexOfCode = new int[c.size()];
    java.util.Arrays.fill(colIndexOfCode, -1);
    for (int j = 0; j < colOrder.length; j++) colIndexOfCode[cols.keyCode(0, colOrder[j])] = j;

    Grouping cells = Grouping.of(List.of(r, c), rowCount, kept);
    int[] cellValues = distinctOf == null ? cells.counts() : cells.distinct(distinctOf);
    int[][] matrix = new int[colOrder.length][shown];
    for (int g = 0; g < cells.groups(); g++) {
      int i = rowIndexOfCode[cells.keyCode(0, g)];
      if (i >= 0) matrix[colIndexOfCode[cells.keyCode(1, g)]][i] = cellValues[g];
    }

    int[] labelCodes = new int[shown];
    for (int i = 0; i < shown; i++) labelCodes[i] = rowTotals.keyCode(0, rowOrder[i]);
    StringColumn labels = r.values() instanceof StringColumn ? CodedStrings.column(rowKey.name(), r, labelCodes)
        : StringColumn.create(rowKey.name());
    if (!(r.values() instanceof StringColumn)) for (int code : labelCodes) labels.append(r.label(code));
    labels.append(TOTAL);
    Table out = Table.create(tableName, labels);
    Set<String> used = new HashSet<>();
    used.add(rowKey.name().toLowerCase(Locale.ROOT));
    used.add(TOTAL);
    int grand = 0;
    for (int j = 0; j < colOrder.length; j++) {
      int[] values = java.util.Arrays.copyOf(matrix[j], shown + 1);
      values[shown] = colTotals[colOrder[j]];
      grand += values[shown];
      String name = uniqueName(c.label(cols.keyCode(0, colOrder[j])), colKey.name(), used);
      // names are made unique above and every column has shown + 1 rows; Tablesaw's own check lower-cases every
      // name in the table for each column added, which made a pivot with a column per document take seconds
      out.internalAddWithoutValidation(IntColumn.create(name, values));
    }
    int[] totalColumn = new int[shown + 1];
    for (int i = 0; i < shown; i++) totalColumn[i] = totals[rowOrder[i]];
    totalColumn[shown] = distinctOf == null ? grand : distinctTotal(rowCount, kept, distinctOf);
    out.addColumns(IntColumn.create(TOTAL, totalColumn));
    return out;
  }

  private static Selection keepRows(int rowCount, Selection selection, Codes r, int[] rowIndexOfCode) {
    Selection kept = new tech.tablesaw.selection.BitmapBackedSelection();
    for (int row : Grouping.selectedRows(rowCount, selection)) {
      if (rowIndexOfCode[r.code(row)] >= 0) kept.add(row);
    }
    return kept;
  }

  private static int[] order(Grouping g, Codes codes, boolean byAppearance) {
    int[] rank = codes.ranks(byAppearance);
    int[] order = new int[g.groups()];
    for (int i = 0; i < order.length; i++) order[i] = i;
    it.unimi.dsi.fastutil.ints.IntArrays.quickSort(order,
        (a, b) -> Integer.compare(rank[g.keyCode(0, a)], rank[g.keyCode(0, b)]));
    return order;
  }

  private static int distinctTotal(int rowCount, Selection kept, Codes distinctOf) {
    boolean[] seen = new boolean[distinctOf.size()];
    int n = 0;
    for (int row : Grouping.selectedRows(rowCount, kept)) {
      if (!seen[distinctOf.code(row)]) {
        seen[distinctOf.code(row)] = true;
        n++;
      }
    }
    return n;
  }

  /** Column names must be unique and non-empty: a value that clashes gets the column's name added. */
  private static String uniqueName(String value, String column, Set<String> used) {
    String name = value.isBlank() ? "(none)" : value;
    if (used.contains(name.toLowerCase(Locale.ROOT))) name = name + " (" + column + ")";
    while (used.contains(name.toLowerCase(Locale.ROOT))) name = name + "'";
    used.add(name.toLowerCase(Locale.ROOT));
    return name;
  }
}
