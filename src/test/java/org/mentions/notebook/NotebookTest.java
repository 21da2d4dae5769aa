package org.mentions.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentions.engine.Engine;
import org.mentions.engine.TestEngines;
import org.mentions.result.ErrorResult;
import org.mentions.script.ScriptRunner;

/** A script rendered to a notebook: every command and output in order, self-contained, written atomically. */
class NotebookTest {
  static final String SCRIPT = """
      load a.txt b.txt
      docs
      show mentions limit 3
      plot hbar docs value mentions
      plot dispersion Paris, Berlin
      trend Paris, Berlin by day as daily
      plot line daily
      show nosuchtable
      tables
      """;

  @TempDir Path base;
  @TempDir Path cache;
  Engine engine;
  int exit;

  @BeforeEach
  void runScript() throws Exception {
    Files.writeString(base.resolve("a.txt"), "Paris & Berlin <b>.\nParis again, then Paris.\n");
    Files.writeString(base.resolve("b.txt"), "Berlin only here.\n");
    Files.writeString(base.resolve("metadata.csv"),
        "doc,title,date\na.txt,First & <b>,2022-01-31\nb.txt,Second,2022-02-02\n");
    engine = TestEngines.dictionary(base, cache, Map.of("Paris", "GPE", "Berlin", "GPE")).engine();
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(sink, true, StandardCharsets.UTF_8);
    exit = new ScriptRunner(engine, out, out, true, 100).run("s", new BufferedReader(new StringReader(SCRIPT)));
  }

  private List<String> commands() {
    return SCRIPT.lines().filter(l -> !l.isBlank()).toList();
  }

  @Test
  void htmlHoldsEveryCommandAndOutputInOrder() throws Exception {
    assertEquals(1, exit, "the script has one bad command, kept going");
    Path html = base.resolve("report.html");
    NotebookFiles.save(engine, html);
    String page = Files.readString(html);
    int at = 0;
    for (String command : commands()) {
      String escaped = "mentions&gt; </span>" + command.replace("&", "&amp;").replace("<", "&lt;");
      int found = page.indexOf(escaped, at);
      assertTrue(found > at, "in order: " + command);
      at = found;
    }
    assertEquals(commands().size(), count(page, "<section class=\"cell\""));
    assertEquals(3, count(page, "<svg"), "three charts inline");
    assertTrue(page.contains("<td>First &amp; &lt;b&gt;</td>") && page.contains("<td>Second</td>"),
        "the docs table, escaped");
    assertTrue(page.contains("class=\"error\">error: no table 'nosuchtable'"), "errors are recorded");
    assertTrue(page.contains("2 documents (a.txt, b.txt)"), "the header names the corpus");
    assertTrue(page.contains("mentions " + org.mentions.Main.VERSION), "and the version");
    assertTrue(page.indexOf("2022-01-31") < page.indexOf("2022-02-02"), "the trend table");
    assertNoExternalReferences(page);
  }

  @Test
  void outputsFollowTheirCommands() throws Exception {
    Path html = base.resolve("report.html");
    NotebookFiles.save(engine, html);
    String page = Files.readString(html);
    List<String> cells = List.of(page.split("<section class=\"cell\""));
    assertTrue(cells.get(1).contains("loaded 2"), cells.get(1));
    assertTrue(cells.get(4).contains("<svg") && cells.get(4).contains(">mentions</text>"), "hbar in its cell");
    assertTrue(cells.get(5).contains(">Paris · a.txt</text>"), "dispersion in its cell");
    assertTrue(cells.get(6).contains("<th>day</th><th>Paris</th><th>Berlin</th>"), "trend table in its cell");
  }

  @Test
  void markdownHasTablesAndChartsAsSvgFilesBesideIt() throws Exception {
    Path md = base.resolve("report.md");
    NotebookFiles.save(engine, md);
    String text = Files.readString(md);
    int at = 0;
    for (String command : commands()) {
      int found = text.indexOf("mentions> " + command, at);
      assertTrue(found > at, "in order: " + command);
      at = found;
    }
    assertTrue(text.contains("| doc | path | title | date |"), text);
    for (int n = 1; n <= 3; n++) {
      assertTrue(text.contains("](report-chart-" + n + ".svg)"), "chart " + n);
      assertTrue(Files.readString(base.resolve("report-chart-" + n + ".svg")).contains("<text"));
    }
    assertTrue(text.contains("> **error:** no table 'nosuchtable'"));
  }

  @Test
  void saveNotebookIsACommandAndBadPathsGetOneLine() throws Exception {
    assertFalse(engine.execute("save notebook again.html").get(0).failed());
    assertTrue(Files.readString(base.resolve("again.html")).contains("mentions&gt; </span>tables"));
    assertEquals("a notebook is .html or .md, not 'again.pdf'", error("save notebook again.pdf"));
    assertTrue(error("save notebook no/dir/x.html").startsWith("could not write: folder "));
    try (var files = Files.list(base)) {
      assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary files left");
    }
  }

  private String error(String command) {
    var r = engine.execute(command).get(0).result();
    return r instanceof ErrorResult e ? e.message() : "no error";
  }

  static void assertNoExternalReferences(String page) {
    Matcher m = Pattern.compile("(?i)(src|href)\\s*=\\s*\"([^\"]*)\"").matcher(page);
    while (m.find()) assertFalse(m.group(2).matches("(?i)\\s*(https?:|//).*"), "external: " + m.group());
    Matcher url = Pattern.compile(".{0,60}https?:.{0,40}").matcher(page);
    assertFalse(url.find(), () -> "no URL anywhere: " + url.group());
    assertFalse(page.contains("<script"), "no scripts");
  }

  private static int count(String s, String what) {
    int n = 0;
    for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) n++;
    return n;
  }
}
