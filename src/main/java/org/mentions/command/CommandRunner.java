package org.mentions.command;

import java.util.List;
import org.mentions.result.Event;

/**
 * Runs command text through the dispatcher, as typed at the prompt. The engine implements it and hands it to the
 * workspace, so a command that runs other commands ({@code run FILE}) reaches the dispatcher without this package
 * knowing the engine.
 */
@FunctionalInterface
public interface CommandRunner {
  List<Event> execute(String input);

  CommandRunner NONE = input -> {
    throw new CommandError("no dispatcher: this workspace cannot run other commands");
  };
}
