package org.mentions.render;

import java.io.IOException;
import java.io.Writer;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** An HTML table (a fragment inside a minimal page when exported alone). */
public final class HtmlTableWriter implements TableWriter {
  private final CellFormat format;

  public HtmlTableWriter() {
    this(CellFormat.PLAIN);
  }

  public HtmlTableWriter(CellFormat format) {
    this.format = format;
  }

  @Override
  public String extension() {
    return "html";
  }

  @Override
  public void write(Table table, Writer out) throws IOException {
    out.write("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + escape(table.name())
        + "</title></head><body>\n");
    fragment(table, out, table.rowCount());
    out.write("</body></html>\n");
  }

  /** Just the {@code <table>} element, at most {@code maxRows} rows. */
  public void fragment(Table table, Writer out, int maxRows) throws IOException {
    out.write("<table>\n<thead><tr>");
    for (Column<?> c : table.columns()) out.write("<th>" + escape(c.name()) + "</th>");
    out.write("</tr></thead>\n<tbody>\n");
    int rows = Math.min(maxRows, table.rowCount());
    for (int r = 0; r < rows; r++) {
      out.write("<tr>");
      for (Column<?> c : table.columns()) {
        String cls = CellFormat.isNumeric(c) ? " class=\"num\"" : "";
        out.write("<td" + cls + ">" + escape(format.format(c, r)) + "</td>");
      }
      out.write("</tr>\n");
    }
    out.write("</tbody>\n</table>\n");
  }

  public static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
