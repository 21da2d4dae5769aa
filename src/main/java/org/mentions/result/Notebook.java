package org.mentions.result;

import java.util.List;

/**
 * A recorded session to write as a report: a header saying what corpus it ran on, when and with which version,
 * then each command with what it produced. Tables are kept cut to their first rows, with the full row count.
 */
public record Notebook(Header header, List<Cell> cells) implements Result {
  public Notebook {
    cells = List.copyOf(cells);
  }

  /** What a reader needs to know to reproduce the notebook. */
  public record Header(String title, int documents, List<String> documentNames, String date, String version) {}

  /** One command as typed and its output; {@code rows} is the full row count when the output is a table. */
  public record Cell(String input, Result output, int rows) {}
}
