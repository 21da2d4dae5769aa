package org.mentions.command;

import org.mentions.lang.Span;
import org.mentions.lang.SyntaxError;

/** A command that cannot do what was asked (unknown column, bad regex, unwritable file), with where it points. */
public class CommandError extends SyntaxError {
  public CommandError(String message, Span span) {
    super(message, span);
  }

  public CommandError(String message) {
    super(message, Span.NONE);
  }
}
