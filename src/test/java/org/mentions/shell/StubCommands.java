package org.mentions.shell;

import java.util.List;
import org.mentions.command.Category;
import org.mentions.command.Command;
import org.mentions.command.CommandRegistry;
import org.mentions.command.Results;
import org.mentions.command.Workspace;
import org.mentions.lang.ArgKind;
import org.mentions.lang.Invocation;
import org.mentions.lang.Syntax;
import org.mentions.result.MessageResult;
import org.mentions.result.Result;

/**
 * Commands with the syntaxes of the analysis commands (written on another branch) that only echo what they were
 * given, so completion and highlighting can be tested from Syntax declarations alone; plus {@code nap}, which
 * sleeps until interrupted, for Ctrl-C. A real command of the same name, once merged, takes precedence.
 */
final class StubCommands {
  private StubCommands() {}

  static void addTo(CommandRegistry registry) {
    add(registry, "count", Results.named(Syntax.of(ArgKind.TABLE)
        .clause("by", ArgKind.COLUMN, "the columns to group by")
        .clause("where", ArgKind.EXPRESSION, "count only the rows that match")
        .clause("top", ArgKind.NUMBER, "keep the N largest counts")));
    add(registry, "pivot", Results.named(Syntax.of(ArgKind.TABLE)
        .clause("rows", ArgKind.COLUMN, "the column whose values become rows")
        .clause("cols", ArgKind.COLUMN, "the column whose values become columns")
        .clause("where", ArgKind.EXPRESSION, "pivot only the rows that match")));
    add(registry, "filter", Results.named(Syntax.of(ArgKind.TABLE)
        .clause("where", ArgKind.EXPRESSION, "the condition rows must meet")));
    add(registry, "sort", Results.named(Syntax.of(ArgKind.TABLE)
        .clause("by", ArgKind.COLUMN, "columns to sort by")));
    add(registry, "select", Results.named(Syntax.of(ArgKind.TABLE, ArgKind.COLUMN)));
    add(registry, "kwic", Results.named(Syntax.of(ArgKind.TERM).selectors("entity", "type")
        .clause("window", ArgKind.NUMBER, "tokens of context each side")
        .clause("where", ArgKind.EXPRESSION, "keep only occurrences in matching rows")));
    add(registry, "cooc", Results.named(Syntax.of(ArgKind.ENTITY).selectors("type")
        .clause("by", ArgKind.TEXT, "the unit: sentence or doc", List.of("sentence", "doc"))
        .clause("top", ArgKind.NUMBER, "keep the N strongest")));
    add(registry, "dispersion", Results.named(Syntax.of(ArgKind.TERM)));
    add(registry, "plot", Syntax.of(ArgKind.TABLE)
        .option("out", ArgKind.PATH, "write the chart to a file"));
    registry.register(new Nap());
  }

  private static void add(CommandRegistry registry, String name, Syntax syntax) {
    boolean real = registry.commands().stream().anyMatch(c -> c.name().equals(name));
    if (!real) registry.register(new Echo(name, syntax));
  }

  /** Answers with the command as parsed, so a test can see what the shell sent. */
  private record Echo(String name, Syntax syntax) implements Command {
    @Override
    public Category category() {
      return Category.ANALYSIS;
    }

    @Override
    public String summary() {
      return "(test) " + name;
    }

    @Override
    public String usage() {
      return name;
    }

    @Override
    public List<String> examples() {
      return List.of();
    }

    @Override
    public Result execute(Invocation inv, Workspace ws) {
      return new MessageResult("ran: " + inv.source());
    }
  }

  /** Sleeps up to a minute, or until interrupted: a stand-in for a long load or a big query. */
  static final class Nap implements Command {
    static volatile boolean interrupted;

    @Override
    public String name() {
      return "nap";
    }

    @Override
    public Category category() {
      return Category.SESSION;
    }

    @Override
    public String summary() {
      return "(test) sleep until interrupted";
    }

    @Override
    public String usage() {
      return "nap";
    }

    @Override
    public List<String> examples() {
      return List.of();
    }

    @Override
    public Syntax syntax() {
      return Syntax.of();
    }

    @Override
    public Result execute(Invocation inv, Workspace ws) {
      try {
        Thread.sleep(60_000);
        return new MessageResult("nap finished");
      } catch (InterruptedException e) {
        interrupted = true;
        Thread.currentThread().interrupt();
        return new MessageResult("nap interrupted");
      }
    }
  }
}
