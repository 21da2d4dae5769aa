package org.mentions.command.corpus;

import java.util.List;
import org.mentions.command.Category;
import org.mentions.command.Command;
import org.mentions.command.Results;
import org.mentions.command.Workspace;
import org.mentions.lang.Invocation;
import org.mentions.lang.Syntax;
import org.mentions.result.Result;
import org.mentions.table.Columns;

/** The documents loaded, with their metadata and counts: the docs table. */
public final class DocsCommand implements Command {
  @Override
  public String name() {
    return "docs";
  }

  @Override
  public Category category() {
    return Category.CORPUS;
  }

  @Override
  public String summary() {
    return "list the documents with title, date, source and counts";
  }

  @Override
  public String usage() {
    return "docs [as NAME]";
  }

  @Override
  public List<String> examples() {
    return List.of("docs", "docs as d");
  }

  @Override
  public Syntax syntax() {
    return Results.named(Syntax.of());
  }

  @Override
  public Result execute(Invocation inv, Workspace ws) {
    inv.optionalOne("nothing");
    return Results.table(inv, ws, ws.tables().get(Columns.DOCS));
  }
}
