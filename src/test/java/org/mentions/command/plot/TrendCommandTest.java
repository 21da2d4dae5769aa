package org.mentions.command.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentions.engine.Engine;
import org.mentions.engine.TestEngines;
import org.mentions.result.ErrorResult;
import org.mentions.result.Result;
import org.mentions.result.TableResult;

/** trend: occurrences per period from document dates, empty periods kept, undated documents counted out. */
class TrendCommandTest {
  @TempDir Path base;
  @TempDir Path cache;
  Engine engine;

  @BeforeEach
  void load() throws Exception {
    Files.writeString(base.resolve("a.txt"), "Paris and Berlin. Paris again.\n");
    Files.writeString(base.resolve("b.txt"), "Berlin, Berlin and the river.\n");
    Files.writeString(base.resolve("c.txt"), "Paris without a date.\n");
    Files.writeString(base.resolve("metadata.csv"), "doc,date\na.txt,2022-01-31\nb.txt,2022-02-02\n");
    engine = TestEngines.dictionary(base, cache, Map.of("Paris", "GPE", "Berlin", "GPE")).engine();
    engine.execute("load a.txt b.txt c.txt");
  }

  @Test
  void countsPerDayWithEmptyDaysAndWords() {
    TableResult r = (TableResult) engine.execute("trend Paris, Berlin, river by day as daily").get(0).result();
    assertEquals("""
        day,Paris,Berlin,river
        2022-01-31,2,1,0
        2022-02-01,0,0,0
        2022-02-02,0,2,1
        """, csv(r));
    assertEquals("1 document(s) without a date left out", r.note());
    assertTrue(engine.workspace().find("daily").isPresent());
  }

  @Test
  void weeksStartOnMondayAndMonthsOnTheFirst() {
    TableResult weeks = (TableResult) engine.execute("trend Berlin by week").get(0).result();
    assertEquals("week,Berlin\n2022-01-31,3\n", csv(weeks));
    TableResult months = (TableResult) engine.execute("trend Berlin by month").get(0).result();
    assertEquals("month,Berlin\n2022-01-01,1\n2022-02-01,2\n", csv(months));
  }

  @Test
  void badPeriodsAndRepeatsGetOneLine() {
    assertEquals("by takes day, week or month, not 'year'", error("trend Paris by year"));
    assertEquals("trend needs a period: by day, by week or by month", error("trend Paris"));
    assertEquals("'paris' is named twice", error("trend Paris, paris by day"));
  }

  private String error(String command) {
    Result r = engine.execute(command).get(0).result();
    return r instanceof ErrorResult e ? e.message() : "no error";
  }

  private static String csv(TableResult r) {
    StringBuilder sb = new StringBuilder(String.join(",", r.table().columnNames())).append('\n');
    for (int i = 0; i < r.table().rowCount(); i++) {
      for (int c = 0; c < r.table().columnCount(); c++) {
        sb.append(c > 0 ? "," : "").append(r.table().column(c).getString(i));
      }
      sb.append('\n');
    }
    return sb.toString();
  }
}
