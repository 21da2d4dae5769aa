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
import tech.tablesaw.columns.Column;

/** Keeps some columns of a table, in the order given. */
public final class SelectCommand implements Command {
  @Override
  public String name() {
    return "select";
  }

  @Override
  public Category category() {
    return Category.TABLES;
  }

  @Override
  public String summary() {
    return "keep some columns of a table, in the order given";
  }

  @Override
  public String usage() {
    return "select TABLE COL[, COL...] [as NAME]";
  }

  @Override
  public List<String> examples() {
    return List.of("count mentions by entity, type as who", "select who entity, count",
        "select mentions doc, entity, text");
  }

  @Override
  public Syntax syntax() {
    return Results.named(Syntax.of(ArgKind.TABLE, ArgKind.COLUMN));
  }

  @Override
  public Result execute(Invocation inv, Workspace ws) {
    List<LexToken> args = new ArrayList<>();
    for (LexToken t : inv.positional()) {
      if (!t.is(org.mentions.lang.TokenKind.COMMA)) args.add(t);
    }
    if (args.size() < 2) {
      throw new CommandError("select needs a table and columns, e.g. select who entity, count", inv.commandSpan());
    }
    Table table = ws.table(args.get(0));
    List<Column<?>> columns = new ArrayList<>();
    for (LexToken t : args.subList(1, args.size())) {
      Column<?> c = Workspace.column(table, t);
      if (columns.stream().anyMatch(x -> x.name().equals(c.name()))) throw new CommandError("column '" + c.name() + "' is selected twice", t.span());
      columns.add(c.copy());
    }
    Table picked = Table.create(inv.value(Results.AS).orElse(table.name()), columns.toArray(new Column<?>[0]));
    return Results.table(inv, ws, picked);
  }
}
