package org.mentions.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentions.result.ErrorResult;
import org.mentions.result.Event;
import tech.tablesaw.api.Table;

/** Loading the real seed corpus with the real pipeline, as a user's first command does. */
class SeedsLoadTest {
  @TempDir static Path cache;
  static Engine engine;

  @BeforeAll
  static void load() {
    Path base = TestEngines.seeds().getParent();
    engine = TestEngines.nlp4j(base, cache).engine();
    List<Event> events = engine.execute("load seeds/");
    assertFalse(events.get(0).failed(), () -> events.get(0).result().toString());
  }

  private static Table table(String name) {
    return engine.workspace().find(name).orElseThrow();
  }

  @Test
  void everyMentionTextIsTheDocumentTextAtItsOffsets() throws Exception {
    Table m = table("mentions");
    assertTrue(m.rowCount() > 50, "the seeds mention many entities");
    for (int i = 0; i < m.rowCount(); i++) {
      String text = Files.readString(TestEngines.seeds().resolve(m.stringColumn("doc").get(i)));
      String at = text.substring(m.intColumn("char_start").get(i), m.intColumn("char_end").get(i));
      assertEquals(at, m.stringColumn("text").get(i), "row " + i);
    }
  }

  @Test
  void lavrovIsAPersonAndUkraineALocationInTheRferlArticle() {
    Table m = table("mentions");
    Table rferl = m.where(m.stringColumn("doc").isEqualTo("000_a3e7e297ff0f1dc3.txt"));
    assertTrue(has(rferl, "Sergei Lavrov", "person"));
    assertTrue(has(rferl, "Ukraine", "location"));
  }

  private static boolean has(Table t, String text, String type) {
    for (int i = 0; i < t.rowCount(); i++) {
      if (t.stringColumn("text").get(i).equals(text) && t.stringColumn("type").get(i).equals(type)) return true;
    }
    return false;
  }

  @Test
  void sentenceAndTokenOffsetsRoundTrip() throws Exception {
    Table s = table("sentences");
    for (int i = 0; i < s.rowCount(); i++) {
      String text = Files.readString(TestEngines.seeds().resolve(s.stringColumn("doc").get(i)));
      assertEquals(text.substring(s.intColumn("start").get(i), s.intColumn("end").get(i)),
          s.stringColumn("text").get(i));
    }
    Table t = table("tokens");
    String doc0 = Files.readString(TestEngines.seeds().resolve("000_a3e7e297ff0f1dc3.txt"));
    for (int i = 0; i < t.rowCount(); i++) {
      if (!t.stringColumn("doc").get(i).equals("000_a3e7e297ff0f1dc3.txt")) continue;
      String word = t.stringColumn("word").get(i);
      String at = doc0.substring(t.intColumn("start").get(i), t.intColumn("end").get(i));
      // curly quotes may be normalised in the word; the span still covers the same characters
      assertEquals(at.length(), word.length(), "token " + i);
    }
  }

  @Test
  void docsCarryTheSidecarMetadataAndCounts() {
    Table d = table("docs");
    assertEquals(2, d.rowCount());
    int row = d.stringColumn("doc").indexOf("000_a3e7e297ff0f1dc3.txt");
    assertEquals("RFE/RL", d.stringColumn("source").get(row));
    assertEquals("2022-02-01", d.dateColumn("date").get(row).toString());
    Table tokens = table("tokens");
    long tokensOfDoc = tokens.stringColumn("doc").isEqualTo("000_a3e7e297ff0f1dc3.txt").size();
    assertEquals(tokensOfDoc, (long) d.intColumn("tokens").get(row));
  }

  @Test
  void loadingAgainAddsNoDuplicates() {
    int before = table("mentions").rowCount();
    List<Event> again = engine.execute("load seeds/000_a3e7e297ff0f1dc3.txt");
    assertFalse(again.get(0).failed());
    assertEquals(before, table("mentions").rowCount());
    assertEquals(2, table("docs").rowCount());
  }

  @Test
  void exportThenTypesOfEveryMentionAreFromTheStableVocabulary() {
    Table m = table("mentions");
    List<String> vocabulary = org.mentions.nlp.EntityTypes.COARSE_TYPES;
    for (String type : m.stringColumn("type").unique()) assertTrue(vocabulary.contains(type), type);
    assertFalse(engine.execute("show nosuch").isEmpty());
    assertTrue(engine.execute("show nosuch").get(0).result() instanceof ErrorResult);
  }
}
