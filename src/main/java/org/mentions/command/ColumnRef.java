package org.mentions.command;

import java.util.ArrayList;
import java.util.List;
import org.mentions.lang.LexToken;
import org.mentions.lang.Span;
import org.mentions.lang.Suggest;
import org.mentions.table.Codes;
import org.mentions.table.Columns;
import org.mentions.table.DocLevel;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A column a command names: one of the table's own, or a column of the docs table reached through the table's
 * doc column ({@code count mentions by source}). Unknown names get one line listing what there is.
 */
public final class ColumnRef {
  private final String name;
  private final Span span;
  private final Table table;
  private final Column<?> own;
  private final Table docs;

  private ColumnRef(String name, Span span, Table table, Column<?> own, Table docs) {
    this.name = name;
    this.span = span;
    this.table = table;
    this.own = own;
    this.docs = docs;
  }

  /** Resolves a column token in {@code table}, which the user called {@code tableName}. */
  public static ColumnRef resolve(Workspace ws, Table table, String tableName, LexToken ref) {
    String wanted = ref.text();
    for (Column<?> c : table.columns()) {
      if (c.name().equalsIgnoreCase(wanted)) return new ColumnRef(c.name(), ref.span(), table, c, null);
    }
    Table docs = ws.tables().get(Columns.DOCS);
    List<String> viaDoc = docLevelNames(table, docs);
    for (String d : viaDoc) {
      if (d.equalsIgnoreCase(wanted)) return new ColumnRef(d, ref.span(), table, null, docs);
    }
    List<String> all = new ArrayList<>(table.columnNames());
    all.addAll(viaDoc);
    String near = Suggest.nearest(wanted, all).map(n -> "did you mean '" + n + "'? ").orElse("");
    String through = viaDoc.isEmpty() ? "" : "; through doc: " + String.join(", ", viaDoc);
    throw new CommandError("no column '" + wanted + "' in " + tableName + "; " + near + "columns: "
        + String.join(", ", table.columnNames()) + through, ref.span());
  }

  private static List<String> docLevelNames(Table table, Table docs) {
    List<String> out = new ArrayList<>();
    if (docs == null || table == docs || !table.containsColumn(Columns.DOC)) return out;
    for (String n : docs.columnNames()) {
      if (!table.containsColumn(n)) out.add(n);
    }
    return out;
  }

  public String name() {
    return name;
  }

  public Span span() {
    return span;
  }

  /** True when the values come from the docs table. */
  public boolean isDocLevel() {
    return own == null;
  }

  /** The column whose values are compared: the table's own, or the docs column. */
  public Column<?> values() {
    return own != null ? own : docs.column(name);
  }

  public Table docs() {
    return docs;
  }

  public DocLevel docLevel() {
    return new DocLevel(table.column(Columns.DOC), docs);
  }

  /** Integer codes of the column's value on each row of the table. */
  public Codes codes() {
    return own != null ? Codes.of(own) : docLevel().codes(name);
  }
}
