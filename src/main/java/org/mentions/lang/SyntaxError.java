package org.mentions.lang;

/** A user error in the command text, with the span it points at. */
public class SyntaxError extends RuntimeException {
  private final Span span;

  public SyntaxError(String message, Span span) {
    super(message);
    this.span = span;
  }

  public Span span() {
    return span;
  }
}
