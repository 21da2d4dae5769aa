package org.mentions.command.tables;

import java.util.List;
import org.mentions.command.Category;
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
import org.mentions.table.TableCopies;
import tech.tablesaw.api.Table;

/** Keeps the rows of a table that match a condition. */
public final class FilterCommand implements Command {
  @Override
  public String name() {
    return "filter";
  }

  @Override
  public Category category() {
    return Category.TABLES;
  }

  @Override
  public String summary() {
    return "keep the rows of a table that match a condition";
  }

  @Override
  public String usage() {
    return "filter TABLE where EXPR [as NAME]";
  }

  @Override
  public String details() {
    return """
        Conditions compare a column with a value: = != < <= > >= on numbers, text and dates (dates as 2022-02-01),
        ~ for a case-insensitive regular expression, in (a, b, …) for a list. Text compares ignoring case. Join
        conditions with and, or, not and parentheses; quote values with spaces. Columns of docs (title, date,
        source, …) can be used from any table with a doc column.""";
  }

  @Override
  public List<String> examples() {
    return List.of("filter sentences where text ~ \"sanction\" and doc = \"001_0b36b266ebb3a66e.txt\" as sanction_sents",
        "filter mentions where type = person and not entity ~ \"^V\"",
        "filter docs where date >= 2022-02-01");
  }

  @Override
  public Syntax syntax() {
    return Results.named(Syntax.of(ArgKind.TABLE)
        .clause("where", ArgKind.EXPRESSION, "the condition rows must meet"));
  }

  @Override
  public Result execute(Invocation inv, Workspace ws) {
    LexToken tableRef = inv.requireOne("a table, e.g. filter mentions where type = person");
    Table table = ws.table(tableRef);
    if (!inv.has("where")) {
      throw new CommandError("filter needs a condition: filter " + tableRef.text() + " where COLUMN = VALUE",
          inv.commandSpan());
    }
    Table kept = TableCopies.rows(table, Filters.where(inv, ws, table, tableRef.text()));
    return Results.table(inv, ws, kept.setName(inv.value(Results.AS).orElse(table.name())));
  }
}
