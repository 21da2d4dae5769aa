package org.mentions.table;

import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.selection.Selection;

/**
 * Copies of some rows of a table in time linear in its columns. Tablesaw's own ({@code first}, {@code where})
 * add each column through a check that lower-cases the name of every column already there: a pivot with a column
 * per document (ten thousand) took seconds to show, log or filter. The source's names are already unique.
 */
public final class TableCopies {
  private TableCopies() {}

  /** A copy of the first {@code n} rows (all of them if there are fewer). */
  public static Table head(Table table, int n) {
    int rows = Math.max(0, Math.min(n, table.rowCount()));
    Table out = Table.create(table.name());
    // Column.first refuses an empty range
    for (Column<?> c : table.columns()) out.internalAddWithoutValidation(rows == 0 ? c.emptyCopy() : c.first(rows));
    return out;
  }

  /** The selected rows, in order. */
  public static Table rows(Table table, Selection selection) {
    Table out = Table.create(table.name());
    for (Column<?> c : table.columns()) out.internalAddWithoutValidation(c.where(selection));
    return out;
  }
}
