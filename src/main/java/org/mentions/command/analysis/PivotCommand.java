package org.mentions.command.analysis;

import java.util.List;
import org.mentions.command.Category;
import org.mentions.command.ColumnRef;
import org.mentions.command.Command;
import org.mentions.command.CommandError;
import org.mentions.command.Filters;
import org.mentions.command.Results;
import org.mentions.command.Workspace;
import org.mentions.lang.ArgKind;
import org.mentions.lang.Invocation;
import org.mentions.lang.LexToken;
import org.mentions.lang.Syntax;
import org.mentions.result.Result;
import org.mentions.table.Codes;
import org.mentions.table.Key;
import org.mentions.table.Pivot;
import tech.tablesaw.api.Table;

/** Cross-tabulates two columns: which entities each document or outlet mentions. */
public final class PivotCommand implements Command {
  @Override
  public String name() {
    return "pivot";
  }

  @Override
  public Category category() {
    return Category.ANALYSIS;
  }

  @Override
  public String summary() {
    return "cross-tabulate: one row per value of one column, one column per value of another";
  }

  @Override
  public String usage() {
    return "pivot TABLE rows COL cols COL [values count | values distinct COL] [where EXPR] [top N] [as NAME]";
  }

  @Override
  public String details() {
    return """
        Rows are sorted by their total, largest first; columns follow the natural order of their values
        (documents in load order, numbers numerically, dates by time, text A to Z). Empty cells are 0. The last
        column is the row total and the last row (named total) the column totals.
        values distinct COL counts distinct values instead of rows; its totals are distinct counts too, so a
        document that mentions an entity in two cells counts once in the total.
        top N keeps the N rows with the largest totals; the total row then adds up the rows shown.""";
  }

  @Override
  public List<String> examples() {
    return List.of("pivot mentions rows entity cols doc where type = location top 15",
        "pivot mentions rows entity cols source values distinct doc",
        "pivot mentions rows type cols doc");
  }

  @Override
  public Syntax syntax() {
    return Results.named(Syntax.of(ArgKind.TABLE)
        .clause("rows", ArgKind.COLUMN, "the column whose values become rows")
        .clause("cols", ArgKind.COLUMN, "the column whose values become columns")
        .clause("values", ArgKind.TEXT, "count (rows, the default) or distinct COL", List.of("count", "distinct"))
        .clause("where", ArgKind.EXPRESSION, "pivot only the rows that match")
        .clause("top", ArgKind.NUMBER, "keep the N rows with the largest totals"));
  }

  @Override
  public Result execute(Invocation inv, Workspace ws) {
    LexToken tableRef = inv.requireOne("a table, e.g. pivot mentions rows entity cols doc");
    Table table = ws.table(tableRef);
    ColumnRef rows = ColumnRef.resolve(ws, table, tableRef.text(), required(inv, "rows"));
    ColumnRef cols = ColumnRef.resolve(ws, table, tableRef.text(), required(inv, "cols"));
    Codes distinct = distinctOf(inv, ws, table, tableRef.text());
    int top = inv.number("top", 0);
    Table pivot = Pivot.pivot(inv.value(Results.AS).orElse("pivot"), table.rowCount(),
        Key.of(rows.name(), rows.codes()), Key.of(cols.name(), cols.codes()), distinct,
        Filters.where(inv, ws, table, tableRef.text()), top);
    return Results.table(inv, ws, pivot);
  }

  private static LexToken required(Invocation inv, String clause) {
    if (!inv.has(clause)) {
      throw new CommandError("pivot needs '" + clause + " COLUMN', e.g. pivot mentions rows entity cols doc",
          inv.commandSpan());
    }
    return inv.valueToken(clause).orElseThrow();
  }

  private static Codes distinctOf(Invocation inv, Workspace ws, Table table, String tableName) {
    Invocation.Part p = inv.clause("values").orElse(null);
    if (p == null) return null;
    List<LexToken> t = p.tokens();
    if (t.size() == 1 && t.get(0).isWord("count")) return null;
    if (t.size() == 2 && t.get(0).isWord("distinct")) {
      return ColumnRef.resolve(ws, table, tableName, t.get(1)).codes();
    }
    org.mentions.lang.Span at = t.isEmpty() ? p.keyword().span() : Invocation.span(t);
    throw new CommandError("values takes 'count' or 'distinct COLUMN', e.g. values distinct doc", at);
  }
}
