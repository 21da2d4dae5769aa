package org.mentions.render;

import java.util.ArrayList;
import java.util.List;
import org.mentions.result.ChartResult;
import org.mentions.result.Notebook;
import org.mentions.result.TableResult;

/** What the HTML and Markdown notebooks say alike: the header line, table notes, the size charts are drawn at. */
final class NotebookText {
  static final int ROWS = 50;
  static final int CHART_WIDTH = 960;
  private static final int NAMES_LISTED = 10;

  private NotebookText() {}

  static String headerLine(Notebook.Header h) {
    List<String> names = h.documentNames();
    String listed = String.join(", ", names.subList(0, Math.min(NAMES_LISTED, names.size())))
        + (names.size() > NAMES_LISTED ? " and " + (names.size() - NAMES_LISTED) + " more" : "");
    String corpus = h.documents() == 0 ? "no documents loaded"
        : h.documents() + (h.documents() == 1 ? " document" : " documents") + " (" + listed + ")";
    return "Corpus: " + corpus + " · " + h.date() + " · mentions " + h.version();
  }

  static List<String> tableNotes(TableResult t, int rows) {
    List<String> notes = new ArrayList<>();
    int shown = Math.min(ROWS, t.table().rowCount());
    if (rows > shown) notes.add("showing the first " + shown + " of " + String.format("%,d", rows) + " rows");
    else notes.add(rows + (rows == 1 ? " row" : " rows"));
    if (!t.name().equals("_")) notes.set(0, notes.get(0) + ", saved as " + t.name());
    notes.addAll(lines(t.note()));
    return notes;
  }

  static List<String> lines(String text) {
    return text == null || text.isBlank() ? List.of() : List.of(text.strip().split("\n"));
  }

  /** Notebook pages are about 960 pixels wide; drawing at that width keeps text at its intended size. */
  static ChartResult sized(ChartResult c) {
    int height = (int) Math.round((double) CHART_WIDTH * c.size().height() / c.size().width());
    return c.withSize(new ChartResult.Size(CHART_WIDTH, height));
  }
}
