package org.mentions.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentions.engine.Engine;
import org.mentions.result.ErrorResult;
import org.mentions.result.MessageResult;
import tech.tablesaw.api.Table;

/** filter, sort, select, show, export, tables and drop on named results, and one-line errors for each clause. */
class TablesFlowTest {
  @TempDir Path dir;

  @Test
  void resultsFlowFromCommandToCommand() throws Exception {
    Engine e = TinyCorpus.standard(dir);
    Table sents = Run.table(e, "filter sentences where text ~ \"sanction\" and doc = \"b.txt\" as sanction_sents");
    assertEquals(2, sents.rowCount());
    Run.table(e, "count mentions by entity, doc where type in (person, location) as who");
    assertEquals(5, Run.table(e, "show who limit 5").rowCount());
    Table sorted = Run.table(e, "sort who by count desc, entity");
    for (int r = 1; r < sorted.rowCount(); r++) {
      assertTrue(sorted.intColumn("count").getInt(r - 1) >= sorted.intColumn("count").getInt(r));
    }
    assertEquals(List.of("entity", "count"), Run.table(e, "select who entity, count").columnNames());
    assertTrue(Run.last(e, "export _ out.csv") instanceof MessageResult);
    assertTrue(Files.readString(dir.resolve("out.csv")).startsWith("entity,count"));
    Table tables = Run.table(e, "tables");
    assertTrue(tables.stringColumn("name").asList().containsAll(List.of("who", "sanction_sents")));
    assertTrue(Run.last(e, "drop who") instanceof MessageResult);
    assertTrue(Run.last(e, "show who") instanceof ErrorResult);
    Table notPersons = Run.table(e, "filter mentions where not (type = person or type = location)");
    assertTrue(notPersons.stringColumn("type").asList().stream().allMatch("organization"::equals));
    assertEquals(3, Run.table(e, "filter docs where date > 2022-01-30 or source = wire").rowCount());
    assertEquals(1, Run.table(e, "filter docs where date < 2022-02-01").rowCount());
  }

  private static void assertErr(Engine e, String line, String part) {
    String message = Run.error(e, line);
    assertTrue(message.contains(part), line + " -> " + message);
  }

  @Test
  void eachClauseFailsWithOneClearLine() {
    Engine e = TinyCorpus.standard(dir);
    assertErr(e, "count mentiosn by entity", "did you mean 'mentions'");
    String col = Run.error(e, "count mentions by entty");
    assertTrue(col.contains("no column 'entty'") && col.contains("did you mean 'entity'") && col.contains("columns:"),
        col);
    assertErr(e, "filter mentions where tpye = person", "did you mean 'type'");
    assertErr(e, "filter sentences where text ~ \"sanc(\"", "bad regular expression");
    assertErr(e, "filter mentions where sentence > many", "not a number");
    assertErr(e, "filter docs where date > yesterday", "2022-02-01");
    assertErr(e, "filter mentions where type < person", "is text");
    assertErr(e, "count mentions by entity where type =", "expected a value");
    assertErr(e, "count mentions by entity top", "needs a whole number");
    assertErr(e, "count mentions by entity top ten", "whole number");
    assertErr(e, "pivot mentions rows entity", "cols");
    assertErr(e, "cooc \"Nobody Known\"", "no entity");
    assertErr(e, "kwic type persn", "did you mean 'person'");
    assertErr(e, "show docs limit 2 as 9x", "result name");
  }
}
