package org.mentions.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Recursive-descent parser for where-expressions: comparisons, in (…), and/or/not, parentheses. */
public final class ExprParser {
  static final Set<String> OPERATORS = Set.of("=", "==", "!=", "<", "<=", ">", ">=", "~");
  private final List<LexToken> tokens;
  private final Span whole;
  private int pos;

  private ExprParser(List<LexToken> tokens, Span whole) {
    this.tokens = tokens;
    this.whole = whole;
  }

  /** Parses the tokens of a where clause; {@code keyword} is the where token, for errors on an empty clause. */
  public static Expr parse(List<LexToken> tokens, LexToken keyword) {
    if (tokens.isEmpty()) {
      throw new SyntaxError("'where' needs a condition, e.g. where type = person", keyword.span());
    }
    ExprParser p = new ExprParser(tokens, tokens.get(0).span().to(tokens.get(tokens.size() - 1).span()));
    Expr e = p.or();
    if (p.pos < tokens.size()) {
      LexToken t = tokens.get(p.pos);
      throw new SyntaxError("unexpected '" + t.text() + "' in condition; join conditions with and / or", t.span());
    }
    return e;
  }

  private Expr or() {
    Expr left = and();
    while (peekWord("or")) {
      pos++;
      left = new Expr.Or(left, and());
    }
    return left;
  }

  private Expr and() {
    Expr left = not();
    while (peekWord("and")) {
      pos++;
      left = new Expr.And(left, not());
    }
    return left;
  }

  private Expr not() {
    if (peekWord("not")) {
      pos++;
      return new Expr.Not(not());
    }
    return primary();
  }

  private Expr primary() {
    LexToken t = next("a column name");
    if (t.is(TokenKind.LPAREN)) {
      Expr inner = or();
      expect(TokenKind.RPAREN, "')' to close '('");
      return inner;
    }
    if (!t.is(TokenKind.WORD)) {
      throw new SyntaxError("expected a column name, found '" + t.text() + "'", t.span());
    }
    boolean negatedIn = false;
    if (peekWord("not") && pos + 1 < tokens.size() && tokens.get(pos + 1).isWord("in")) {
      pos++;
      negatedIn = true;
    }
    if (peekWord("in")) {
      pos++;
      Expr in = new Expr.In(t.text(), t.span(), list());
      return negatedIn ? new Expr.Not(in) : in;
    }
    LexToken op = next("an operator after '" + t.text() + "' (=, !=, <, <=, >, >=, ~, in)");
    if (!op.is(TokenKind.OPERATOR) || !OPERATORS.contains(op.text())) {
      throw new SyntaxError("expected an operator after '" + t.text() + "' (=, !=, <, <=, >, >=, ~, in), found '"
          + op.text() + "'", op.span());
    }
    String opText = op.text().equals("==") ? "=" : op.text();
    return new Expr.Compare(t.text(), t.span(), opText, literal(next("a value after '" + op.text() + "'")));
  }

  private List<Expr.Literal> list() {
    expect(TokenKind.LPAREN, "'(' after in, e.g. in (person, location)");
    List<Expr.Literal> values = new ArrayList<>();
    while (true) {
      values.add(literal(next("a value in the list")));
      LexToken sep = next("',' or ')'");
      if (sep.is(TokenKind.RPAREN)) return values;
      if (!sep.is(TokenKind.COMMA)) throw new SyntaxError("expected ',' or ')', found '" + sep.text() + "'", sep.span());
    }
  }

  static Expr.Literal literal(LexToken t) {
    if (!t.isValue()) throw new SyntaxError("expected a value, found '" + t.text() + "'", t.span());
    if (t.is(TokenKind.STRING) && !t.closed()) {
      throw new SyntaxError("missing closing quote", t.span());
    }
    return new Expr.Literal(t.text(), t.is(TokenKind.STRING), t.is(TokenKind.NUMBER), t.span());
  }

  private boolean peekWord(String w) {
    return pos < tokens.size() && tokens.get(pos).isWord(w);
  }

  private LexToken next(String expected) {
    if (pos >= tokens.size()) {
      throw new SyntaxError("condition ends early: expected " + expected, new Span(whole.end(), whole.end()));
    }
    return tokens.get(pos++);
  }

  private void expect(TokenKind kind, String what) {
    LexToken t = next(what);
    if (!t.is(kind)) throw new SyntaxError("expected " + what + ", found '" + t.text() + "'", t.span());
  }
}
