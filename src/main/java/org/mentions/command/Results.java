package org.mentions.command;

import org.mentions.lang.Invocation;
import org.mentions.lang.Syntax;
import org.mentions.result.TableResult;
import tech.tablesaw.api.Table;

/** Shared handling of the {@code as NAME} clause that every table-producing command has. */
public final class Results {
  private Results() {}

  public static final String AS = "as";

  public static Syntax named(Syntax syntax) {
    return syntax.clause(AS, org.mentions.lang.ArgKind.NAME, "name the result for later commands");
  }

  /** Remembers the table as the last result (and under its {@code as} name) and wraps it for display. */
  public static TableResult table(Invocation inv, Workspace ws, Table table) {
    String name = inv.value(AS).orElse(Workspace.LAST);
    if (!name.equals(Workspace.LAST) && !name.matches("[A-Za-z][A-Za-z0-9_]*")) {
      throw new CommandError("a result name is a letter then letters, digits or _, not '" + name + "'",
          inv.valueToken(AS).get().span());
    }
    ws.remember(name, table);
    return new TableResult(table).withName(name);
  }
}
