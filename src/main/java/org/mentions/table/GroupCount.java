package org.mentions.table;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.selection.Selection;

/** {@code count … by …}: one row per key combination with its count, most frequent first, ties in key order. */
public final class GroupCount {
  public static final String COUNT = "count";

  private GroupCount() {}

  /** Counts the selected rows ({@code null} = all); {@code top} 0 keeps every group. */
  public static Table count(String tableName, int rowCount, List<Key> keys, Selection selection, int top) {
    List<Codes> codes = keys.stream().map(Key::codes).toList();
    Grouping grouping = Grouping.of(codes, rowCount, selection);
    boolean[] byAppearance = new boolean[keys.size()];
    for (int k = 0; k < keys.size(); k++) byAppearance[k] = keys.get(k).byAppearance();
    int[] order = grouping.sortedByValue(grouping.counts(), byAppearance);
    int shown = top > 0 ? Math.min(top, order.length) : order.length;
    List<Column<?>> columns = new ArrayList<>();
    for (int k = 0; k < keys.size(); k++) {
      Codes c = codes.get(k);
      if (c.values() instanceof tech.tablesaw.api.StringColumn) {
        int[] rowCodes = new int[shown];
        for (int i = 0; i < shown; i++) rowCodes[i] = grouping.keyCode(k, order[i]);
        columns.add(CodedStrings.column(keys.get(k).name(), c, rowCodes));
        continue;
      }
      Column<?> out = c.values().emptyCopy().setName(keys.get(k).name());
      for (int i = 0; i < shown; i++) appendFrom(out, c.values(), c.valueRow(grouping.keyCode(k, order[i])));
      columns.add(out);
    }
    int[] counts = new int[shown];
    for (int i = 0; i < shown; i++) counts[i] = grouping.count(order[i]);
    columns.add(IntColumn.create(COUNT, counts));
    return Table.create(tableName, columns.toArray(new Column<?>[0]));
  }

  /** Appends one cell of {@code from} to {@code to}, whatever their (shared) type. */
  @SuppressWarnings("unchecked")
  public static <T> void appendFrom(Column<T> to, Column<?> from, int row) {
    to.append((Column<T>) from, row);
  }
}
