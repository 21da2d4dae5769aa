package org.mentions.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentions.engine.Engine;
import org.mentions.engine.TestEngines;

/** Script mode: echo, comments, continuation lines, exit codes and FILE:LINE errors. */
class ScriptRunnerTest {
  @TempDir Path base;
  @TempDir Path cache;
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String script, boolean keepGoing) throws Exception {
    Files.writeString(base.resolve("a.txt"), "Paris in spring.\n");
    Engine engine = TestEngines.dictionary(base, cache, Map.of("Paris", "GPE")).engine();
    ScriptRunner runner = new ScriptRunner(engine, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), keepGoing, 120);
    return runner.run("s.mentions", new BufferedReader(new StringReader(script)));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void allCommandsSucceedExitZeroAndEchoed() throws Exception {
    int code = run("# a comment\nload a.txt\n\nshow mentions \\\n  limit 1\n", false);
    assertEquals(0, code, err());
    assertTrue(out().contains("mentions> load a.txt"), out());
    assertTrue(out().contains("Paris"), out());
    assertTrue(!out().contains("a comment"), "comments are not commands");
  }

  @Test
  void theFirstErrorStopsWithItsLineNumber() throws Exception {
    int code = run("load a.txt\n# two\nshow nosuch\nshow mentions\n", false);
    assertEquals(1, code);
    assertEquals("s.mentions:3: no table 'nosuch'; tables: docs, sentences, tokens, mentions, entities", err().strip());
    assertTrue(!out().contains("mentions> show mentions"), "stops at the first error");
  }

  @Test
  void keepGoingReportsEveryErrorAndExitsOne() throws Exception {
    int code = run("bogus\nload a.txt\nshow mentions limit x\nshow mentions\n", true);
    assertEquals(1, code);
    String[] lines = err().strip().split("\n");
    assertEquals(2, lines.length, err());
    assertTrue(lines[0].startsWith("s.mentions:1: unknown command 'bogus'"), lines[0]);
    assertTrue(lines[1].startsWith("s.mentions:3: 'limit' needs a whole number"), lines[1]);
    assertTrue(out().contains("mentions> show mentions\n"), out());
  }
}
