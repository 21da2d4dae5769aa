package org.mentions.lang;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command line into tokens with positions. Never throws: an unterminated string becomes a STRING token
 * with {@code closed == false}, which the parser reports and completion/highlighting tolerate.
 */
public final class Lexer {
  private static final String SINGLE = ",();";

  private Lexer() {}

  public static List<LexToken> lex(String input) {
    List<LexToken> out = new ArrayList<>();
    int i = 0;
    int n = input.length();
    while (i < n) {
      char c = input.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '#' && (i == 0 || Character.isWhitespace(input.charAt(i - 1)))) {
        out.add(new LexToken(TokenKind.COMMENT, input.substring(i + 1).trim(), new Span(i, n)));
        i = n;
      } else if (c == '"' || c == '\'' || c == '“') {
        i = string(input, i, out);
      } else if (SINGLE.indexOf(c) >= 0) {
        TokenKind kind = c == ',' ? TokenKind.COMMA : c == '(' ? TokenKind.LPAREN
            : c == ')' ? TokenKind.RPAREN : TokenKind.SEMICOLON;
        out.add(new LexToken(kind, String.valueOf(c), new Span(i, i + 1)));
        i++;
      } else if (isOperatorStart(input, i)) {
        int len = operatorLength(input, i);
        out.add(new LexToken(TokenKind.OPERATOR, input.substring(i, i + len), new Span(i, i + len)));
        i += len;
      } else {
        i = word(input, i, out);
      }
    }
    return out;
  }

  private static boolean isOperatorStart(String s, int i) {
    char c = s.charAt(i);
    if (c == '=' || c == '<' || c == '>' || c == '~') return true;
    return c == '!' && i + 1 < s.length() && s.charAt(i + 1) == '=';
  }

  private static int operatorLength(String s, int i) {
    char c = s.charAt(i);
    boolean twoChar = i + 1 < s.length() && s.charAt(i + 1) == '='
        && (c == '<' || c == '>' || c == '!' || c == '=');
    return twoChar ? 2 : 1;
  }

  private static int string(String s, int start, List<LexToken> out) {
    char open = s.charAt(start);
    char close = open == '“' ? '”' : open;
    StringBuilder value = new StringBuilder();
    int i = start + 1;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length() && (s.charAt(i + 1) == close || s.charAt(i + 1) == '\\')) {
        value.append(s.charAt(i + 1));
        i += 2;
      } else if (c == close) {
        out.add(new LexToken(TokenKind.STRING, value.toString(), new Span(start, i + 1), true));
        return i + 1;
      } else {
        value.append(c);
        i++;
      }
    }
    out.add(new LexToken(TokenKind.STRING, value.toString(), new Span(start, s.length()), false));
    return s.length();
  }

  private static int word(String s, int start, List<LexToken> out) {
    int i = start;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || SINGLE.indexOf(c) >= 0 || c == '"' || isOperatorStart(s, i)) break;
      i++;
    }
    if (i == start) i++; // a stray character still makes progress as a one-character word
    String text = s.substring(start, i);
    Span span = new Span(start, i);
    if (text.startsWith("--") && text.length() > 2) {
      out.add(new LexToken(TokenKind.OPTION, text.substring(2), span));
    } else if (text.matches("-?\\d+(\\.\\d+)?")) {
      out.add(new LexToken(TokenKind.NUMBER, text, span));
    } else {
      out.add(new LexToken(TokenKind.WORD, text, span));
    }
    return i;
  }
}
