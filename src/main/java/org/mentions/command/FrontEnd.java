package org.mentions.command;

import java.util.List;
import org.mentions.result.Event;

/**
 * What a command may ask of whoever reads the user's input: the shell, the script runner, or nothing (the engine
 * used as a library). Commands that run other commands show each result as it finishes through it, and ask it
 * whether to go on when stepping through a script.
 */
public interface FrontEnd {
  /** Called before each command of a script run by {@code run}; shows it (an echo of the prompt). */
  void announce(String command);

  /** Shows the events of a command run on the user's behalf, as soon as it finishes. */
  void show(List<Event> events);

  /**
   * Pauses before the next command of a stepped script: true runs it, false stops the script. A front end that
   * cannot ask (a script, a library) says so by returning true without waiting.
   */
  default boolean proceed(String command) {
    return true;
  }

  /** Whether {@link #proceed} really waits for the user; {@code run --step} says when it does not. */
  default boolean canStep() {
    return false;
  }

  /** The input history, oldest first; empty where there is none. */
  default List<String> history() {
    return List.of();
  }

  /** Whether this front end keeps a history at all ({@code history} explains when it does not). */
  default boolean hasHistory() {
    return false;
  }

  FrontEnd NONE = new FrontEnd() {
    @Override
    public void announce(String command) {}

    @Override
    public void show(List<Event> events) {}
  };
}
