package org.mentions.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one parser: clauses by keyword, where-expressions, errors that point at the culprit, completeness. */
class ParserTest {
  static final Map<String, Syntax> SYNTAX = Map.of(
      "count", Syntax.of(ArgKind.TABLE)
          .clause("by", ArgKind.COLUMN, "group by")
          .clause("where", ArgKind.EXPRESSION, "filter")
          .clause("top", ArgKind.NUMBER, "keep N")
          .clause("norm", ArgKind.NONE, "per million")
          .clause("as", ArgKind.NAME, "name"),
      "kwic", Syntax.of(ArgKind.TERM).selectors("entity", "type").clause("window", ArgKind.NUMBER, "context"),
      "load", Syntax.of(ArgKind.PATH).option("fresh", ArgKind.NONE, "again").option("text", ArgKind.TEXT, "col"),
      "show", Syntax.of(ArgKind.TABLE).clause("limit", ArgKind.NUMBER, "rows"));

  static final Grammar GRAMMAR = new Grammar() {
    @Override
    public Optional<String> resolve(String word) {
      if (SYNTAX.containsKey(word)) return Optional.of(word);
      List<String> m = SYNTAX.keySet().stream().filter(k -> k.startsWith(word)).toList();
      return m.size() == 1 ? Optional.of(m.get(0)) : Optional.empty();
    }

    @Override
    public Syntax syntax(String command) {
      return SYNTAX.get(command);
    }

    @Override
    public List<String> commandNames() {
      return List.copyOf(SYNTAX.keySet());
    }
  };

  final Parser parser = new Parser(GRAMMAR);

  private Invocation one(String line) {
    List<Invocation> all = parser.parse(line);
    assertEquals(1, all.size());
    return all.get(0);
  }

  @Test
  void clausesAreSplitByKeyword() {
    Invocation inv = one("count mentions by entity, doc where type in (person, location) top 10 norm as who");
    assertEquals("count", inv.command());
    assertEquals("mentions", inv.requireOne("a table").text());
    assertEquals(List.of("entity", "doc"), inv.list("by").stream().map(LexToken::text).toList());
    assertEquals(10, inv.number("top", 0));
    assertTrue(inv.flag("norm"));
    assertEquals("who", inv.value("as").orElseThrow());
    Expr.In in = assertInstanceOf(Expr.In.class, inv.where().orElseThrow());
    assertEquals("type", in.column());
    assertEquals(List.of("person", "location"), in.values().stream().map(Expr.Literal::text).toList());
  }

  @Test
  void whereExpressionsNestWithPrecedence() {
    Invocation inv = one("count mentions where not type = date and (text ~ \"Putin\" or sentence >= 3)");
    Expr.And and = assertInstanceOf(Expr.And.class, inv.where().orElseThrow());
    assertInstanceOf(Expr.Not.class, and.left());
    Expr.Or or = assertInstanceOf(Expr.Or.class, and.right());
    Expr.Compare regex = assertInstanceOf(Expr.Compare.class, or.left());
    assertEquals("~", regex.op());
    assertTrue(regex.value().quoted());
    Expr.Compare number = assertInstanceOf(Expr.Compare.class, or.right());
    assertTrue(number.value().number());
  }

  @Test
  void aKeywordAfterAnOperatorIsAValue() {
    Invocation inv = one("count mentions where entity = top top 3");
    Expr.Compare c = assertInstanceOf(Expr.Compare.class, inv.where().orElseThrow());
    assertEquals("top", c.value().text());
    assertEquals(3, inv.number("top", 0));
  }

  @Test
  void errorsPointAtTheirToken() {
    String line = "count mentions top ten";
    SyntaxError e = assertThrows(SyntaxError.class, () -> one(line).number("top", 0));
    assertEquals("ten", line.substring(e.span().start(), e.span().end()));
    assertTrue(e.getMessage().contains("whole number"));

    SyntaxError unknown = assertThrows(SyntaxError.class, () -> parser.parse("cuont mentions"));
    assertEquals("unknown command 'cuont'; did you mean 'count'? (help lists the commands)", unknown.getMessage());

    SyntaxError dangling = assertThrows(SyntaxError.class, () -> one("count mentions where type =").where());
    assertTrue(dangling.getMessage().contains("expected a value"), dangling.getMessage());

    SyntaxError option = assertThrows(SyntaxError.class, () -> parser.parse("load x --frsh"));
    assertTrue(option.getMessage().contains("did you mean --fresh"), option.getMessage());
  }

  @Test
  void uniquePrefixesRunAndAmbiguousOnesListCandidates() {
    assertEquals("kwic", one("kw Putin").command());
    SyntaxError e = assertThrows(SyntaxError.class, () -> parser.parse("zz"));
    assertTrue(e.getMessage().startsWith("unknown command"));
  }

  @Test
  void semicolonsSeparateCommandsAndCommentsAreIgnored() {
    List<Invocation> all = parser.parse("show docs; show mentions limit 2 # a comment");
    assertEquals(2, all.size());
    assertEquals(2, all.get(1).number("limit", 0));
  }

  @Test
  void optionsTakeValuesAndFlagsDoNot() {
    Invocation inv = one("load \"my corpus/a b.csv\" --fresh --text body");
    assertEquals("my corpus/a b.csv", inv.positional().get(0).text());
    assertTrue(inv.hasOption("fresh"));
    assertEquals("body", inv.value("text").orElseThrow());
  }

  @Test
  void completenessFollowsBackslashQuotesAndParentheses() {
    assertTrue(Parser.isComplete("count mentions"));
    assertFalse(Parser.isComplete("count mentions \\"));
    assertFalse(Parser.isComplete("kwic entity \"Vladimir"));
    assertFalse(Parser.isComplete("count mentions where type in (person,"));
    assertEquals("count mentions   by type", Parser.joinContinuations("count mentions \\\n by type"));
  }

  @Test
  void completionKnowsTheSlotAtTheCursor() {
    assertEquals(ArgKind.COMMAND, ctx("cou|").kind());
    assertEquals(ArgKind.TABLE, ctx("count |").kind());
    CompletionContext by = ctx("count mentions by en|");
    assertEquals(ArgKind.COLUMN, by.kind());
    assertEquals("en", by.prefix());
    assertEquals("mentions", by.table());
    assertEquals(ArgKind.COLUMN, ctx("count mentions where |").kind());
    CompletionContext value = ctx("count mentions where type = |");
    assertEquals(ArgKind.TEXT, value.kind());
    assertEquals("type", value.column());
    assertEquals("type", ctx("count mentions where type in (person, |").column());
    CompletionContext quoted = ctx("kwic entity \"Vlad|");
    assertEquals(ArgKind.ENTITY, quoted.kind());
    assertEquals("Vlad", quoted.prefix());
    assertTrue(quoted.quoted());
    assertEquals(ArgKind.PATH, ctx("load se|").kind());
    assertEquals(ArgKind.NUMBER, ctx("count mentions top |").kind());
    assertTrue(ctx("count mentions |").keywords().contains("where"));
  }

  private static CompletionContext ctx(String withCursor) {
    int cursor = withCursor.indexOf('|');
    String line = withCursor.substring(0, cursor) + withCursor.substring(cursor + 1);
    return CompletionContext.at(line, cursor, GRAMMAR);
  }
}
