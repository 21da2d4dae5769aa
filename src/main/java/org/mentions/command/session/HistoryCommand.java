package org.mentions.command.session;

import java.util.List;
import java.util.Locale;
import org.mentions.command.Category;
import org.mentions.command.Command;
import org.mentions.command.FrontEnd;
import org.mentions.command.Workspace;
import org.mentions.lang.ArgKind;
import org.mentions.lang.Invocation;
import org.mentions.lang.Syntax;
import org.mentions.result.MessageResult;
import org.mentions.result.Result;

/** Lists the commands typed so far (kept across sessions by the shell), numbered like a Unix shell's. */
public final class HistoryCommand implements Command {
  private static final int DEFAULT_SHOWN = 50;

  @Override
  public String name() {
    return "history";
  }

  @Override
  public Category category() {
    return Category.SESSION;
  }

  @Override
  public String summary() {
    return "list the commands typed before, across sessions (Ctrl-R searches them)";
  }

  @Override
  public String usage() {
    return "history [N]";
  }

  @Override
  public String details() {
    return "Shows the last N commands (default " + DEFAULT_SHOWN + "). Up and Down walk the history, Ctrl-R "
        + "searches it; a command repeated at once is kept once.";
  }

  @Override
  public List<String> examples() {
    return List.of("history", "history 10");
  }

  @Override
  public Syntax syntax() {
    return Syntax.of(ArgKind.NUMBER);
  }

  @Override
  public Result execute(Invocation inv, Workspace ws) {
    FrontEnd frontEnd = ws.frontEnd();
    if (!frontEnd.hasHistory()) return new MessageResult("no history here: the interactive shell keeps it");
    int shown = inv.optionalOne("how many commands to show").map(HistoryCommand::positive).orElse(DEFAULT_SHOWN);
    List<String> all = frontEnd.history();
    int from = Math.max(0, all.size() - shown);
    int width = String.valueOf(all.size()).length();
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < all.size(); i++) {
      String entry = all.get(i).replace("\n", "\n" + " ".repeat(width + 4));
      sb.append(String.format(Locale.ROOT, "  %" + width + "d  %s%n", i + 1, entry));
    }
    return new MessageResult(sb.length() == 0 ? "no history yet" : sb.toString());
  }

  private static int positive(org.mentions.lang.LexToken t) {
    try {
      return Math.max(0, Integer.parseInt(t.text()));
    } catch (NumberFormatException e) {
      throw new org.mentions.command.CommandError("history takes a number of commands, not '" + t.text() + "'",
          t.span());
    }
  }
}
