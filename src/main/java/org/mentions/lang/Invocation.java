package org.mentions.lang;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One parsed command: its name, the tokens of its positional part, and the tokens after each keyword clause and
 * option. Accessors turn those tokens into values and raise {@link SyntaxError}s that point at the culprit.
 */
public final class Invocation {
  private final String command;
  private final LexToken commandToken;
  private final String source;
  private final List<LexToken> positional;
  private final Map<String, Part> clauses;
  private final Map<String, Part> options;

  /** A keyword (or option) token and the tokens that follow it. */
  public record Part(LexToken keyword, List<LexToken> tokens) {}

  Invocation(String command, LexToken commandToken, String source, List<LexToken> positional,
      Map<String, Part> clauses, Map<String, Part> options) {
    this.command = command;
    this.commandToken = commandToken;
    this.source = source;
    this.positional = List.copyOf(positional);
    this.clauses = new LinkedHashMap<>(clauses);
    this.options = new LinkedHashMap<>(options);
  }

  public String command() {
    return command;
  }

  public Span commandSpan() {
    return commandToken.span();
  }

  /** The text of this command as typed. */
  public String source() {
    return source;
  }

  public List<LexToken> positional() {
    return positional;
  }

  /** Positional tokens split at commas; each item is one or more tokens. */
  public List<List<LexToken>> items() {
    return splitAtCommas(positional);
  }

  public static List<List<LexToken>> splitAtCommas(List<LexToken> tokens) {
    List<List<LexToken>> items = new ArrayList<>();
    List<LexToken> current = new ArrayList<>();
    for (LexToken t : tokens) {
      if (t.is(TokenKind.COMMA)) {
        if (!current.isEmpty()) items.add(current);
        current = new ArrayList<>();
      } else {
        current.add(t);
      }
    }
    if (!current.isEmpty()) items.add(current);
    return items;
  }

  /** The text of a multi-token item: words joined by single spaces, strings as written inside their quotes. */
  public static String text(List<LexToken> item) {
    StringBuilder sb = new StringBuilder();
    for (LexToken t : item) {
      if (sb.length() > 0) sb.append(' ');
      sb.append(t.text());
    }
    return sb.toString();
  }

  public static Span span(List<LexToken> item) {
    return item.get(0).span().to(item.get(item.size() - 1).span());
  }

  /** The single positional value, or an error that says what is expected. */
  public LexToken requireOne(String what) {
    if (positional.isEmpty()) {
      throw new SyntaxError(command + " needs " + what, new Span(commandSpan().end(), commandSpan().end()));
    }
    if (positional.size() > 1) {
      LexToken extra = positional.get(1);
      throw new SyntaxError("unexpected '" + extra.text() + "' after " + what + " in " + command, extra.span());
    }
    return positional.get(0);
  }

  public Optional<LexToken> optionalOne(String what) {
    return positional.isEmpty() ? Optional.empty() : Optional.of(requireOne(what));
  }

  public boolean has(String clause) {
    return clauses.containsKey(clause);
  }

  /** Whether a flag clause such as {@code norm} is present; nothing may follow a flag. */
  public boolean flag(String keyword) {
    Part p = clauses.get(keyword);
    if (p == null) return hasOption(keyword) && flagOption(keyword);
    if (!p.tokens().isEmpty()) {
      LexToken extra = p.tokens().get(0);
      throw new SyntaxError("unexpected '" + extra.text() + "' after '" + keyword + "'", extra.span());
    }
    return true;
  }

  private boolean flagOption(String name) {
    return options.get(name).tokens().isEmpty();
  }

  public Optional<Part> clause(String keyword) {
    return Optional.ofNullable(clauses.get(keyword));
  }

  public Map<String, Part> clauses() {
    return clauses;
  }

  public boolean hasOption(String name) {
    return options.containsKey(name);
  }

  public Optional<Part> option(String name) {
    return Optional.ofNullable(options.get(name));
  }

  public Map<String, Part> options() {
    return options;
  }

  public Optional<Expr> where() {
    return clause("where").map(p -> ExprParser.parse(p.tokens(), p.keyword()));
  }

  /** The whole number after a clause or option, e.g. {@code top 10}, or the default when absent. */
  public int number(String keyword, int defaultValue) {
    Part p = clauses.containsKey(keyword) ? clauses.get(keyword) : options.get(keyword);
    if (p == null) return defaultValue;
    LexToken v = single(p, "a whole number, e.g. " + keyword + " 10");
    try {
      int n = Integer.parseInt(v.text());
      if (n < 0) throw new NumberFormatException();
      return n;
    } catch (NumberFormatException e) {
      throw new SyntaxError("'" + keyword + "' needs a whole number ≥ 0, not '" + v.text() + "'", v.span());
    }
  }

  /** The one value after a clause or option (a name, a path), or empty when absent. */
  public Optional<String> value(String keyword) {
    Part p = clauses.containsKey(keyword) ? clauses.get(keyword) : options.get(keyword);
    if (p == null) return Optional.empty();
    return Optional.of(single(p, "a value").text());
  }

  public Optional<LexToken> valueToken(String keyword) {
    Part p = clauses.containsKey(keyword) ? clauses.get(keyword) : options.get(keyword);
    if (p == null) return Optional.empty();
    return Optional.of(single(p, "a value"));
  }

  /** Comma-separated names after a clause, e.g. {@code by entity, doc}. */
  public List<LexToken> list(String keyword) {
    Part p = clauses.get(keyword);
    if (p == null) return List.of();
    List<LexToken> out = new ArrayList<>();
    for (List<LexToken> item : splitAtCommas(p.tokens())) {
      out.addAll(item);
    }
    if (out.isEmpty()) {
      throw new SyntaxError("'" + keyword + "' needs at least one name", p.keyword().span());
    }
    return out;
  }

  private static LexToken single(Part p, String what) {
    if (p.tokens().isEmpty()) {
      String kw = p.keyword().kind() == TokenKind.OPTION ? "--" + p.keyword().text() : p.keyword().text();
      throw new SyntaxError("'" + kw + "' needs " + what, p.keyword().span());
    }
    if (p.tokens().size() > 1) {
      LexToken extra = p.tokens().get(1);
      throw new SyntaxError("unexpected '" + extra.text() + "' after '" + p.keyword().text() + " "
          + p.tokens().get(0).text() + "'", extra.span());
    }
    LexToken t = p.tokens().get(0);
    if (t.is(TokenKind.STRING) && !t.closed()) throw new SyntaxError("missing closing quote", t.span());
    return t;
  }
}
