package org.mentions.lang;

/** The kinds of lexical token in the command language. */
public enum TokenKind {
  /** A bare word: command, keyword, name, path or unquoted value. */
  WORD,
  /** A quoted string; its text is the unescaped content. */
  STRING,
  NUMBER,
  /** A comparison operator: = != < <= > >= ~ */
  OPERATOR,
  COMMA,
  LPAREN,
  RPAREN,
  /** A launcher-style option such as --fresh; its text excludes the dashes. */
  OPTION,
  /** Separates commands on one line. */
  SEMICOLON,
  /** A # comment up to the end of the line. */
  COMMENT
}
