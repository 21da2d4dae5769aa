package org.mentions.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentions.engine.Engine;
import tech.tablesaw.api.Table;

/** count and pivot checked against plain loops over the same base tables. */
class CountPivotTest {
  @TempDir Path dir;
  Engine engine;
  Table mentions;

  @BeforeEach
  void load() {
    engine = TinyCorpus.standard(dir);
    mentions = engine.workspace().tables().get("mentions");
  }

  private Map<String, Integer> countEntities(Set<String> types) {
    Map<String, Integer> counts = new HashMap<>();
    for (int r = 0; r < mentions.rowCount(); r++) {
      if (types.contains(mentions.stringColumn("type").get(r))) {
        counts.merge(mentions.stringColumn("entity").get(r), 1, Integer::sum);
      }
    }
    return counts;
  }

  @Test
  void countsByEntitySortedByCountThenName() {
    Table t = Run.table(engine, "count mentions by entity where type = person top 3");
    Map<String, Integer> expected = countEntities(Set.of("person"));
    List<String> order = new ArrayList<>(expected.keySet());
    order.sort((a, b) -> expected.get(b).equals(expected.get(a)) ? a.compareToIgnoreCase(b)
        : expected.get(b) - expected.get(a));
    assertEquals(List.of("entity", "count"), t.columnNames());
    assertEquals(order.subList(0, 3), t.stringColumn("entity").asList());
    for (int r = 0; r < t.rowCount(); r++) {
      assertEquals(expected.get(t.stringColumn("entity").get(r)), t.intColumn("count").getInt(r));
    }
  }

  @Test
  void countsByTwoColumnsAndNamesTheResult() {
    Table t = Run.table(engine, "count mentions by entity, doc where type in (person, location) as who");
    Map<String, Integer> expected = new HashMap<>();
    for (int r = 0; r < mentions.rowCount(); r++) {
      String type = mentions.stringColumn("type").get(r);
      if (type.equals("person") || type.equals("location")) {
        expected.merge(mentions.stringColumn("entity").get(r) + "|" + mentions.stringColumn("doc").get(r), 1,
            Integer::sum);
      }
    }
    assertEquals(expected.size(), t.rowCount());
    for (int r = 0; r < t.rowCount(); r++) {
      String key = t.stringColumn("entity").get(r) + "|" + t.stringColumn("doc").get(r);
      assertEquals(expected.get(key), t.intColumn("count").getInt(r), key);
      if (r > 0) assertTrue(t.intColumn("count").getInt(r - 1) >= t.intColumn("count").getInt(r));
    }
    assertEquals(t, engine.workspace().find("who").orElseThrow());
    assertEquals(t, engine.workspace().find("_").orElseThrow());
  }

  @Test
  void normIsPerMillionCorpusTokens() {
    Table tokens = engine.workspace().tables().get("tokens");
    Table t = Run.table(engine, "count tokens by lemma where pos = noun top 5 norm");
    for (int r = 0; r < t.rowCount(); r++) {
      String lemma = t.stringColumn("lemma").get(r);
      int n = 0;
      for (int k = 0; k < tokens.rowCount(); k++) {
        if (tokens.stringColumn("pos").get(k).equals("NOUN") && tokens.stringColumn("lemma").get(k).equals(lemma)) n++;
      }
      assertEquals(n, t.intColumn("count").getInt(r));
      assertEquals(n * 1e6 / tokens.rowCount(), t.doubleColumn("per_million").getDouble(r), 1e-9);
    }
  }

  @Test
  void normByDocUsesEachDocumentsTokens() {
    Table tokens = engine.workspace().tables().get("tokens");
    Table t = Run.table(engine, "count mentions by doc, entity norm");
    for (int r = 0; r < t.rowCount(); r++) {
      String doc = t.stringColumn("doc").get(r);
      int docTokens = 0;
      for (int k = 0; k < tokens.rowCount(); k++) if (tokens.stringColumn("doc").get(k).equals(doc)) docTokens++;
      assertEquals(t.intColumn("count").getInt(r) * 1e6 / docTokens, t.doubleColumn("per_million").getDouble(r),
          1e-9);
    }
  }

  @Test
  void docColumnsReachableThroughDoc() {
    Table t = Run.table(engine, "count mentions by source where date >= 2022-02-01");
    Map<String, Integer> expected = new HashMap<>();
    Map<String, String> source = Map.of("a.txt", "Wire", "b.txt", "Daily", "c.txt", "Wire");
    for (int r = 0; r < mentions.rowCount(); r++) {
      String doc = mentions.stringColumn("doc").get(r);
      if (!doc.equals("a.txt")) expected.merge(source.get(doc), 1, Integer::sum);
    }
    assertEquals(expected.size(), t.rowCount());
    for (int r = 0; r < t.rowCount(); r++) {
      assertEquals(expected.get(t.stringColumn("source").get(r)), t.intColumn("count").getInt(r));
    }
  }

  @Test
  void pivotCellsTotalsAndColumnOrder() {
    Table t = Run.table(engine, "pivot mentions rows entity cols doc where type = location");
    assertEquals(List.of("entity", "a.txt", "b.txt", "c.txt", "total"), t.columnNames());
    Map<String, Integer> cell = new HashMap<>();
    Map<String, Integer> rowTotal = new HashMap<>();
    Map<String, Integer> colTotal = new HashMap<>();
    int grand = 0;
    for (int r = 0; r < mentions.rowCount(); r++) {
      if (!mentions.stringColumn("type").get(r).equals("location")) continue;
      String e = mentions.stringColumn("entity").get(r);
      String d = mentions.stringColumn("doc").get(r);
      cell.merge(e + "|" + d, 1, Integer::sum);
      rowTotal.merge(e, 1, Integer::sum);
      colTotal.merge(d, 1, Integer::sum);
      grand++;
    }
    int last = t.rowCount() - 1;
    assertEquals(rowTotal.size(), last);
    assertEquals("total", t.stringColumn("entity").get(last));
    for (int r = 0; r < last; r++) {
      String e = t.stringColumn("entity").get(r);
      for (String d : List.of("a.txt", "b.txt", "c.txt")) {
        assertEquals(cell.getOrDefault(e + "|" + d, 0), t.intColumn(d).getInt(r), e + " in " + d);
      }
      assertEquals(rowTotal.get(e), t.intColumn("total").getInt(r));
    }
    for (String d : List.of("a.txt", "b.txt", "c.txt")) assertEquals(colTotal.get(d), t.intColumn(d).getInt(last));
    assertEquals(grand, t.intColumn("total").getInt(last));
  }

  @Test
  void pivotDistinctDocsBySource() {
    Table t = Run.table(engine, "pivot mentions rows entity cols source values distinct doc");
    assertEquals(List.of("entity", "Daily", "Wire", "total"), t.columnNames());
    Map<String, String> source = Map.of("a.txt", "Wire", "b.txt", "Daily", "c.txt", "Wire");
    Map<String, Set<String>> cell = new HashMap<>();
    Map<String, Set<String>> row = new HashMap<>();
    for (int r = 0; r < mentions.rowCount(); r++) {
      String e = mentions.stringColumn("entity").get(r);
      String d = mentions.stringColumn("doc").get(r);
      cell.computeIfAbsent(e + "|" + source.get(d), k -> new HashSet<>()).add(d);
      row.computeIfAbsent(e, k -> new HashSet<>()).add(d);
    }
    int last = t.rowCount() - 1;
    for (int r = 0; r < last; r++) {
      String e = t.stringColumn("entity").get(r);
      for (String s : List.of("Daily", "Wire")) {
        assertEquals(cell.getOrDefault(e + "|" + s, Set.of()).size(), t.intColumn(s).getInt(r), e + " " + s);
      }
      assertEquals(row.get(e).size(), t.intColumn("total").getInt(r));
    }
    assertEquals(2, t.intColumn("Wire").getInt(last));
    assertEquals(3, t.intColumn("total").getInt(last));
  }

  @Test
  void pivotTopKeepsLargestRowsAndTotalsWhatIsShown() {
    Table t = Run.table(engine, "pivot mentions rows entity cols doc top 2");
    Map<String, Integer> all = countEntities(Set.of("person", "location", "organization"));
    List<Integer> totals = new ArrayList<>(all.values());
    totals.sort((a, b) -> b - a);
    assertEquals(3, t.rowCount());
    assertEquals(totals.get(0), t.intColumn("total").getInt(0));
    assertEquals(totals.get(1), t.intColumn("total").getInt(1));
    assertEquals(totals.get(0) + totals.get(1), t.intColumn("total").getInt(2));
    int sum = 0;
    for (String d : List.of("a.txt", "b.txt", "c.txt")) sum += t.intColumn(d).getInt(2);
    assertEquals(totals.get(0) + totals.get(1), sum);
  }
}
