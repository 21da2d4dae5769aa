package org.mentions.command.session;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.mentions.command.Category;
import org.mentions.command.Command;
import org.mentions.command.CommandError;
import org.mentions.command.FrontEnd;
import org.mentions.command.Workspace;
import org.mentions.lang.ArgKind;
import org.mentions.lang.Invocation;
import org.mentions.lang.LexToken;
import org.mentions.lang.ScriptText;
import org.mentions.lang.Syntax;
import org.mentions.result.ErrorResult;
import org.mentions.result.Event;
import org.mentions.result.MessageResult;
import org.mentions.result.Result;

/**
 * Runs a script inside the session, each command through the same dispatcher as typed ones, showing each result
 * as it finishes. With --step the front end pauses before every command: how a teacher walks a class through an
 * analysis. The first error stops the script and is reported as FILE:LINE.
 */
public final class RunCommand implements Command {
  /** A script that runs itself would never end; deeper nesting than this is surely that. */
  private static final int MAX_DEPTH = 8;
  private static final ThreadLocal<Integer> DEPTH = ThreadLocal.withInitial(() -> 0);

  @Override
  public String name() {
    return "run";
  }

  @Override
  public Category category() {
    return Category.SESSION;
  }

  @Override
  public String summary() {
    return "run the commands in a script file; --step pauses before each one";
  }

  @Override
  public String usage() {
    return "run FILE [--step]";
  }

  @Override
  public String details() {
    return """
        A script holds one command per line; # starts a comment and a line ending in \\ continues on the next.
        The script stops at its first error, reported as FILE:LINE. With --step the shell shows each command
        before running it: Enter runs it, q stops the script. Ctrl-C stops the script as it stops any command.""";
  }

  @Override
  public List<String> examples() {
    return List.of("run seeds/tour.mentions", "run --step seeds/tour.mentions");
  }

  @Override
  public Syntax syntax() {
    return Syntax.of(ArgKind.PATH)
        .option("step", ArgKind.NONE, "pause before each command: Enter runs it, q stops");
  }

  @Override
  public Result execute(Invocation inv, Workspace ws) {
    LexToken file = inv.requireOne("a script file, e.g. run seeds/tour.mentions");
    Path path = ws.resolve(file.text());
    if (!Files.isRegularFile(path)) {
      throw new CommandError("no script file '" + file.text() + "'", file.span());
    }
    List<ScriptText.Command> commands = read(path, file);
    if (DEPTH.get() >= MAX_DEPTH) {
      throw new CommandError("scripts nested " + MAX_DEPTH + " deep: does " + file.text() + " run itself?",
          file.span());
    }
    DEPTH.set(DEPTH.get() + 1);
    try {
      return runAll(commands, file.text(), inv.hasOption("step"), ws);
    } finally {
      DEPTH.set(DEPTH.get() - 1);
    }
  }

  private static List<ScriptText.Command> read(Path path, LexToken file) {
    try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      return ScriptText.split(in);
    } catch (IOException e) {
      throw new CommandError("cannot read '" + file.text() + "': " + e.getMessage(), file.span());
    }
  }

  private static Result runAll(List<ScriptText.Command> commands, String name, boolean step, Workspace ws) {
    FrontEnd frontEnd = ws.frontEnd();
    int ran = 0;
    for (ScriptText.Command c : commands) {
      frontEnd.announce(c.text());
      if (step && !frontEnd.proceed(c.text())) {
        return new MessageResult("stopped " + name + " before line " + c.line() + " (ran " + ran + " of "
            + commands.size() + " commands)");
      }
      List<Event> events = ws.runner().execute(c.text());
      frontEnd.show(events.stream().filter(e -> !e.failed()).toList());
      Optional<Event> failed = events.stream().filter(Event::failed).findFirst();
      if (failed.isPresent()) {
        ErrorResult error = (ErrorResult) failed.get().result();
        return new ErrorResult(name + ":" + c.line() + ": " + error.message());
      }
      if (Thread.currentThread().isInterrupted()) {
        return new ErrorResult(name + ":" + c.line() + ": interrupted");
      }
      ran++;
    }
    String note = step && !frontEnd.canStep() ? " (--step pauses only in the interactive shell)" : "";
    return new MessageResult("ran " + ran + (ran == 1 ? " command" : " commands") + " from " + name + note);
  }
}
