package org.mentions.command.analysis;

import java.util.ArrayList;
import java.util.List;
import org.mentions.command.Category;
import org.mentions.command.ColumnRef;
import org.mentions.command.Command;
import org.mentions.command.Filters;
import org.mentions.command.Results;
import org.mentions.command.Workspace;
import org.mentions.lang.ArgKind;
import org.mentions.lang.Invocation;
import org.mentions.lang.LexToken;
import org.mentions.lang.Syntax;
import org.mentions.result.Result;
import org.mentions.table.GroupCount;
import org.mentions.table.Key;
import tech.tablesaw.api.Table;
import tech.tablesaw.selection.Selection;

/** Counts rows by one or more columns: who is mentioned most, which lemmas are frequent. */
public final class CountCommand implements Command {
  @Override
  public String name() {
    return "count";
  }

  @Override
  public Category category() {
    return Category.ANALYSIS;
  }

  @Override
  public String summary() {
    return "count rows by one or more columns, most frequent first";
  }

  @Override
  public String usage() {
    return "count TABLE [by COL[, COL...]] [where EXPR] [top N] [norm] [as NAME]";
  }

  @Override
  public String details() {
    return """
        One row per combination of the by columns with its count, sorted by count (largest first); ties are in
        the columns' natural order (text A to Z, numbers and dates ascending, documents in load order). Columns of
        docs (title, date, source, …) can be used from any table with a doc column.
        norm adds per_million: the count per million tokens. The tokens are those of the whole corpus, or, when
        you count by doc or by a docs column such as source, those of the matching documents, so documents of
        different lengths compare fairly.""";
  }

  @Override
  public List<String> examples() {
    return List.of("count mentions by entity where type = person top 10",
        "count mentions by entity, doc where type in (person, location) as who",
        "count tokens by lemma where pos = NOUN top 20 norm");
  }

  @Override
  public Syntax syntax() {
    return Results.named(Syntax.of(ArgKind.TABLE)
        .clause("by", ArgKind.COLUMN, "the columns to group by, separated by commas")
        .clause("where", ArgKind.EXPRESSION, "count only the rows that match")
        .clause("top", ArgKind.NUMBER, "keep the N largest counts")
        .clause("norm", ArgKind.NONE, "add the count per million tokens"));
  }

  @Override
  public Result execute(Invocation inv, Workspace ws) {
    LexToken tableRef = inv.requireOne("a table, e.g. count mentions by entity");
    Table table = ws.table(tableRef);
    List<ColumnRef> by = new ArrayList<>();
    for (LexToken t : inv.list("by")) by.add(ColumnRef.resolve(ws, table, tableRef.text(), t));
    int top = inv.number("top", 0);
    boolean norm = inv.flag("norm");
    Selection rows = Filters.where(inv, ws, table, tableRef.text());
    List<Key> keys = by.stream().map(c -> Key.of(c.name(), c.codes())).toList();
    Table counted = GroupCount.count(inv.value(Results.AS).orElse("count"), table.rowCount(), keys, rows, top);
    if (norm) PerMillion.add(ws, table, by, counted);
    return Results.table(inv, ws, counted);
  }
}
