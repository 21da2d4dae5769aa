package org.mentions.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentions.engine.Engine;
import org.mentions.result.ErrorResult;
import org.mentions.result.Result;

/** Terminal charts of small known tables, line by line, in Unicode and in plain ASCII. */
class TerminalChartTest {
  @TempDir Path base;
  @TempDir Path cache;
  Engine engine;

  @BeforeEach
  void setUp() {
    engine = PlotFixtures.engine(base, cache);
    engine.workspace().remember("who", PlotFixtures.who());
    engine.workspace().remember("pivot", PlotFixtures.pivot());
    engine.workspace().remember("series", PlotFixtures.series());
    engine.execute("set width 40");
  }

  private String draw(String command, Style style) {
    Result r = PlotFixtures.run(engine, command).result();
    return new ResultText(engine.workspace().settings(), 80, style).render(r);
  }

  @Test
  void barsInUnicode() {
    assertEquals("""
        who: count by entity
        Vladimir Put… ███████████████████████ 12
        Joe Biden     ███████████▌ 6
        NATO          █████▊ 3
        """, draw("plot bar who", Style.ANSI).replaceAll("\u001b\\[[0-9;]*m", ""));
  }

  @Test
  void barsInAsciiWhenColourIsOff() {
    assertEquals("""
        who: count by entity
        Vladimir Put~ ####################### 12
        Joe Biden     ############ 6
        NATO          ###### 3
        """, draw("plot hbar who", Style.PLAIN));
  }

  @Test
  void unicodeCanBeForcedWithoutColour() {
    engine.execute("set unicode on");
    assertEquals("NATO          █████▊ 3", draw("plot bar who", Style.PLAIN).split("\n")[3]);
  }

  @Test
  void heatmapLeavesOutTotals() {
    assertEquals("""
        pivot: entity by column
              a.txt b.txt
        Putin ##### +++++
        Biden ..... *****
        scale: . 0  : <=2  + <=4  * <=6  # <=8
        """, draw("plot heat pivot", Style.PLAIN));
  }

  @Test
  void heatmapNumbersColumnsTooLongToFit() {
    engine.workspace().remember("long", tech.tablesaw.api.Table.create("long",
        tech.tablesaw.api.StringColumn.create("entity", "Putin", "Biden"),
        tech.tablesaw.api.IntColumn.create("first-article.txt", 3, 0),
        tech.tablesaw.api.IntColumn.create("second-article.txt", 1, 2)));
    assertEquals("""
        long: entity by column
              1  2
        Putin ██ ▒▒
        Biden ·· ▓▓
        scale: · 0  ░ ≤0.75  ▒ ≤1.5  ▓ ≤2.25  █ ≤3
        columns: 1 first-article.txt,
                 2 second-article.txt
        """, draw("plot heat long", Style.ANSI).replaceAll("\u001b\\[[0-9;]*m", ""));
  }

  @Test
  void sparklinesShareOneScale() {
    assertEquals("""
        series: Putin, Biden by day
        Putin ▁▁▁▃▃▃███▅▅▅ max 8, total 14
        Biden ▂▂▂▂▂▂▁▁▁▇▇▇ max 7, total 9
              d1        d4
        scale: ▁ 0 to █ 8 (shared by all lines)
        """, draw("plot line series", Style.ANSI).replaceAll("\u001b\\[[0-9;]*m", ""));
  }

  @Test
  void dispersionHasOneStripPerTermPerDocument() throws Exception {
    Files.writeString(base.resolve("a.txt"), "Paris and Berlin . Paris again , then Paris .\n");
    Files.writeString(base.resolve("b.txt"), "Berlin only here .\n");
    engine.execute("load a.txt b.txt");
    assertEquals("""
        Where Paris, Berlin occur
        a.txt (10 tokens)
          Paris  |----------|-----------|----- 3
          Berlin -----|----------------------- 1
        b.txt (4 tokens)
          Paris  ----------------------------- 0
          Berlin |---------------------------- 1
        | one occurrence, # several; each strip runs from the start of the document to its end
        Paris = entity (3); Berlin = entity (2)
        """, draw("plot dispersion Paris, Berlin", Style.PLAIN));
  }

  @Test
  void badRequestsGetOneClearLine() {
    engine.workspace().remember("words", tech.tablesaw.api.Table.create("words",
        tech.tablesaw.api.StringColumn.create("word", "a", "b")));
    engine.workspace().remember("empty", PlotFixtures.who().emptyCopy());
    assertEquals("cannot plot words: it has no numeric column (columns: word); count or pivot it first",
        error("plot bar words"));
    assertEquals("nothing to plot: empty is empty", error("plot bar empty"));
    assertEquals("plot needs a kind: bar, hbar, heat, line, dispersion, e.g. plot bar who", error("plot pie who"));
    assertEquals("--size takes WIDTHxHEIGHT in pixels, e.g. 1000x700", error("plot bar who --out a.png --size big"));
    assertEquals("cannot draw to 'who.pdf': use a file ending in .svg or .png", error("plot bar who --out who.pdf"));
    String unwritable = error("plot bar who --out no/such/dir/who.svg");
    assertEquals("could not write: folder " + base.resolve("no/such/dir") + " does not exist", unwritable);
  }

  private String error(String command) {
    Result r = PlotFixtures.run(engine, command).result();
    return r instanceof ErrorResult e ? e.message() : "no error: " + r;
  }
}
