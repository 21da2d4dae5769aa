package org.mentions.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentions.result.ErrorResult;
import org.mentions.result.Event;
import org.mentions.result.MessageResult;
import org.mentions.result.TableResult;
import tech.tablesaw.api.Table;

/** The entities table, aliases and evaluate, driven through the engine on articles the test writes. */
class EntityCommandsTest {
  @TempDir Path base;
  @TempDir Path cache;

  private static final Map<String, String> NAMES = Map.of(
      "Volodymyr Zelenskiy", "PERSON", "Zelenskiy", "PERSON", "Volodymyr Zelensky", "PERSON", "Kiev", "GPE",
      "Kyiv", "GPE", "United Nations", "ORG", "UN", "ORG", "Vladimir Putin", "PERSON", "Putin", "PERSON");

  private TestEngines.Counted engine() {
    return TestEngines.standardDictionary(base, cache, NAMES);
  }

  private void writeCorpus() throws Exception {
    Path dir = Files.createDirectories(base.resolve("news"));
    Files.writeString(dir.resolve("a.txt"), "Volodymyr Zelenskiy spoke in Kiev. Zelenskiy met Vladimir Putin.\n");
    Files.writeString(dir.resolve("b.txt"), "Volodymyr Zelensky spoke in Kyiv to the United Nations.\n");
    Files.writeString(dir.resolve("c.txt"), "Putin wrote to the UN.\n");
  }

  private static Event run(Engine engine, String command) {
    List<Event> events = engine.execute(command);
    assertEquals(1, events.size());
    assertFalse(events.get(0).failed(), () -> command + ": " + events.get(0).result());
    return events.get(0);
  }

  private static Table table(Event e) {
    return ((TableResult) e.result()).table();
  }

  private static List<String> column(Table t, String name) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < t.rowCount(); i++) out.add(t.getString(i, name));
    return out;
  }

  @Test
  void theEntitiesTableIsABaseTableWithShortFormsMergedWithinADocument() throws Exception {
    writeCorpus();
    Engine engine = engine().engine();
    run(engine, "load news/");
    assertTrue(column(table(run(engine, "tables")), "name").contains("entities"));
    Table entities = table(run(engine, "show entities"));
    assertEquals(List.of("entity", "type", "mentions", "docs", "aliases"), entities.columnNames());
    int zelenskiy = column(entities, "entity").indexOf("Volodymyr Zelenskiy");
    assertEquals(2, entities.intColumn("mentions").get(zelenskiy));
    assertEquals("Zelenskiy", entities.stringColumn("aliases").get(zelenskiy));
    assertTrue(column(entities, "entity").contains("Putin"), "no full name in c.txt: a separate entity for now");
  }

  @Test
  void aliasesRewriteTheEntityColumnWithoutAnnotatingAgainAndAreSavedWithTheCorpus() throws Exception {
    writeCorpus();
    TestEngines.Counted counted = engine();
    Engine engine = counted.engine();
    run(engine, "load news/");
    int annotated = counted.annotations().get();
    Event added = run(engine, "alias add \"Kiev\" \"Kyiv\"");
    assertTrue(((MessageResult) added.result()).text().contains("aliases.tsv"));
    assertEquals(annotated, counted.annotations().get());
    Table mentions = engine.workspace().find("mentions").orElseThrow();
    assertFalse(column(mentions, "entity").contains("Kiev"));
    assertEquals("Kiev\tKyiv", Files.readAllLines(base.resolve("news/aliases.tsv")).get(1));
    assertEquals(List.of("Kiev"), column(table(run(engine, "alias")), "variant"));

    Engine again = engine().engine();
    run(again, "load news/");
    assertFalse(column(again.workspace().find("mentions").orElseThrow(), "entity").contains("Kiev"),
        "aliases are applied on load");
    run(again, "alias remove \"Kiev\"");
    assertTrue(column(again.workspace().find("mentions").orElseThrow(), "entity").contains("Kiev"));
    assertTrue(run(again, "alias").result() instanceof TableResult);
    assertTrue(engine.execute("alias remove \"Nowhere\"").get(0).result() instanceof ErrorResult);
  }

  @Test
  void suggestProposesSpellingVariantsInitialsAndSurnamesToAccept() throws Exception {
    writeCorpus();
    Engine engine = engine().engine();
    run(engine, "load news/");
    Table suggestions = table(run(engine, "alias suggest"));
    List<String> pairs = new ArrayList<>();
    for (int i = 0; i < suggestions.rowCount(); i++) {
      pairs.add(suggestions.getString(i, "variant") + " → " + suggestions.getString(i, "canonical"));
    }
    assertTrue(pairs.contains("Zelenskiy → Zelensky") || pairs.contains("Zelensky → Zelenskiy"), pairs::toString);
    assertTrue(pairs.contains("Kiev → Kyiv") || pairs.contains("Kyiv → Kiev"), pairs::toString);
    assertTrue(pairs.contains("UN → United Nations"), pairs::toString);
    assertTrue(pairs.contains("Putin → Vladimir Putin"), pairs::toString);
    run(engine, "alias accept all");
    Table entities = engine.workspace().find("entities").orElseThrow();
    List<String> persons = new ArrayList<>();
    for (int i = 0; i < entities.rowCount(); i++) {
      if (entities.getString(i, "type").equals("person")) persons.add(entities.getString(i, "entity"));
    }
    assertEquals(2, persons.size(), persons::toString);
    assertTrue(persons.contains("Vladimir Putin"));
  }

  @Test
  void suggestAcceptAddsEverySuggestion() throws Exception {
    writeCorpus();
    Engine engine = engine().engine();
    run(engine, "load news/");
    run(engine, "alias suggest --accept");
    assertTrue(table(run(engine, "alias")).rowCount() >= 4);
  }

  @Test
  void evaluateScoresAgainstGoldFilesAndListsErrors() throws Exception {
    writeCorpus();
    Path gold = Files.createDirectories(base.resolve("gold"));
    Files.writeString(gold.resolve("a.tsv"), "# gold\nperson\tVolodymyr Zelenskiy\nlocation\tKiev\n"
        + "person\tZelenskiy\nperson\tVladimir Putin\nlocation\tMoscow\n");
    Files.writeString(gold.resolve("c.tsv"), "person\tPutin\norganization\tUN\n");
    Engine engine = engine().engine();
    run(engine, "load news/");
    Table scores = table(run(engine, "evaluate gold"));
    assertEquals(List.of("type", "match", "gold", "predicted", "matched", "precision", "recall", "f1"),
        scores.columnNames());
    int micro = column(scores, "type").indexOf("micro");
    assertEquals("strict", scores.getString(micro, "match"));
    assertEquals(7, scores.intColumn("gold").get(micro));
    assertEquals(6, scores.intColumn("matched").get(micro));
    assertEquals(1.0, scores.doubleColumn("precision").get(micro));
    Table errors = table(run(engine, "evaluate gold --errors"));
    assertEquals(1, errors.rowCount());
    assertEquals(List.of("a", "miss", "location", "Moscow"), List.of(errors.getString(0, "doc"),
        errors.getString(0, "kind"), errors.getString(0, "type"), errors.getString(0, "text")));

    Files.writeString(gold.resolve("zzz.tsv"), "person\tNobody\n");
    Event missing = engine.execute("evaluate gold").get(0);
    assertTrue(missing.result() instanceof ErrorResult);
    assertTrue(((ErrorResult) missing.result()).message().contains("zzz"));
  }
}
