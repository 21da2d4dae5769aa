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

/** {@code nap}, a command that sleeps until interrupted, to test Ctrl-C on a running command. */
final class StubCommands {
  private StubCommands() {}

  static void addTo(CommandRegistry registry) {
    registry.register(new Nap());
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
