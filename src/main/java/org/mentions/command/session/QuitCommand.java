package org.mentions.command.session;

import java.util.List;
import org.mentions.command.Category;
import org.mentions.command.Command;
import org.mentions.command.Workspace;
import org.mentions.lang.Invocation;
import org.mentions.lang.Syntax;
import org.mentions.result.QuitResult;
import org.mentions.result.Result;

/** Leaves the shell (Ctrl-D does the same). */
public final class QuitCommand implements Command {
  @Override
  public String name() {
    return "quit";
  }

  @Override
  public List<String> aliases() {
    return List.of("exit");
  }

  @Override
  public Category category() {
    return Category.SESSION;
  }

  @Override
  public String summary() {
    return "leave mentions (also exit, or Ctrl-D)";
  }

  @Override
  public String usage() {
    return "quit";
  }

  @Override
  public List<String> examples() {
    return List.of("quit");
  }

  @Override
  public Syntax syntax() {
    return Syntax.of();
  }

  @Override
  public Result execute(Invocation inv, Workspace ws) {
    return new QuitResult();
  }
}
