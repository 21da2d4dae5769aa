package org.mentions.table;

import java.util.HashMap;
import java.util.Map;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.selection.Selection;

/**
 * Columns of the docs table (title, date, source, any metadata) seen from the rows of a table that has a doc
 * column, so {@code count mentions by source} and {@code where date >= 2022-02-01} work without a join. The work
 * is per document, then one array read per row.
 */
public final class DocLevel {
  private final Table docs;
  private final Codes rowDocs;
  private final int[] docsRowOfCode;

  public DocLevel(Column<?> docColumn, Table docs) {
    this.docs = docs;
    this.rowDocs = Codes.of(docColumn);
    Map<String, Integer> rowOfDoc = new HashMap<>();
    Column<?> ids = docs.column(Columns.DOC);
    for (int i = 0; i < ids.size(); i++) rowOfDoc.put(ids.getString(i), i);
    docsRowOfCode = new int[rowDocs.size()];
    for (int code = 0; code < rowDocs.size(); code++) {
      docsRowOfCode[code] = rowOfDoc.getOrDefault(rowDocs.label(code), -1);
    }
  }

  /** The docs row of a table row, or -1 when its document is no longer loaded. */
  public int docsRow(int row) {
    return docsRowOfCode[rowDocs.code(row)];
  }

  /** Codes of a docs column for each row; rows of unknown documents share one code with a missing value. */
  public Codes codes(String docsColumn) {
    Column<?> values = docs.column(docsColumn);
    Codes perDoc = Codes.of(values);
    int missing = perDoc.size();
    int[] keys = new int[rowDocs.rows()];
    boolean anyMissing = false;
    for (int row = 0; row < keys.length; row++) {
      int d = docsRowOfCode[rowDocs.code(row)];
      keys[row] = d < 0 ? missing : perDoc.code(d);
      anyMissing |= d < 0;
    }
    int[] valueRowOfKey = new int[missing + 1];
    for (int k = 0; k < missing; k++) valueRowOfKey[k] = perDoc.valueRow(k);
    if (anyMissing) {
      values = values.copy();
      values.appendMissing();
      valueRowOfKey[missing] = values.size() - 1;
    }
    return Codes.fromKeys(keys, missing + 1, values, valueRowOfKey);
  }

  /** The rows whose document is among the selected docs rows. */
  public Selection lift(Selection docsSelection) {
    boolean[] selected = new boolean[docsRowOfCode.length];
    for (int code = 0; code < selected.length; code++) {
      selected[code] = docsRowOfCode[code] >= 0 && docsSelection.contains(docsRowOfCode[code]);
    }
    int[] rows = new int[rowDocs.rows()];
    int n = 0;
    for (int row = 0; row < rows.length; row++) {
      if (selected[rowDocs.code(row)]) rows[n++] = row;
    }
    return Selection.with(java.util.Arrays.copyOf(rows, n));
  }
}
