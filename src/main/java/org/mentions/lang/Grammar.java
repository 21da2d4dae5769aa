package org.mentions.lang;

import java.util.List;
import java.util.Optional;

/** What the parser needs to know of the command table: the syntax of a command word (prefixes allowed). */
public interface Grammar {
  /** The command a word names (a unique prefix is enough), or empty. */
  Optional<String> resolve(String word);

  Syntax syntax(String command);

  List<String> commandNames();
}
