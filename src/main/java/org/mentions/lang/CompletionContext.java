package org.mentions.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the input expects at the cursor, worked out by the same rules the parser uses: the kind of slot, the
 * partial word typed so far, where a completion replaces from, and the command, table and column in scope.
 * {@code keywords} are the clause keywords and options that may also come next; {@code choices} are the fixed
 * values a clause declares (e.g. {@code by sentence|doc}), offered instead of looking values up.
 */
public record CompletionContext(ArgKind kind, String prefix, int replaceStart, String command, String table,
    String column, List<String> keywords, boolean quoted, List<String> choices) {

  public CompletionContext(ArgKind kind, String prefix, int replaceStart, String command, String table,
      String column, List<String> keywords, boolean quoted) {
    this(kind, prefix, replaceStart, command, table, column, keywords, quoted, List.of());
  }

  /** The context at a cursor written into the line as {@code |}, for tests: {@code at("count mentions by en|")}. */
  public static CompletionContext at(String lineWithCursor, Grammar grammar) {
    int cursor = lineWithCursor.indexOf('|');
    if (cursor < 0) return at(lineWithCursor, lineWithCursor.length(), grammar);
    String line = lineWithCursor.substring(0, cursor) + lineWithCursor.substring(cursor + 1);
    return at(line, cursor, grammar);
  }

  public static CompletionContext at(String line, int cursor, Grammar grammar) {
    String before = line.substring(0, Math.min(cursor, line.length()));
    List<LexToken> all = Lexer.lex(before);
    int segmentStart = 0;
    for (int i = 0; i < all.size(); i++) if (all.get(i).is(TokenKind.SEMICOLON)) segmentStart = i + 1;
    List<LexToken> tokens = new ArrayList<>(all.subList(segmentStart, all.size()));
    tokens.removeIf(t -> t.is(TokenKind.COMMENT));
    LexToken partial = null;
    if (!tokens.isEmpty()) {
      LexToken last = tokens.get(tokens.size() - 1);
      boolean touching = last.span().end() == before.length() && !(last.is(TokenKind.STRING) && last.closed());
      if (touching && (last.isValue() || last.is(TokenKind.OPTION))) {
        partial = last;
        tokens.remove(tokens.size() - 1);
      }
    }
    String prefix = partial == null ? "" : partial.is(TokenKind.OPTION) ? "--" + partial.text() : partial.text();
    int replaceStart = partial == null ? before.length() : partial.span().start();
    boolean quoted = partial != null && partial.is(TokenKind.STRING);
    if (tokens.isEmpty()) {
      return new CompletionContext(ArgKind.COMMAND, prefix, replaceStart, null, null, null, List.of(), quoted);
    }
    Optional<String> command = grammar.resolve(tokens.get(0).text());
    if (command.isEmpty()) {
      return new CompletionContext(ArgKind.NONE, prefix, replaceStart, null, null, null, List.of(), quoted);
    }
    Syntax syntax = grammar.syntax(command.get());
    return new Walk(syntax, command.get(), tokens.subList(1, tokens.size()))
        .context(prefix, replaceStart, quoted, partial);
  }

  /** Follows the tokens before the cursor through the command's syntax, as the parser would. */
  private static final class Walk {
    private final Syntax syntax;
    private final String command;
    private final List<LexToken> tokens;

    Walk(Syntax syntax, String command, List<LexToken> tokens) {
      this.syntax = syntax;
      this.command = command;
      this.tokens = tokens;
    }

    CompletionContext context(String prefix, int replaceStart, boolean quoted, LexToken partial) {
      List<LexToken> positional = new ArrayList<>();
      Clause clause = null;
      List<LexToken> clauseTokens = new ArrayList<>();
      Clause pendingOption = null;
      int depth = 0;
      for (int i = 0; i < tokens.size(); i++) {
        LexToken t = tokens.get(i);
        if (pendingOption != null) {
          pendingOption = null;
          continue;
        }
        if (t.is(TokenKind.OPTION)) {
          Optional<Clause> o = syntax.option(t.text());
          if (o.isPresent() && !o.get().isFlag()) pendingOption = o.get();
          continue;
        }
        if (t.is(TokenKind.LPAREN)) depth++;
        if (t.is(TokenKind.RPAREN)) depth--;
        Optional<Clause> c = depth == 0 && t.is(TokenKind.WORD) ? syntax.clause(t.text()) : Optional.empty();
        boolean afterOperator = i > 0 && tokens.get(i - 1).is(TokenKind.OPERATOR);
        if (c.isPresent() && !afterOperator) {
          clause = c.get();
          clauseTokens = new ArrayList<>();
          continue;
        }
        if (clause == null) positional.add(t); else clauseTokens.add(t);
      }
      String table = tableOf(positional);
      List<String> keywords = keywords(partial);
      if (pendingOption != null) {
        return new CompletionContext(pendingOption.kind(), prefix, replaceStart, command, table, null, List.of(),
            quoted);
      }
      if (prefix.startsWith("-")) {
        return new CompletionContext(ArgKind.NONE, prefix, replaceStart, command, table, null, keywords, quoted);
      }
      if (clause != null) {
        if (clause.kind() == ArgKind.EXPRESSION) return expression(clauseTokens, prefix, replaceStart, table,
            keywords, quoted);
        boolean done = clause.kind() == ArgKind.NONE
            || (clauseTokens.size() > 0 && clause.kind() != ArgKind.COLUMN && clause.kind() != ArgKind.TERM);
        boolean listContinues = !clauseTokens.isEmpty() && clauseTokens.get(clauseTokens.size() - 1)
            .is(TokenKind.COMMA);
        if ((clause.kind() == ArgKind.COLUMN || clause.kind() == ArgKind.TERM) && !clauseTokens.isEmpty()
            && !listContinues) {
          done = true;
        }
        ArgKind kind = done ? ArgKind.NONE : clause.kind();
        return new CompletionContext(kind, prefix, replaceStart, command, table, null, keywords, quoted,
            done ? List.of() : clause.choices());
      }
      return positionalContext(positional, prefix, replaceStart, table, keywords, quoted);
    }

    private CompletionContext positionalContext(List<LexToken> positional, String prefix, int replaceStart,
        String table, List<String> keywords, boolean quoted) {
      if (!positional.isEmpty() && syntax.selectors().contains(positional.get(0).text().toLowerCase())) {
        String selector = positional.get(0).text().toLowerCase();
        ArgKind kind = positional.size() == 1 ? (selector.equals("type") ? ArgKind.TYPE : ArgKind.ENTITY)
            : ArgKind.NONE;
        return new CompletionContext(kind, prefix, replaceStart, command, table, null, keywords, quoted);
      }
      int values = (int) positional.stream().filter(LexToken::isValue).count();
      boolean afterComma = !positional.isEmpty() && positional.get(positional.size() - 1).is(TokenKind.COMMA);
      List<ArgKind> kinds = syntax.positional();
      ArgKind kind;
      if (kinds.isEmpty()) {
        kind = ArgKind.NONE;
      } else if (afterComma) {
        kind = kinds.get(Math.min(values - 1, kinds.size() - 1));
      } else if (values < kinds.size()) {
        kind = kinds.get(values);
      } else {
        // paths repeat with spaces (load a b c); other lists repeat only after a comma
        kind = kinds.get(kinds.size() - 1) == ArgKind.PATH ? ArgKind.PATH : ArgKind.NONE;
      }
      // before the first positional value (show |), clause keywords cannot come yet; options and selectors can
      List<String> withSelectors = new ArrayList<>(values == 0 && !kinds.isEmpty()
          ? keywords.stream().filter(k -> k.startsWith("--")).toList() : keywords);
      if (positional.isEmpty()) withSelectors.addAll(syntax.selectors());
      return new CompletionContext(kind, prefix, replaceStart, command, table, null, withSelectors, quoted);
    }

    private CompletionContext expression(List<LexToken> expr, String prefix, int replaceStart, String table,
        List<String> keywords, boolean quoted) {
      LexToken last = expr.isEmpty() ? null : expr.get(expr.size() - 1);
      if (last == null || last.isWord("and") || last.isWord("or") || last.isWord("not")
          || (last.is(TokenKind.LPAREN) && !inList(expr))) {
        return new CompletionContext(ArgKind.COLUMN, prefix, replaceStart, command, table, null, List.of(), quoted);
      }
      if (last.is(TokenKind.OPERATOR) || last.isWord("in") || (inList(expr)
          && (last.is(TokenKind.LPAREN) || last.is(TokenKind.COMMA)))) {
        return new CompletionContext(ArgKind.TEXT, prefix, replaceStart, command, table, columnBefore(expr),
            List.of(), quoted);
      }
      List<String> next = new ArrayList<>(List.of("and", "or"));
      next.addAll(keywords);
      return new CompletionContext(ArgKind.NONE, prefix, replaceStart, command, table, null, next, quoted);
    }

    private static boolean inList(List<LexToken> expr) {
      for (int i = expr.size() - 1; i >= 0; i--) {
        LexToken t = expr.get(i);
        if (t.is(TokenKind.RPAREN)) return false;
        if (t.is(TokenKind.LPAREN)) return i > 0 && expr.get(i - 1).isWord("in");
      }
      return false;
    }

    private static String columnBefore(List<LexToken> expr) {
      for (int i = expr.size() - 1; i > 0; i--) {
        LexToken t = expr.get(i);
        if (t.is(TokenKind.OPERATOR) || t.isWord("in")) {
          LexToken column = expr.get(i - 1);
          return column.isWord("not") && i > 1 ? expr.get(i - 2).text() : column.text();
        }
      }
      return null;
    }

    private String tableOf(List<LexToken> positional) {
      if (syntax.positional().isEmpty() || syntax.positional().get(0) != ArgKind.TABLE) return null;
      return positional.isEmpty() || !positional.get(0).isValue() ? null : positional.get(0).text();
    }

    private List<String> keywords(LexToken partial) {
      List<String> out = new ArrayList<>();
      for (Clause c : syntax.clauses()) out.add(c.keyword());
      for (Clause o : syntax.options()) out.add("--" + o.keyword());
      return out;
    }
  }
}
