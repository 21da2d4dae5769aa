package org.mentions.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentions.engine.Backend;
import org.mentions.engine.Engine;
import org.mentions.engine.EngineConfig;
import org.mentions.nlp.Annotator;
import org.mentions.nlp.DictionaryRecognizer;
import org.mentions.nlp.MentionBuilder;
import org.mentions.nlp.SharedModels;
import org.mentions.engine.TestEngines;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/** The shell as a user meets it, through a JLine virtual terminal: Tab, colours, Ctrl-C, history, run --step. */
class ShellTest {
  @TempDir Path base;
  @TempDir Path cache;
  @TempDir Path config;

  @BeforeEach
  void corpus() throws Exception {
    Files.createDirectories(base.resolve("articles"));
    Files.writeString(base.resolve("articles/talks.txt"),
        "Vladimir Putin met Emmanuel Macron in Paris.\n\nParis was cold.\n");
  }

  private Engine engine() {
    Engine engine = TestEngines.dictionary(base, cache, Map.of("Paris", "GPE", "Vladimir Putin", "PERSON",
        "Emmanuel Macron", "PERSON")).engine();
    StubCommands.addTo(engine.commands());
    engine.addListener(e -> ran.add(e.input().replaceAll("\\s+", " ")));
    return engine;
  }

  /** Inputs the engine executed, whitespace folded: what the shell really sent, whatever the screen shows. */
  private final List<String> ran = new java.util.concurrent.CopyOnWriteArrayList<>();

  private void expectRan(String input) {
    long end = System.currentTimeMillis() + 20_000;
    while (System.currentTimeMillis() < end) {
      if (ran.contains(input)) return;
      ShellDriver.sleep(20);
    }
    throw new AssertionError("the engine never ran '" + input + "'; it ran " + ran);
  }

  private Engine loaded() {
    Engine engine = engine();
    assertFalse(engine.execute("load articles/").get(0).failed());
    return engine;
  }

  @Test
  void tabCompletesCommandsTablesColumnsAndQuotedEntities() throws Exception {
    try (ShellDriver shell = new ShellDriver(loaded(), config)) {
      shell.mark().type("sho\t");
      shell.expect("show ");
      shell.type("\t");
      String listing = shell.waitFor("sentences");
      assertTrue(listing.contains("mentions") && listing.contains("tokens") && listing.contains("docs"), listing);
      shell.type("mentions limit 1\r");
      shell.expect("entity");
      shell.mark().type("count mentions by en\t");
      shell.waitFor("end");
      shell.type("t\t\r");
      expectRan("count mentions by entity");
      shell.expect("Emmanuel Macron");
      shell.mark().type("count mentions where entity = Vla\t\r");
      expectRan("count mentions where entity = \"Vladimir Putin\"");
      shell.mark().type("count mentions where type = \t");
      String types = shell.waitFor("location");
      assertTrue(types.contains("person"), types);
      shell.type("per\t\r");
      expectRan("count mentions where type = person");
      shell.mark().type("load arti\t\r");
      shell.expect("already loaded");
    }
  }

  @Test
  void theLineIsHighlightedAsItIsTyped() throws Exception {
    Engine engine = loaded();
    ShellHighlighter highlighter = new ShellHighlighter(engine.commands(), engine.workspace(), () -> true);
    String line = "count mentions where type = \"person\" top 5 # why; shwo nosuch";
    AttributedString styled = highlighter.highlight(null, line);
    assertEquals(ShellHighlighter.COMMAND, styled.styleAt(line.indexOf("count")));
    assertEquals(AttributedStyle.DEFAULT, styled.styleAt(line.indexOf("mentions")), "a known table is plain");
    assertEquals(ShellHighlighter.KEYWORD, styled.styleAt(line.indexOf("where")));
    assertEquals(ShellHighlighter.KEYWORD, styled.styleAt(line.indexOf("=")));
    assertEquals(ShellHighlighter.STRING, styled.styleAt(line.indexOf("person")));
    assertEquals(ShellHighlighter.KEYWORD, styled.styleAt(line.indexOf("top")));
    assertEquals(ShellHighlighter.NUMBER, styled.styleAt(line.indexOf("5")));
    assertEquals(ShellHighlighter.COMMENT, styled.styleAt(line.indexOf("why")));
    String two = "show nosuch; shwo";
    AttributedString warned = highlighter.highlight(null, two);
    assertEquals(ShellHighlighter.UNKNOWN, warned.styleAt(two.indexOf("nosuch")), "unknown table");
    assertEquals(ShellHighlighter.UNKNOWN, warned.styleAt(two.indexOf("shwo")), "unknown command");
    assertEquals(line, new ShellHighlighter(engine.commands(), engine.workspace(), () -> false)
        .highlight(null, line).toAnsi(), "no colour: no codes");
    try (ShellDriver shell = new ShellDriver(engine, config)) {
      shell.mark().type("show mentions limit 3");
      shell.waitFor("3");
      ShellDriver.sleep(100);
      assertTrue(shell.raw().contains("\u001b[34;1m"), "the terminal shows the command in bold blue");
      assertTrue(shell.raw().contains("\u001b[35m3"), "and the number in magenta");
    }
  }

  @Test
  void noColourMeansNoColourCodes() throws Exception {
    try (ShellDriver shell = new ShellDriver(loaded(), config, false)) {
      shell.mark().type("show mentions where\r");
      shell.expect("error");
      shell.mark().type("show mentions limit 1\r");
      shell.expect("entity");
      shell.waitFor("mentions> ");
      assertFalse(shell.raw().matches("(?s).*\u001b\\[[0-9;]*m.*"), "no SGR codes:\n" + shell.raw().replace("\u001b", "<ESC>"));
    }
  }

  @Test
  void ctrlCCancelsARunningCommandAndTheShellLivesOn() throws Exception {
    StubCommands.Nap.interrupted = false;
    try (ShellDriver shell = new ShellDriver(loaded(), config)) {
      shell.mark().type("nap\r");
      shell.expect("nap");
      ShellDriver.sleep(300);
      long t0 = System.nanoTime();
      shell.type("\u0003");
      shell.expect("cancelled");
      assertTrue((System.nanoTime() - t0) / 1_000_000 < 5_000, "cancelled at once");
      shell.waitFor("mentions> ");
      for (int i = 0; i < 100 && !StubCommands.Nap.interrupted; i++) ShellDriver.sleep(20);
      assertTrue(StubCommands.Nap.interrupted, "the command's thread was interrupted");
      shell.mark().type("tables\r");
      shell.expect("mentions");
      assertFalse(shell.exited());
    }
  }

  @Test
  void ctrlCStopsALongLoadAndKeepsWhatFinished() throws Exception {
    Path many = Files.createDirectories(base.resolve("many"));
    for (int i = 0; i < 40; i++) Files.writeString(many.resolve("a" + i + ".txt"), "Paris, day " + i + ".\n");
    Annotator annotator = new Annotator(SharedModels.pipeline(), List.of(new DictionaryRecognizer(
        Map.of("Paris", "GPE"))));
    MentionBuilder mentions = new MentionBuilder();
    Backend slow = new Backend("slow-test|" + System.nanoTime(), () -> text -> {
      try {
        Thread.sleep(150);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return annotator.annotate(text);
    }, (doc, annotation) -> mentions.build(doc.text(), annotation), () -> {});
    Engine engine = new Engine(new EngineConfig(base, cache, 1, "test"), slow);
    try (ShellDriver shell = new ShellDriver(engine, config)) {
      shell.mark().type("load many/\r");
      shell.expect("annotating:");
      long t0 = System.nanoTime();
      shell.type("\u0003");
      shell.expect("cancelled");
      assertTrue((System.nanoTime() - t0) / 1_000_000 < 5_000, "stopped at once");
      shell.mark().type("docs\r");
      String docs = shell.expect("mentions> ");
      int kept = engine.workspace().tables().size();
      assertTrue(kept > 0 && kept < 40, "some documents kept, not all: " + kept + "\n" + docs);
    }
  }

  @Test
  void ctrlCAtThePromptClearsTheLineAndCtrlDLeaves() throws Exception {
    try (ShellDriver shell = new ShellDriver(loaded(), config)) {
      shell.mark().type("show garbage that I regret");
      shell.waitFor("regret");
      shell.type("\u0003");
      shell.mark().type("tables\r");
      String out = shell.expect("mentions");
      assertFalse(out.contains("garbage"), out);
      shell.type("\u0004");
      assertEquals(0, shell.exitCode());
    }
  }

  @Test
  void quitLeaves() throws Exception {
    try (ShellDriver shell = new ShellDriver(engine(), config)) {
      shell.type("quit\r");
      assertEquals(0, shell.exitCode());
    }
  }

  @Test
  void aLineEndingInABackslashContinues() throws Exception {
    try (ShellDriver shell = new ShellDriver(loaded(), config)) {
      shell.mark().type("count mentions \\\r");
      shell.expect(Shell.CONTINUATION.strip());
      shell.type("by type\r");
      expectRan("count mentions by type");
      shell.expect("person");
    }
  }

  @Test
  void historyPersistsAcrossSessionsWithoutConsecutiveDuplicates() throws Exception {
    try (ShellDriver first = new ShellDriver(engine(), config)) {
      first.type("tables\r").type("tables\r").type("help\r").type("tables\r");
      first.expect("Commands");
      first.type("\u0004");
      first.exitCode();
    }
    assertTrue(Files.isRegularFile(config.resolve("history")));
    try (ShellDriver second = new ShellDriver(engine(), config)) {
      second.mark().type("history\r");
      String listing = second.expect("history");
      String shown = second.waitFor("4  history");
      assertTrue(shown.contains("1  tables") && shown.contains("2  help") && shown.contains("3  tables"), shown);
      assertFalse(shown.contains("5  "), shown);
      // Up recalls the last session's commands
      second.mark().type("\u001bOA\u001bOA\u001bOA\r");
      second.expect("Commands");
      assertTrue(listing.length() > 0);
    }
  }

  @Test
  void ctrlRSearchesTheHistory() throws Exception {
    try (ShellDriver shell = new ShellDriver(loaded(), config)) {
      shell.type("show docs\r").type("tables\r");
      shell.waitFor("sentences");
      shell.mark().type("\u0012docs");
      shell.waitFor("show docs");
      // Enter accepts the found line and runs it; the mark comes first, or a fast run prints before it
      shell.mark().type("\r");
      shell.expect("title");
    }
  }

  @Test
  void runStepPausesBeforeEachCommandEnterRunsAndQStops() throws Exception {
    Files.writeString(base.resolve("lesson.mentions"), """
        # a walk through the corpus
        show docs limit 1
        count mentions \\
          by type
        tables
        """);
    try (ShellDriver shell = new ShellDriver(loaded(), config)) {
      shell.mark().type("run --step lesson.mentions\r");
      shell.expect("mentions> show docs limit 1");
      shell.expect("Enter runs this, q stops");
      ShellDriver.sleep(200);
      assertFalse(shell.recent().contains("talks.txt"), "nothing runs before Enter");
      shell.type("\r");
      shell.expect("talks.txt");
      shell.expect("mentions> count mentions");
      shell.expect("Enter runs this");
      shell.type("\r");
      expectRan("count mentions by type");
      shell.expect("mentions> tables");
      shell.expect("Enter runs this");
      shell.type("q");
      shell.expect("stopped lesson.mentions before line 5 (ran 2 of 3 commands)");
      shell.mark().type("run lesson.mentions\r");
      shell.expect("ran 3 commands from lesson.mentions");
      assertFalse(shell.recent().contains("Enter runs"), "without --step it does not pause");
    }
  }

  @Test
  void runReportsTheFailingLineOfTheScript() throws Exception {
    Files.writeString(base.resolve("broken.mentions"), "tables\nshow nosuch\ntables\n");
    try (ShellDriver shell = new ShellDriver(loaded(), config)) {
      shell.mark().type("run broken.mentions\r");
      shell.expect("error: broken.mentions:2: no table 'nosuch'");
    }
  }

  @Test
  void settingsPersistInTheStartupFileWhichAlsoRunsCommands() throws Exception {
    Files.writeString(config.resolve(StartupFile.NAME), "# mine\nset colwidth 12\nload articles/\n");
    try (ShellDriver shell = new ShellDriver(engine(), config)) {
      shell.expect("loaded 1 document");
      shell.mark().type("set maxrows 7\r");
      shell.expect("maxrows = 7");
      shell.mark().type("set\r");
      String settings = shell.expect("width");
      assertTrue(settings.matches("(?s).*colwidth\\s+12.*"), settings);
    }
    List<String> lines = Files.readAllLines(config.resolve(StartupFile.NAME));
    assertEquals(List.of("# mine", "set colwidth 12", "load articles/", "set maxrows 7"), lines);
    try (ShellDriver again = new ShellDriver(engine(), config)) {
      again.expect("loaded 1 document");
      again.mark().type("set maxrows\r");
      again.expect("maxrows = 7");
    }
  }

  @Test
  void helpGroupsCommandsAndUnknownCommandsGetDidYouMean() throws Exception {
    try (ShellDriver shell = new ShellDriver(engine(), config)) {
      shell.mark().type("help\r");
      String help = shell.expect("A line ending in");
      assertTrue(help.contains("Corpus") && help.contains("Session") && help.contains("run "), help);
      shell.mark().type("help run\r");
      shell.expect("run FILE [--step]");
      shell.mark().type("shwo docs\r");
      shell.expect("did you mean 'show'?");
    }
  }
}
