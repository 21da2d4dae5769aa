package org.mentions.render;

import java.io.IOException;
import java.io.Writer;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** A GitHub-flavoured Markdown pipe table; numeric columns right-aligned. */
public final class MarkdownWriter implements TableWriter {
  private final CellFormat format;

  public MarkdownWriter() {
    this(CellFormat.PLAIN);
  }

  public MarkdownWriter(CellFormat format) {
    this.format = format;
  }

  @Override
  public String extension() {
    return "md";
  }

  @Override
  public void write(Table table, Writer out) throws IOException {
    write(table, out, table.rowCount());
  }

  /** Writes at most {@code maxRows} rows (notebooks cut long tables). */
  public void write(Table table, Writer out, int maxRows) throws IOException {
    StringBuilder head = new StringBuilder("|");
    StringBuilder rule = new StringBuilder("|");
    for (Column<?> c : table.columns()) {
      head.append(' ').append(escape(c.name())).append(" |");
      rule.append(CellFormat.isNumeric(c) ? " ---: |" : " --- |");
    }
    out.write(head + "\n" + rule + "\n");
    int rows = Math.min(maxRows, table.rowCount());
    for (int r = 0; r < rows; r++) {
      StringBuilder line = new StringBuilder("|");
      for (Column<?> c : table.columns()) line.append(' ').append(escape(format.format(c, r))).append(" |");
      out.write(line + "\n");
    }
  }

  static String escape(String s) {
    return s.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ");
  }
}
