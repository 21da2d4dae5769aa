package org.mentions.command.session;

import java.util.List;
import java.util.Optional;
import org.mentions.command.Category;
import org.mentions.command.Command;
import org.mentions.command.CommandError;
import org.mentions.command.CommandRegistry;
import org.mentions.command.Workspace;
import org.mentions.lang.ArgKind;
import org.mentions.lang.Clause;
import org.mentions.lang.Invocation;
import org.mentions.lang.LexToken;
import org.mentions.lang.Parser;
import org.mentions.lang.Syntax;
import org.mentions.result.MessageResult;
import org.mentions.result.Result;

/** Lists commands grouped by purpose, or explains one with its syntax and runnable examples. */
public final class HelpCommand implements Command {
  private final CommandRegistry registry;

  public HelpCommand(CommandRegistry registry) {
    this.registry = registry;
  }

  @Override
  public String name() {
    return "help";
  }

  @Override
  public Category category() {
    return Category.SESSION;
  }

  @Override
  public String summary() {
    return "list commands, or explain one: help COMMAND";
  }

  @Override
  public String usage() {
    return "help [COMMAND]";
  }

  @Override
  public List<String> examples() {
    return List.of("help", "help count", "help kwic");
  }

  @Override
  public Syntax syntax() {
    return Syntax.of(ArgKind.COMMAND);
  }

  @Override
  public Result execute(Invocation inv, Workspace ws) {
    Optional<LexToken> topic = inv.optionalOne("a command name");
    if (topic.isEmpty()) return new MessageResult(overview());
    LexToken t = topic.get();
    Command c = registry.command(t.text()).orElseThrow(() ->
        new CommandError(new Parser(registry).unknownCommand(t.text()), t.span()));
    return new MessageResult(describe(c));
  }

  private String overview() {
    StringBuilder sb = new StringBuilder("Commands (help COMMAND for syntax and examples):\n");
    int width = registry.commands().stream().mapToInt(c -> c.name().length()).max().orElse(8) + 2;
    for (Category cat : Category.values()) {
      List<Command> in = registry.commands().stream().filter(c -> c.category() == cat).toList();
      if (in.isEmpty()) continue;
      sb.append('\n').append(cat.title()).append('\n');
      for (Command c : in) {
        sb.append("  ").append(pad(c.name(), width)).append(c.summary()).append('\n');
      }
    }
    sb.append("\nA line ending in \\ continues on the next; # starts a comment; _ is the last result.");
    return sb.toString();
  }

  public static String describe(Command c) {
    StringBuilder sb = new StringBuilder();
    sb.append(c.usage()).append('\n').append("  ").append(c.summary()).append('\n');
    if (!c.details().isBlank()) sb.append('\n').append(c.details().strip()).append('\n');
    List<Clause> parts = new java.util.ArrayList<>(c.syntax().clauses());
    for (Clause o : c.syntax().options()) parts.add(new Clause("--" + o.keyword(), o.kind(), o.description()));
    if (!parts.isEmpty()) {
      sb.append('\n');
      int width = parts.stream().mapToInt(p -> p.keyword().length()).max().orElse(4) + 2;
      for (Clause p : parts) sb.append("  ").append(pad(p.keyword(), width)).append(p.description()).append('\n');
    }
    if (!c.aliases().isEmpty()) sb.append("\nAlso: ").append(String.join(", ", c.aliases())).append('\n');
    sb.append("\nExamples:\n");
    for (String e : c.examples()) sb.append("  ").append(e).append('\n');
    return sb.toString().stripTrailing();
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
  }
}
