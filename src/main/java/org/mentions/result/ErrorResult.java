package org.mentions.result;

import org.mentions.lang.Span;

/** A failed command: one line saying what was wrong and what would work, and where in the input. */
public record ErrorResult(String message, Span span) implements Result {
  public ErrorResult(String message) {
    this(message, Span.NONE);
  }
}
