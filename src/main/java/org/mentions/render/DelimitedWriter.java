package org.mentions.render;

import java.io.IOException;
import java.io.Writer;
import tech.tablesaw.api.Table;

/** CSV (RFC 4180 quoting) or TSV (tabs and newlines in cells become spaces). */
public final class DelimitedWriter implements TableWriter {
  private final char separator;
  private final String extension;

  private DelimitedWriter(char separator, String extension) {
    this.separator = separator;
    this.extension = extension;
  }

  public static DelimitedWriter csv() {
    return new DelimitedWriter(',', "csv");
  }

  public static DelimitedWriter tsv() {
    return new DelimitedWriter('\t', "tsv");
  }

  @Override
  public String extension() {
    return extension;
  }

  @Override
  public void write(Table table, Writer out) throws IOException {
    int cols = table.columnCount();
    for (int c = 0; c < cols; c++) {
      if (c > 0) out.write(separator);
      out.write(cell(table.column(c).name()));
    }
    out.write('\n');
    for (int r = 0; r < table.rowCount(); r++) {
      for (int c = 0; c < cols; c++) {
        if (c > 0) out.write(separator);
        out.write(cell(CellFormat.PLAIN.format(table.column(c), r)));
      }
      out.write('\n');
    }
  }

  private String cell(String value) {
    if (separator == '\t') return value.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
        || value.indexOf('\r') >= 0 || (!value.isEmpty() && (value.charAt(0) == ' ' || value.endsWith(" ")));
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }

}
