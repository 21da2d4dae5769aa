package org.mentions.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentions.result.Event;
import org.mentions.result.TableResult;
import tech.tablesaw.api.Table;

/**
 * The seeds with the real recogniser, scored against the development gold (../shared/eval/seeds-gold from the
 * repository root; skipped where it is missing), and the entities a journalist would count on them. The seeds are
 * copied to a temporary folder, since accepting aliases saves an aliases.tsv next to them.
 */
class SeedsEvaluationTest {
  @TempDir static Path base;
  @TempDir static Path cache;
  static Engine engine;
  static Path gold;

  @BeforeAll
  static void load() throws Exception {
    Path seeds = Files.createDirectories(base.resolve("seeds"));
    try (var files = Files.list(TestEngines.seeds())) {
      for (Path f : files.toList()) Files.copy(f, seeds.resolve(f.getFileName()));
    }
    gold = TestEngines.seeds().getParent().resolve("../shared/eval/seeds-gold").normalize();
    engine = TestEngines.nlp4j(base, cache).engine();
    Event load = engine.execute("load seeds/").get(0);
    assertFalse(load.failed(), () -> load.result().toString());
  }

  private static Table run(String command) {
    Event e = engine.execute(command).get(0);
    assertFalse(e.failed(), () -> command + ": " + e.result());
    return e.result() instanceof TableResult t ? t.table() : null;
  }

  @Test
  void strictMicroF1OnTheSeedsIsAtLeast095() {
    assumeTrue(Files.isDirectory(gold), "no development gold at " + gold);
    Table scores = run("evaluate " + gold);
    for (int i = 0; i < scores.rowCount(); i++) {
      if (scores.getString(i, "type").equals("micro") && scores.getString(i, "match").equals("strict")) {
        double f1 = scores.doubleColumn("f1").get(i);
        assertTrue(f1 >= 0.95, "strict micro-F1 " + f1);
        return;
      }
    }
    throw new AssertionError("no strict micro row");
  }

  @Test
  void shortFormsAndAcceptedSuggestionsLeaveOneEntityPerPerson() {
    run("alias suggest --accept");
    Table entities = engine.workspace().find("entities").orElseThrow();
    List<String> persons = new ArrayList<>();
    for (int i = 0; i < entities.rowCount(); i++) {
      if (entities.getString(i, "type").equals("person")) persons.add(entities.getString(i, "entity"));
    }
    assertEquals(1, persons.stream().filter(p -> p.contains("Putin")).count(), persons::toString);
    assertTrue(persons.contains("Vladimir Putin"), persons::toString);
    assertEquals(1, persons.stream().filter(p -> p.contains("Johnson")).count(), persons::toString);
    assertTrue(persons.contains("Boris Johnson"), persons::toString);
    assertEquals(1, persons.stream().filter(p -> p.contains("Zelensk")).count(), persons::toString);
    assertTrue(Files.isRegularFile(base.resolve("seeds/aliases.tsv")));
  }
}
