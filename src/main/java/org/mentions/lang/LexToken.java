package org.mentions.lang;

/**
 * One token of the input: its kind, its value (unescaped for strings, without dashes for options) and where it
 * stands in the input. {@code closed} is false for a string whose closing quote is missing.
 */
public record LexToken(TokenKind kind, String text, Span span, boolean closed) {
  public LexToken(TokenKind kind, String text, Span span) {
    this(kind, text, span, true);
  }

  public boolean isWord(String word) {
    return kind == TokenKind.WORD && text.equalsIgnoreCase(word);
  }

  public boolean is(TokenKind k) {
    return kind == k;
  }

  /** A value token usable as a name or literal: word, string or number. */
  public boolean isValue() {
    return kind == TokenKind.WORD || kind == TokenKind.STRING || kind == TokenKind.NUMBER;
  }
}
