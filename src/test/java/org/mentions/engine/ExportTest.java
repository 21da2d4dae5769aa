package org.mentions.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentions.result.ErrorResult;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/** Export round trips: what is written reads back as the same table, in each format. */
class ExportTest {
  @TempDir Path base;
  @TempDir Path cache;
  Engine engine;
  Table mentions;

  @BeforeEach
  void load() throws Exception {
    Files.writeString(base.resolve("a.txt"), "Ada Lovelace met \"Charles Babbage\", in London.\n");
    engine = TestEngines.dictionary(base, cache,
        Map.of("Ada Lovelace", "PERSON", "Charles Babbage", "PERSON", "London", "GPE")).engine();
    engine.execute("load a.txt");
    mentions = engine.workspace().find("mentions").orElseThrow();
    assertEquals(3, mentions.rowCount());
  }

  @Test
  void csvRoundTrip() throws Exception {
    assertFalse(engine.execute("export mentions out.csv").get(0).failed());
    ColumnType[] types = mentions.columns().stream().map(c -> c.type()).toArray(ColumnType[]::new);
    Table back = Table.read().usingOptions(CsvReadOptions.builder(base.resolve("out.csv").toFile()).columnTypes(types));
    assertEquals(mentions.columnNames(), back.columnNames());
    assertEquals(mentions.printAll(), back.setName(mentions.name()).printAll());
  }

  @Test
  void anExportIsReadableByOthersLikeAnyFileTheUserWrites() throws Exception {
    engine.execute("export mentions shared.csv");
    var perms = Files.getPosixFilePermissions(base.resolve("shared.csv"));
    assertTrue(perms.contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ), perms.toString());
  }

  @Test
  void jsonRoundTrip() throws Exception {
    engine.execute("export mentions out.json");
    JsonNode rows = new ObjectMapper().readTree(base.resolve("out.json").toFile());
    assertEquals(mentions.rowCount(), rows.size());
    for (int i = 0; i < mentions.rowCount(); i++) {
      assertEquals(mentions.stringColumn("text").get(i), rows.get(i).get("text").asText());
      assertEquals((int) mentions.intColumn("char_start").get(i), rows.get(i).get("char_start").asInt());
    }
  }

  @Test
  void markdownHasAHeaderAndOneLinePerRow() throws Exception {
    engine.execute("export mentions out.md");
    List<String> lines = Files.readAllLines(base.resolve("out.md"));
    assertEquals(mentions.rowCount() + 2, lines.size());
    assertEquals("| " + String.join(" | ", mentions.columnNames()) + " |", lines.get(0));
    for (int i = 0; i < mentions.rowCount(); i++) {
      assertTrue(lines.get(i + 2).contains("| " + mentions.stringColumn("text").get(i) + " |"), lines.get(i + 2));
    }
  }

  @Test
  void aFailedExportLeavesNoFileAndSaysWhy() throws Exception {
    var event = engine.execute("export mentions missing/dir/out.csv").get(0);
    assertTrue(event.result() instanceof ErrorResult);
    assertTrue(((ErrorResult) event.result()).message().contains("missing"));
    assertFalse(Files.exists(base.resolve("missing")));
    var bad = engine.execute("export mentions out.xlsx").get(0);
    assertTrue(((ErrorResult) bad.result()).message().contains(".csv"));
    try (var files = Files.list(base)) {
      assertEquals(List.of("a.txt"), files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

}
