package org.mentions.command.tables;

import java.util.ArrayList;
import java.util.List;
import org.mentions.command.Category;
import org.mentions.command.Command;
import org.mentions.command.CommandError;
import org.mentions.command.Results;
import org.mentions.command.Workspace;
import org.mentions.lang.ArgKind;
import org.mentions.lang.Invocation;
import org.mentions.lang.LexToken;
import org.mentions.lang.Syntax;
import org.mentions.result.Result;
import tech.tablesaw.api.Table;

/** Orders a table by one or more columns. */
public final class SortCommand implements Command {
  @Override
  public String name() {
    return "sort";
  }

  @Override
  public Category category() {
    return Category.TABLES;
  }

  @Override
  public String summary() {
    return "order a table by columns, ascending or desc";
  }

  @Override
  public String usage() {
    return "sort TABLE by COL [asc|desc][, COL [asc|desc]...] [as NAME]";
  }

  @Override
  public String details() {
    return "Each column sorts ascending unless followed by desc; later columns break ties of earlier ones.";
  }

  @Override
  public List<String> examples() {
    return List.of("count mentions by entity as who", "sort who by count desc", "sort mentions by doc, start");
  }

  @Override
  public Syntax syntax() {
    return Results.named(Syntax.of(ArgKind.TABLE)
        .clause("by", ArgKind.COLUMN, "columns to sort by, each optionally followed by asc or desc"));
  }

  @Override
  public Result execute(Invocation inv, Workspace ws) {
    LexToken tableRef = inv.requireOne("a table, e.g. sort who by count desc");
    Table table = ws.table(tableRef);
    Invocation.Part by = inv.clause("by").orElseThrow(() ->
        new CommandError("sort needs 'by COLUMN', e.g. sort " + tableRef.text() + " by count desc",
            inv.commandSpan()));
    List<List<LexToken>> items = Invocation.splitAtCommas(by.tokens());
    if (items.isEmpty()) throw new CommandError("'by' needs at least one column", by.keyword().span());
    List<String> order = new ArrayList<>();
    for (List<LexToken> item : items) {
      String column = Workspace.column(table, item.get(0)).name();
      boolean desc = false;
      if (item.size() > 1) {
        LexToken dir = item.get(1);
        if (!dir.isWord("asc") && !dir.isWord("desc") || item.size() > 2) {
          LexToken bad = item.size() > 2 && (dir.isWord("asc") || dir.isWord("desc")) ? item.get(2) : dir;
          throw new CommandError("after a sort column comes asc, desc or a comma, not '" + bad.text() + "'",
              bad.span());
        }
        desc = dir.isWord("desc");
      }
      order.add(desc ? "-" + column : column);
    }
    Table sorted = table.sortOn(order.toArray(new String[0]));
    return Results.table(inv, ws, sorted.setName(inv.value(Results.AS).orElse(table.name())));
  }
}
