package org.mentions.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mentions.result.ChartResult;
import org.mentions.result.ChartResult.Strip;

/**
 * Dispersion strips: for each document a heading, then one strip per term running from the start of the
 * document to its end, with a tick where the term occurs and the number of occurrences after it.
 */
final class TextStrips {
  private final int width;
  private final Glyphs glyphs;

  TextStrips(int width, Glyphs glyphs) {
    this.width = width;
    this.glyphs = glyphs;
  }

  String render(ChartResult chart) {
    Map<String, List<Strip>> byDoc = new LinkedHashMap<>();
    for (Strip s : chart.strips()) byDoc.computeIfAbsent(s.doc(), d -> new java.util.ArrayList<>()).add(s);
    int termWidth = Math.min(24, chart.strips().stream().mapToInt(s -> s.term().length()).max().orElse(1));
    int countWidth = chart.strips().stream().mapToInt(s -> String.valueOf(s.positions().size()).length()).max()
        .orElse(1);
    int room = Math.max(10, width - 2 - termWidth - 1 - 1 - countWidth);
    StringBuilder sb = new StringBuilder();
    byDoc.forEach((doc, strips) -> {
      sb.append(glyphs.cut(doc, width - 16)).append(" (").append(strips.get(0).length()).append(" tokens)\n");
      for (Strip s : strips) {
        sb.append("  ").append(TextTable.pad(glyphs.cut(s.term(), termWidth), termWidth, false)).append(' ')
            .append(strip(s, room)).append(' ')
            .append(TextTable.pad(String.valueOf(s.positions().size()), countWidth, true)).append('\n');
      }
    });
    sb.append(glyphs.tick()).append(" one occurrence, ").append(glyphs.ticks()).append(" several; each strip runs ")
        .append("from the start of the document to its end\n");
    return sb.toString();
  }

  private String strip(Strip s, int room) {
    int[] hits = new int[room];
    int length = Math.max(1, s.length());
    for (int p : s.positions()) hits[Math.min(room - 1, (int) ((long) p * room / length))]++;
    StringBuilder sb = new StringBuilder(room);
    for (int h : hits) sb.append(h == 0 ? glyphs.rail() : h == 1 ? glyphs.tick() : glyphs.ticks());
    return sb.toString();
  }
}
