package org.mentions.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentions.engine.Engine;
import org.mentions.result.TableResult;
import tech.tablesaw.api.Table;

/** kwic, cooc and dispersion checked against the tables they read. */
class ConcordanceCoocTest {
  @TempDir Path dir;
  Engine engine;
  Table mentions;
  Table tokens;

  @BeforeEach
  void load() {
    engine = TinyCorpus.standard(dir);
    mentions = engine.workspace().tables().get("mentions");
    tokens = engine.workspace().tables().get("tokens");
  }

  @Test
  void kwicOfAWordShowsEachTokenWithItsContext() {
    TableResult r = (TableResult) Run.last(engine, "kwic putin window 2");
    assertEquals(TableResult.Layout.KWIC, r.layout());
    Table t = r.table();
    assertEquals(java.util.List.of("doc", "sentence", "left", "match", "right"), t.columnNames());
    int expected = 0;
    for (int k = 0; k < tokens.rowCount(); k++) if (tokens.stringColumn("word").get(k).equals("Putin")) expected++;
    assertEquals(expected, t.rowCount());
    assertEquals("warned Vladimir", t.stringColumn("left").get(1));
    assertEquals("Putin", t.stringColumn("match").get(1));
    assertEquals("of sanctions", t.stringColumn("right").get(1));
  }

  @Test
  void kwicOfAnEntityAndOfAType() {
    Table t = Run.table(engine, "kwic entity Putin where doc ~ \"^b\"");
    assertEquals(2, t.rowCount());
    assertTrue(t.stringColumn("match").asList().stream().allMatch("Vladimir Putin"::equals));
    Table orgs = Run.table(engine, "kwic type organization window 5 limit 2");
    assertEquals(2, orgs.rowCount());
    assertEquals("NATO", orgs.stringColumn("match").get(0));
  }

  /** Units (doc|sentence) each entity is mentioned in, straight from the mentions table. */
  private Map<String, Set<String>> unitsOf(boolean bySentence) {
    Map<String, Set<String>> units = new HashMap<>();
    for (int r = 0; r < mentions.rowCount(); r++) {
      String unit = mentions.stringColumn("doc").get(r) + (bySentence ? "|" + mentions.intColumn("sentence").get(r) : "");
      units.computeIfAbsent(mentions.stringColumn("entity").get(r), k -> new HashSet<>()).add(unit);
    }
    return units;
  }

  /** The signed G² written out independently of the code under test. */
  private static double g2(double a, double na, double nb, double n) {
    double[][] o = {{a, na - a}, {nb - a, n - na - nb + a}};
    double[] rows = {na, n - na};
    double[] cols = {nb, n - nb};
    double sum = 0;
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 2; j++) {
        double e = rows[i] * cols[j] / n;
        if (o[i][j] > 0) sum += o[i][j] * Math.log(o[i][j] / e);
      }
    }
    return (a < na * nb / n ? -2 : 2) * sum;
  }

  @Test
  void coocCountsSharedSentencesAndScoresThem() {
    Table t = Run.table(engine, "cooc \"Antony Blinken\"");
    Map<String, Set<String>> units = unitsOf(true);
    Set<String> target = units.get("Antony Blinken");
    int n = engine.workspace().tables().get("sentences").rowCount();
    int partners = 0;
    for (Map.Entry<String, Set<String>> e : units.entrySet()) {
      if (e.getKey().equals("Antony Blinken")) continue;
      Set<String> both = new HashSet<>(e.getValue());
      both.retainAll(target);
      if (both.isEmpty()) continue;
      partners++;
      int row = t.stringColumn("entity").indexOf(e.getKey());
      assertEquals(both.size(), t.intColumn("together").getInt(row));
      assertEquals(e.getValue().size() - both.size(), t.intColumn("alone").getInt(row));
      assertEquals(g2(both.size(), target.size(), e.getValue().size(), n), t.doubleColumn("score").getDouble(row),
          1e-9);
    }
    assertEquals(partners, t.rowCount());
    for (int r = 1; r < t.rowCount(); r++) {
      assertTrue(t.doubleColumn("score").getDouble(r - 1) >= t.doubleColumn("score").getDouble(r));
    }
  }

  @Test
  void coocOfATypeByDocIsAnEdgeList() {
    Table t = Run.table(engine, "cooc type person by doc");
    assertEquals(java.util.List.of("a", "b", "together", "score"), t.columnNames());
    Map<String, Set<String>> units = unitsOf(false);
    Set<String> persons = Set.of("Antony Blinken", "Sergei Lavrov", "Vladimir Putin", "Joe Biden");
    int pairs = 0;
    for (String a : persons) {
      for (String b : persons) {
        if (a.compareTo(b) >= 0) continue;
        Set<String> both = new HashSet<>(units.get(a));
        both.retainAll(units.get(b));
        if (both.isEmpty()) continue;
        pairs++;
        boolean found = false;
        for (int r = 0; r < t.rowCount(); r++) {
          if (t.stringColumn("a").get(r).equals(a) && t.stringColumn("b").get(r).equals(b)) {
            found = true;
            assertEquals(both.size(), t.intColumn("together").getInt(r));
            assertEquals(g2(both.size(), units.get(a).size(), units.get(b).size(), 3),
                t.doubleColumn("score").getDouble(r), 1e-9);
          }
        }
        assertTrue(found, a + " / " + b);
      }
    }
    assertEquals(pairs, t.rowCount());
  }

  @Test
  void dispersionGivesTokenOffsetsInTheDocument() {
    Table t = Run.table(engine, "dispersion Russia, sanctions");
    int russia = 0;
    for (int r = 0; r < mentions.rowCount(); r++) if (mentions.stringColumn("entity").get(r).equals("Russia")) russia++;
    assertEquals(russia, t.where(t.stringColumn("term").isEqualTo("Russia")).rowCount());
    Table sanctions = t.where(t.stringColumn("term").isEqualTo("sanctions"));
    assertTrue(sanctions.rowCount() > 0);
    for (int r = 0; r < sanctions.rowCount(); r++) {
      String doc = sanctions.stringColumn("doc").get(r);
      int first = -1;
      int count = 0;
      for (int k = 0; k < tokens.rowCount(); k++) {
        if (!tokens.stringColumn("doc").get(k).equals(doc)) continue;
        if (first < 0) first = k;
        count++;
      }
      int pos = sanctions.intColumn("position").getInt(r);
      assertEquals("sanctions", tokens.stringColumn("word").get(first + pos));
      assertEquals((double) pos / count, sanctions.doubleColumn("fraction").getDouble(r), 1e-12);
    }
  }
}
