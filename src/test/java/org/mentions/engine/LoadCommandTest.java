package org.mentions.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentions.result.ErrorResult;
import org.mentions.result.Event;
import org.mentions.result.MessageResult;

/** The load command as users meet it: bad files get one line each, the rest load, and clear empties the corpus. */
class LoadCommandTest {
  @TempDir Path base;
  @TempDir Path cache;

  private Engine engine() {
    return TestEngines.dictionary(base, cache, Map.of("Paris", "GPE")).engine();
  }

  @Test
  void badFilesAreReportedAndGoodOnesStillLoad() throws Exception {
    Path dir = Files.createDirectories(base.resolve("mixed"));
    Files.writeString(dir.resolve("good.txt"), "Paris in spring.\n");
    Files.write(dir.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 0, 0, 9});
    Files.writeString(dir.resolve("empty.txt"), "   \n");
    Files.write(dir.resolve("latin1.txt"), new byte[] {'c', 'a', 'f', (byte) 0xe9, '\n'});
    Engine engine = engine();
    Event load = engine.execute("load mixed/").get(0);
    String text = ((MessageResult) load.result()).text();
    List<String> lines = text.lines().toList();
    assertEquals(4, lines.size(), text);
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("warning:") && l.contains("binary.txt")), text);
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("warning:") && l.contains("empty.txt")), text);
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("warning:") && l.contains("latin1.txt")
        && l.contains("UTF-8")), text);
    assertEquals(1, engine.workspace().find("docs").orElseThrow().rowCount());
    assertEquals(1, engine.workspace().find("mentions").orElseThrow().rowCount());
  }

  @Test
  void aMissingPathIsOneClearErrorAndTheSessionGoesOn() {
    Engine engine = engine();
    Event load = engine.execute("load nowhere/").get(0);
    assertTrue(load.result() instanceof ErrorResult);
    String message = ((ErrorResult) load.result()).message();
    assertTrue(message.contains("nowhere"), message);
    assertEquals(1, message.lines().count());
    assertTrue(engine.execute("tables").get(0).result() instanceof org.mentions.result.TableResult);
  }

  @Test
  void clearEmptiesTheCorpusButKeepsNamedResults() throws Exception {
    Files.writeString(base.resolve("a.txt"), "Paris again.\n");
    Engine engine = engine();
    engine.execute("load a.txt");
    engine.execute("show mentions as kept");
    engine.execute("clear");
    assertEquals(0, engine.workspace().find("mentions").orElseThrow().rowCount());
    assertEquals(1, engine.workspace().find("kept").orElseThrow().rowCount());
  }

  @Test
  void aChangedFileReplacesItsRows() throws Exception {
    Path a = base.resolve("a.txt");
    Files.writeString(a, "Paris.\n");
    Engine engine = engine();
    engine.execute("load a.txt");
    Files.writeString(a, "Paris and Paris.\n");
    engine.execute("load a.txt");
    assertEquals(1, engine.workspace().find("docs").orElseThrow().rowCount());
    assertEquals(2, engine.workspace().find("mentions").orElseThrow().rowCount());
  }
}
