package org.mentions.render;

import java.util.ArrayList;
import java.util.List;
import org.mentions.result.TableResult;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Draws a table for the terminal: it fits the width (long text cut with …, columns that cannot fit are left out
 * and counted), numbers right-aligned, at most {@code maxRows} rows with a note of how many more there are. In a
 * KWIC layout the left context is right-aligned so matches line up, and the match is highlighted.
 */
public final class TextTable {
  private static final String GAP = "  ";
  private static final int MIN_WIDTH = 4;

  private final int width;
  private final int maxRows;
  private final int colWidth;
  private final CellFormat format;
  private final Style style;

  public TextTable(int width, int maxRows, int colWidth, CellFormat format, Style style) {
    this.width = Math.max(20, width);
    this.maxRows = maxRows;
    this.colWidth = Math.max(MIN_WIDTH, colWidth);
    this.format = format;
    this.style = style;
  }

  public String render(TableResult result) {
    Table table = result.table();
    boolean kwic = result.layout() == TableResult.Layout.KWIC;
    int rows = maxRows <= 0 ? table.rowCount() : Math.min(maxRows, table.rowCount());
    int cols = table.columnCount();
    String[][] cells = new String[rows][cols];
    int[] widths = new int[cols];
    boolean[] right = new boolean[cols];
    for (int c = 0; c < cols; c++) {
      Column<?> col = table.column(c);
      right[c] = CellFormat.isNumeric(col) || (kwic && col.name().equals("left"));
      widths[c] = col.name().length();
      for (int r = 0; r < rows; r++) {
        cells[r][c] = oneLine(format.format(col, r));
        widths[c] = Math.max(widths[c], cells[r][c].length());
      }
      // numbers are never cut; text is cut at the column width setting
      if (!CellFormat.isNumeric(col)) widths[c] = Math.min(widths[c], colWidth);
    }
    int shown = fit(widths, right);
    StringBuilder out = new StringBuilder();
    List<String> header = new ArrayList<>();
    for (int c = 0; c < shown; c++) header.add(pad(table.column(c).name(), widths[c], right[c]));
    out.append(style.header(String.join(GAP, header).stripTrailing())).append('\n');
    List<String> rule = new ArrayList<>();
    for (int c = 0; c < shown; c++) rule.add("─".repeat(widths[c]));
    out.append(style.dim(String.join(GAP, rule))).append('\n');
    for (int r = 0; r < rows; r++) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < shown; c++) {
        if (c > 0) line.append(GAP);
        String name = table.column(c).name();
        boolean cutLeft = kwic && name.equals("left");
        String cell = cutLeft ? cutStart(cells[r][c], widths[c]) : cut(cells[r][c], widths[c]);
        String padded = pad(cell, widths[c], right[c]);
        line.append(kwic && name.equals("match") ? style.match(padded) : padded);
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    List<String> notes = new ArrayList<>();
    if (rows < table.rowCount()) {
      notes.add((table.rowCount() - rows) + " more rows of " + table.rowCount()
          + " (show " + result.name() + " limit N, or set maxrows 0)");
    }
    if (shown < cols) {
      List<String> hidden = table.columnNames().subList(shown, cols);
      notes.add((cols - shown) + " more columns: " + String.join(", ", hidden) + " (select picks columns)");
    }
    if (table.rowCount() == 0) notes.add("no rows");
    if (!result.note().isBlank()) notes.add(result.note());
    for (String n : notes) out.append(style.dim("… " + n)).append('\n');
    return out.toString();
  }

  /** Shrinks text columns to fit the width; returns how many columns can be shown. */
  private int fit(int[] widths, boolean[] right) {
    int cols = widths.length;
    while (total(widths, cols) > width) {
      int widest = -1;
      for (int c = 0; c < cols; c++) {
        if (!right[c] && widths[c] > MIN_WIDTH + 6 && (widest < 0 || widths[c] > widths[widest])) widest = c;
      }
      if (widest < 0) break;
      widths[widest] = Math.max(MIN_WIDTH + 6, widths[widest] - Math.max(1, total(widths, cols) - width));
    }
    int shown = cols;
    while (shown > 1 && total(widths, shown) > width) shown--;
    if (total(widths, shown) > width) widths[0] = Math.max(MIN_WIDTH, width);
    return shown;
  }

  private static int total(int[] widths, int n) {
    int sum = 0;
    for (int c = 0; c < n; c++) sum += widths[c];
    return sum + GAP.length() * Math.max(0, n - 1);
  }

  static String oneLine(String s) {
    return s.indexOf('\n') < 0 && s.indexOf('\r') < 0 && s.indexOf('\t') < 0 ? s
        : s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
  }

  static String cut(String s, int w) {
    return s.length() <= w ? s : s.substring(0, Math.max(0, w - 1)) + "…";
  }

  static String cutStart(String s, int w) {
    return s.length() <= w ? s : "…" + s.substring(s.length() - (w - 1));
  }

  static String pad(String s, int w, boolean right) {
    if (s.length() >= w) return s;
    String fill = " ".repeat(w - s.length());
    return right ? fill + s : s + fill;
  }
}
