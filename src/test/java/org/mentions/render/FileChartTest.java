package org.mentions.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentions.engine.Engine;
import org.mentions.result.ChartResult;
import org.mentions.result.Event;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Charts written with --out: SVG that parses, with labels as real text; PNG of the requested size. */
class FileChartTest {
  @TempDir Path base;
  @TempDir Path cache;
  Engine engine;

  @BeforeEach
  void setUp() throws Exception {
    engine = PlotFixtures.engine(base, cache);
    engine.workspace().remember("who", PlotFixtures.who());
    engine.workspace().remember("pivot", PlotFixtures.pivot());
    engine.workspace().remember("series", PlotFixtures.series());
    Files.writeString(base.resolve("a.txt"), "Paris and Berlin . Paris again , then Paris .\n");
    engine.execute("load a.txt");
  }

  private List<String> svgTexts(Path svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document doc = f.newDocumentBuilder().parse(svg.toFile());
    assertEquals("svg", doc.getDocumentElement().getLocalName());
    NodeList texts = doc.getElementsByTagNameNS("*", "text");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < texts.getLength(); i++) out.add(texts.item(i).getTextContent());
    return out;
  }

  @Test
  void barSvgCarriesTitleAxisNamesAndLabelsAsText() throws Exception {
    Event e = PlotFixtures.run(engine, "plot hbar who --out who.svg");
    assertFalse(e.failed(), e.result().toString());
    assertTrue(((ChartResult) e.result()).note().contains("wrote chart to"), "the chart is still shown");
    List<String> texts = svgTexts(base.resolve("who.svg"));
    for (String label : List.of("who: count by entity", "entity", "count", "Vladimir Putin", "Joe Biden", "NATO")) {
      assertTrue(texts.contains(label), label + " in " + texts);
    }
  }

  @Test
  void heatSvgHasRowAndColumnLabelsAndNoTotals() throws Exception {
    assertFalse(PlotFixtures.run(engine, "plot heat pivot --out pivot.svg").failed());
    List<String> texts = svgTexts(base.resolve("pivot.svg"));
    for (String label : List.of("Putin", "Biden", "a.txt", "b.txt", "value")) {
      assertTrue(texts.contains(label), label + " in " + texts);
    }
    assertFalse(texts.contains("total"), "totals are left out: " + texts);
  }

  @Test
  void lineAndDispersionSvgsParse() throws Exception {
    assertFalse(PlotFixtures.run(engine, "plot line series --out line.svg").failed());
    assertTrue(svgTexts(base.resolve("line.svg")).containsAll(List.of("Putin", "Biden", "d1", "d4")));
    assertFalse(PlotFixtures.run(engine, "plot dispersion Paris, Berlin --out d.svg --title \"Two cities\"")
        .failed());
    List<String> texts = svgTexts(base.resolve("d.svg"));
    assertTrue(texts.containsAll(List.of("Two cities", "Paris · a.txt", "Berlin · a.txt")), texts.toString());
  }

  @Test
  void pngDecodesAtTheRequestedSize() throws Exception {
    assertFalse(PlotFixtures.run(engine, "plot bar who --out who.png --size 1000x700").failed());
    BufferedImage image = ImageIO.read(base.resolve("who.png").toFile());
    assertEquals(1000, image.getWidth());
    assertEquals(700, image.getHeight());
    assertFalse(PlotFixtures.run(engine, "plot heat pivot --out pivot.png").failed());
    BufferedImage heat = ImageIO.read(base.resolve("pivot.png").toFile());
    assertEquals(1200, heat.getWidth());
    assertEquals(800, heat.getHeight());
  }

  @Test
  void aFailedWriteLeavesNothingBehind() throws Exception {
    Files.writeString(base.resolve("file"), "not a folder");
    Event e = PlotFixtures.run(engine, "plot bar who --out file/who.svg");
    assertTrue(e.failed());
    try (var files = Files.list(base)) {
      assertEquals(List.of("a.txt", "file"), files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }
}
