package org.mentions.lang;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one parser of the command language: splits a line into commands at ';', resolves each command word, and
 * assigns tokens to the positional part, keyword clauses and options by the command's {@link Syntax}. Used for
 * execution, completion, highlighting and script splitting alike.
 */
public final class Parser {
  private final Grammar grammar;

  public Parser(Grammar grammar) {
    this.grammar = grammar;
  }

  /** Whether the input is a whole command or needs more lines (trailing backslash, open quote or parenthesis). */
  public static boolean isComplete(String input) {
    String trimmed = input.stripTrailing();
    if (trimmed.endsWith("\\")) return false;
    int depth = 0;
    for (LexToken t : Lexer.lex(input)) {
      if (t.is(TokenKind.STRING) && !t.closed()) return false;
      if (t.is(TokenKind.LPAREN)) depth++;
      if (t.is(TokenKind.RPAREN)) depth--;
    }
    return depth <= 0;
  }

  /** Joins continuation lines: a backslash at the end of a line continues the command on the next. */
  public static String joinContinuations(String input) {
    return input.replaceAll("\\\\[ \\t]*\\r?\\n", " ");
  }

  /** Token groups of the line, one per command, comments dropped. */
  public static List<List<LexToken>> commands(String input) {
    List<List<LexToken>> out = new ArrayList<>();
    List<LexToken> current = new ArrayList<>();
    for (LexToken t : Lexer.lex(input)) {
      if (t.is(TokenKind.COMMENT)) continue;
      if (t.is(TokenKind.SEMICOLON)) {
        if (!current.isEmpty()) out.add(current);
        current = new ArrayList<>();
      } else {
        current.add(t);
      }
    }
    if (!current.isEmpty()) out.add(current);
    return out;
  }

  public List<Invocation> parse(String input) {
    String joined = joinContinuations(input);
    List<Invocation> out = new ArrayList<>();
    for (List<LexToken> tokens : commands(joined)) {
      out.add(parseCommand(joined, tokens));
    }
    return out;
  }

  public Invocation parseCommand(String input, List<LexToken> tokens) {
    LexToken head = tokens.get(0);
    if (!head.is(TokenKind.WORD)) {
      throw new SyntaxError("a command starts with its name, e.g. help; found '" + head.text() + "'", head.span());
    }
    Optional<String> name = grammar.resolve(head.text());
    if (name.isEmpty()) throw new SyntaxError(unknownCommand(head.text()), head.span());
    Syntax syntax = grammar.syntax(name.get());
    List<LexToken> positional = new ArrayList<>();
    Map<String, Invocation.Part> clauses = new LinkedHashMap<>();
    Map<String, Invocation.Part> options = new LinkedHashMap<>();
    List<LexToken> target = positional;
    int depth = 0;
    for (int i = 1; i < tokens.size(); i++) {
      LexToken t = tokens.get(i);
      if (t.is(TokenKind.LPAREN)) depth++;
      if (t.is(TokenKind.RPAREN)) depth--;
      if (t.is(TokenKind.OPTION)) {
        Clause option = syntax.option(t.text()).orElseThrow(() -> unknownOption(name.get(), syntax, t));
        List<LexToken> value = new ArrayList<>();
        if (!option.isFlag() && i + 1 < tokens.size() && tokens.get(i + 1).isValue()) {
          value.add(tokens.get(++i));
        }
        options.put(option.keyword(), new Invocation.Part(t, value));
        continue;
      }
      Optional<Clause> clause = depth == 0 && t.is(TokenKind.WORD) ? syntax.clause(t.text()) : Optional.empty();
      if (clause.isPresent() && !isOperand(tokens, i)) {
        String kw = clause.get().keyword();
        if (clauses.containsKey(kw)) {
          throw new SyntaxError("'" + kw + "' appears twice; combine conditions with and / or", t.span());
        }
        List<LexToken> value = new ArrayList<>();
        clauses.put(kw, new Invocation.Part(t, value));
        target = value;
        continue;
      }
      target.add(t);
    }
    int end = tokens.get(tokens.size() - 1).span().end();
    String source = input.substring(head.span().start(), end);
    return new Invocation(name.get(), head, source, positional, clauses, options);
  }

  // `where doc = top` — a keyword right after an operator is a value, not a new clause.
  private static boolean isOperand(List<LexToken> tokens, int i) {
    return i > 0 && tokens.get(i - 1).is(TokenKind.OPERATOR);
  }

  private SyntaxError unknownOption(String command, Syntax syntax, LexToken t) {
    List<String> known = syntax.options().stream().map(c -> "--" + c.keyword()).toList();
    String hint = known.isEmpty() ? command + " takes no options"
        : "known: " + String.join(", ", known);
    Optional<String> near = Suggest.nearest(t.text(), syntax.options().stream().map(Clause::keyword).toList());
    String dym = near.map(n -> "did you mean --" + n + "? ").orElse("");
    return new SyntaxError("unknown option --" + t.text() + " for " + command + "; " + dym + hint, t.span());
  }

  public String unknownCommand(String word) {
    Optional<String> near = Suggest.nearest(word.toLowerCase(Locale.ROOT), grammar.commandNames());
    List<String> prefixed = grammar.commandNames().stream()
        .filter(c -> c.startsWith(word.toLowerCase(Locale.ROOT))).toList();
    if (prefixed.size() > 1) {
      return "'" + word + "' is ambiguous: " + String.join(", ", prefixed);
    }
    return "unknown command '" + word + "'" + near.map(n -> "; did you mean '" + n + "'?").orElse("")
        + " (help lists the commands)";
  }
}
