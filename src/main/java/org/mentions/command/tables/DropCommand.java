package org.mentions.command.tables;

import java.util.ArrayList;
import java.util.List;
import org.mentions.command.Category;
import org.mentions.command.Command;
import org.mentions.command.CommandError;
import org.mentions.command.Workspace;
import org.mentions.lang.ArgKind;
import org.mentions.lang.Invocation;
import org.mentions.lang.LexToken;
import org.mentions.lang.Suggest;
import org.mentions.lang.Syntax;
import org.mentions.result.MessageResult;
import org.mentions.result.Result;
import org.mentions.table.CorpusTables;

/** Forgets named results. */
public final class DropCommand implements Command {
  @Override
  public String name() {
    return "drop";
  }

  @Override
  public Category category() {
    return Category.TABLES;
  }

  @Override
  public String summary() {
    return "forget named results";
  }

  @Override
  public String usage() {
    return "drop NAME[, NAME...]";
  }

  @Override
  public List<String> examples() {
    return List.of("count mentions by type as types", "drop types");
  }

  @Override
  public Syntax syntax() {
    return Syntax.of(ArgKind.TABLE);
  }

  @Override
  public Result execute(Invocation inv, Workspace ws) {
    List<List<LexToken>> items = inv.items();
    if (items.isEmpty()) throw new CommandError("drop needs a result name; tables lists them", inv.commandSpan());
    List<String> dropped = new ArrayList<>();
    for (List<LexToken> item : items) {
      LexToken t = item.get(0);
      if (CorpusTables.NAMES.contains(t.text())) {
        throw new CommandError("'" + t.text() + "' is a base table; use clear to empty the corpus", t.span());
      }
      if (!ws.results().containsKey(t.text())) {
        String near = Suggest.nearest(t.text(), ws.results().keySet()).map(n -> "did you mean '" + n + "'? ")
            .orElse("");
        throw new CommandError("no result '" + t.text() + "'; " + near + "results: "
            + (ws.results().isEmpty() ? "none" : String.join(", ", ws.results().keySet())), t.span());
      }
      ws.drop(t.text());
      dropped.add(t.text());
    }
    return new MessageResult("dropped " + String.join(", ", dropped));
  }
}
