package org.mentions.command.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mentions.command.ColumnRef;
import org.mentions.command.CommandError;
import org.mentions.command.Workspace;
import org.mentions.table.Columns;
import org.mentions.table.GroupCount;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The {@code norm} column: count per million tokens. Counts grouped by document-level columns (doc, source,
 * date, …) are divided by the tokens of the documents in that group; other counts by the tokens of the corpus.
 */
final class PerMillion {
  static final String COLUMN = "per_million";

  private PerMillion() {}

  static void add(Workspace ws, Table counted, List<ColumnRef> by, Table result) {
    Table docs = ws.tables().get(Columns.DOCS);
    if (docs.rowCount() == 0) throw new CommandError("norm needs a loaded corpus to know how many tokens it has");
    List<String> docKeys = by.stream().filter(c -> c.isDocLevel() || c.name().equals(Columns.DOC))
        .map(ColumnRef::name).toList();
    if (counted == docs) docKeys = List.of();
    IntColumn tokens = docs.intColumn(Columns.COUNT_TOKENS);
    Map<String, Long> tokensByKey = new HashMap<>();
    for (int d = 0; d < docs.rowCount(); d++) tokensByKey.merge(key(docs, docKeys, d), (long) tokens.getInt(d), Long::sum);
    IntColumn count = result.intColumn(GroupCount.COUNT);
    double[] perMillion = new double[result.rowCount()];
    for (int r = 0; r < perMillion.length; r++) {
      long denominator = tokensByKey.getOrDefault(key(result, docKeys, r), 0L);
      perMillion[r] = denominator == 0 ? Double.NaN : count.getInt(r) * 1_000_000.0 / denominator;
    }
    result.addColumns(DoubleColumn.create(COLUMN, perMillion));
  }

  private static String key(Table t, List<String> columns, int row) {
    StringBuilder sb = new StringBuilder();
    for (String c : columns) {
      Column<?> col = t.column(c);
      sb.append(col.isMissing(row) ? "" : col.getString(row)).append('\u0001');
    }
    return sb.toString();
  }
}
