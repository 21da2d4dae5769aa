package org.mentions.lang;

/** A range of characters {@code [start, end)} in the input line, so errors and highlighting can point at it. */
public record Span(int start, int end) {
  public static final Span NONE = new Span(0, 0);

  public Span to(Span other) {
    return new Span(Math.min(start, other.start), Math.max(end, other.end));
  }
}
