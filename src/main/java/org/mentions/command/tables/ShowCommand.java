package org.mentions.command.tables;

import java.util.List;
import org.mentions.command.Category;
import org.mentions.command.Command;
import org.mentions.command.Results;
import org.mentions.command.Workspace;
import org.mentions.lang.ArgKind;
import org.mentions.lang.Invocation;
import org.mentions.lang.Syntax;
import org.mentions.result.Result;
import org.mentions.table.TableCopies;
import tech.tablesaw.api.Table;

/** Shows a table or result, optionally only its first rows. */
public final class ShowCommand implements Command {
  @Override
  public String name() {
    return "show";
  }

  @Override
  public Category category() {
    return Category.TABLES;
  }

  @Override
  public String summary() {
    return "show a table or named result";
  }

  @Override
  public String usage() {
    return "show TABLE [limit N] [as NAME]";
  }

  @Override
  public String details() {
    return "Without limit the whole table becomes the last result (_) and the first rows are shown "
        + "(set maxrows changes how many).";
  }

  @Override
  public List<String> examples() {
    return List.of("show mentions limit 10", "show sentences", "show docs");
  }

  @Override
  public Syntax syntax() {
    return Results.named(Syntax.of(ArgKind.TABLE).clause("limit", ArgKind.NUMBER, "show only the first N rows"));
  }

  @Override
  public Result execute(Invocation inv, Workspace ws) {
    Table table = ws.table(inv.requireOne("a table name, e.g. show mentions"));
    int limit = inv.number("limit", -1);
    return Results.table(inv, ws, limit >= 0 ? TableCopies.head(table, limit) : table);
  }
}
