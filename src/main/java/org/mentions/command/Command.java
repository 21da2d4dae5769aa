package org.mentions.command;

import java.util.List;
import org.mentions.lang.Invocation;
import org.mentions.lang.Syntax;
import org.mentions.result.Result;

/**
 * One command of the language. Its help (summary, usage, examples) lives with its code; its {@link Syntax} drives
 * parsing and completion. Commands compute results and never print.
 */
public interface Command {
  String name();

  default List<String> aliases() {
    return List.of();
  }

  Category category();

  /** One line for the help listing. */
  String summary();

  /** The syntax line, e.g. {@code show TABLE [limit N]}. */
  String usage();

  /** Longer help: what it does, details of clauses; may be empty. */
  default String details() {
    return "";
  }

  /** Two or three commands that run as written on the seed corpus. */
  List<String> examples();

  Syntax syntax();

  Result execute(Invocation invocation, Workspace workspace);
}
