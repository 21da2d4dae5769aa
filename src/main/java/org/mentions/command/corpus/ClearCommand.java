package org.mentions.command.corpus;

import java.util.List;
import org.mentions.command.Category;
import org.mentions.command.Command;
import org.mentions.command.Workspace;
import org.mentions.lang.Invocation;
import org.mentions.lang.Syntax;
import org.mentions.result.MessageResult;
import org.mentions.result.Result;

/** Empties the corpus and its base tables; named results stay, since they are the user's work. */
public final class ClearCommand implements Command {
  @Override
  public String name() {
    return "clear";
  }

  @Override
  public Category category() {
    return Category.CORPUS;
  }

  @Override
  public String summary() {
    return "empty the corpus (named results are kept; drop removes them)";
  }

  @Override
  public String usage() {
    return "clear";
  }

  @Override
  public List<String> examples() {
    return List.of("clear", "load seeds/");
  }

  @Override
  public Syntax syntax() {
    return Syntax.of();
  }

  @Override
  public Result execute(Invocation inv, Workspace ws) {
    inv.optionalOne("nothing");
    int n = ws.tables().size();
    ws.tables().clear();
    ws.setCorpusHome(null);
    ws.setSuggestions(List.of());
    return new MessageResult("cleared " + n + (n == 1 ? " document" : " documents"));
  }
}
