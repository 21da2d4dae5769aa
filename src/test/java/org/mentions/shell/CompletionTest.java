package org.mentions.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jline.reader.Candidate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentions.engine.Engine;
import org.mentions.engine.TestEngines;
import org.mentions.lang.ArgKind;
import org.mentions.lang.CompletionContext;

/**
 * Completion by parser position, without a terminal: the cursor is written into the line as {@code |}.
 */
class CompletionTest {
  @TempDir static Path base;
  @TempDir static Path cache;
  static Engine engine;
  static ShellCompleter completer;

  @BeforeAll
  static void corpus() throws Exception {
    Files.createDirectories(base.resolve("articles"));
    Files.writeString(base.resolve("articles/talks.txt"),
        "Vladimir Putin met Emmanuel Macron in Paris.\n\nParis was cold, and Putin left for Moscow.\n");
    Files.writeString(base.resolve("tour.mentions"), "show docs\n");
    engine = TestEngines.dictionary(base, cache, Map.of("Paris", "GPE", "Moscow", "GPE",
        "Vladimir Putin", "PERSON", "Putin", "PERSON", "Emmanuel Macron", "PERSON")).engine();
    StubCommands.addTo(engine.commands());
    assertTrue(engine.execute("load articles/").get(0).result().toString().contains("loaded 1 document"));
    engine.execute("show mentions limit 2 as firsts");
    completer = new ShellCompleter(engine.commands(), engine.workspace());
  }

  private static CompletionContext ctx(String lineWithCursor) {
    return CompletionContext.at(lineWithCursor, engine.commands());
  }

  /** The candidate values offered at the cursor that start with what is typed (as JLine would filter them). */
  private static List<String> offered(String lineWithCursor) {
    CompletionContext c = ctx(lineWithCursor);
    return completer.candidates(c).stream().map(Candidate::value)
        .filter(v -> v.toLowerCase().startsWith(c.prefix().toLowerCase())).toList();
  }

  private static void offers(String line, String... expected) {
    List<String> got = offered(line);
    for (String e : expected) assertTrue(got.contains(e), line + " should offer " + e + ", got " + got);
  }

  @Test
  void commandNamesWithTheirSummaries() {
    assertEquals(List.of("show"), offered("sho|"));
    offers("|", "load", "show", "export", "help", "set", "run", "history", "quit", "count", "kwic");
    Candidate load = completer.candidates(ctx("lo|")).stream().filter(c -> c.value().equals("load")).findFirst()
        .orElseThrow();
    assertEquals("Corpus", load.group());
    assertTrue(load.descr().startsWith("read articles"), load.descr());
    offers("tables; sh|", "show");
    offers("help |", "count", "show");
  }

  @Test
  void aRareValueIsOfferedOnceItsFirstLettersAreTyped() {
    tech.tablesaw.api.StringColumn entity = tech.tablesaw.api.StringColumn.create("entity");
    for (int i = 0; i < 2000; i++) entity.append("Common " + (i % 900));
    entity.append("Zelensky");
    engine.workspace().remember("many", tech.tablesaw.api.Table.create("many", entity));
    List<String> typed = offered("count many where entity = Zel|");
    assertEquals(List.of("Zelensky"), typed);
    assertTrue(offered("count many where entity = |").size() <= 500, "long lists are cut to the most frequent");
  }

  @Test
  void tableAndResultNames() {
    offers("show |", "docs", "sentences", "tokens", "mentions", "firsts", "_");
    offers("count m|", "mentions");
    offers("export |", "mentions", "firsts");
    Candidate mentions = completer.candidates(ctx("show m|")).stream().filter(c -> c.value().equals("mentions"))
        .findFirst().orElseThrow();
    assertTrue(mentions.descr().endsWith("rows"), mentions.descr());
  }

  @Test
  void columnsAfterByRowsColsWhereSelectSort() {
    assertEquals(List.of("end", "entity"), offered("count mentions by en|"));
    offers("count mentions by entity, |", "type", "doc");
    offers("pivot mentions rows |", "entity", "type");
    offers("pivot mentions rows entity cols |", "doc");
    offers("filter mentions where |", "entity", "type", "text");
    offers("count mentions where type = person and |", "entity");
    offers("select mentions |", "entity", "char_start");
    offers("select mentions entity, |", "type");
    offers("sort firsts by |", "entity");
    offers("count docs by |", "title", "source");
    offers("kwic entity Paris where |", "type");
    assertEquals(ArgKind.COLUMN, ctx("sort _ by |").kind());
  }

  @Test
  void clauseKeywordsComeNextAfterAValue() {
    assertFalse(offered("show |").contains("limit"), "no clause before the table");
    offers("kwic |", "entity", "type");
    offers("count mentions |", "by", "where", "top", "as");
    offers("count mentions by entity |", "where", "top");
    offers("count mentions where type = person |", "and", "or", "top");
  }

  @Test
  void typeValuesAfterEqualsAndIn() {
    offers("count mentions where type = |", "person", "location");
    offers("count mentions where type = p|", "person");
    offers("filter mentions where type in (|", "person", "location");
    offers("filter mentions where type in (person, |", "location");
    offers("kwic type |", "person", "location");
    offers("cooc type |", "person");
  }

  @Test
  void entityNamesAreQuotedWhenTheyHaveSpaces() {
    offers("count mentions where entity = |", "Vladimir Putin", "Paris", "Emmanuel Macron");
    offers("kwic entity |", "Vladimir Putin", "Paris");
    offers("cooc |", "Paris", "Vladimir Putin");
    offers("dispersion |", "Moscow");
    offers("count mentions where entity = \"Vla|", "Vladimir Putin");
    ShellLine bare = new ShellLine("kwic entity Vla", 15, ctx("kwic entity Vla|"));
    assertEquals("\"Vladimir Putin\"", bare.escape("Vladimir Putin", true).toString());
    assertEquals("Paris", bare.escape("Paris", true).toString());
    ShellLine open = new ShellLine("kwic entity \"Vla", 16, ctx("kwic entity \"Vla|"));
    assertEquals("\"Vladimir Putin\"", open.escape("Vladimir Putin", true).toString());
  }

  @Test
  void frequentValuesFirstWithTheirCounts() {
    List<Candidate> entities = completer.candidates(ctx("kwic entity |")).stream()
        .filter(c -> c.group().equals("entities")).toList();
    assertEquals("Paris", entities.get(0).value(), "Paris is mentioned twice, the others once");
    assertEquals("2×", entities.get(0).descr());
  }

  @Test
  void pathsAfterLoadExportRunAndOut() {
    offers("load |", "articles/", "tour.mentions");
    offers("load articles/|", "articles/talks.txt");
    offers("load articles/ |", "articles/");
    offers("export mentions |", "articles/");
    offers("export mentions t|", "tour.mentions");
    offers("run |", "tour.mentions");
    offers("run --step t|", "tour.mentions");
    offers("plot mentions --out |", "articles/");
    assertFalse(offered("load |").contains("mentions"), "no table names where a path goes");
  }

  @Test
  void fixedChoicesSettingsAndOptions() {
    assertEquals(List.of("sentence", "doc"), offered("cooc Paris by |").stream()
        .filter(v -> !List.of("by", "top", "as", "where").contains(v)).toList());
    offers("set |", "maxrows", "colwidth", "color", "numbers");
    offers("load articles/ --|", "--fresh", "--text");
    offers("run --|", "--step");
  }

  @Test
  void nothingBreaksOnOddInput() {
    for (String odd : List.of("bogus |", "count mentions where (|", "show \"unclosed|", "; |", "count by by |",
        "count mentions where type = \"|", ")|")) {
      completer.candidates(ctx(odd));
    }
    assertEquals(ArgKind.NONE, ctx("bogus |").kind());
  }
}
