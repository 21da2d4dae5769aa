package org.mentions.render;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.columns.Column;

/** Turns cells into text: numbers grouped or plain with a fixed number of decimals; missing values empty. */
public final class CellFormat {
  public static final CellFormat PLAIN = new CellFormat(false, 6);

  private final boolean grouped;
  private final int decimals;

  public CellFormat(boolean grouped, int decimals) {
    this.grouped = grouped;
    this.decimals = decimals;
  }

  public String format(Column<?> column, int row) {
    if (column.isMissing(row)) return "";
    ColumnType type = column.type();
    if (type == ColumnType.DOUBLE || type == ColumnType.FLOAT) {
      return number(((Number) column.get(row)).doubleValue());
    }
    if (type == ColumnType.INTEGER || type == ColumnType.LONG || type == ColumnType.SHORT) {
      long v = ((Number) column.get(row)).longValue();
      return grouped ? String.format(Locale.ROOT, "%,d", v) : Long.toString(v);
    }
    return column.getString(row);
  }

  public String number(double v) {
    if (Double.isNaN(v)) return "";
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      long l = (long) v;
      return grouped ? String.format(Locale.ROOT, "%,d", l) : Long.toString(l);
    }
    StringBuilder pattern = new StringBuilder(grouped ? "#,##0" : "0");
    if (decimals > 0) pattern.append('.').append("#".repeat(decimals));
    return new DecimalFormat(pattern.toString(), DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v);
  }

  public static boolean isNumeric(Column<?> column) {
    ColumnType t = column.type();
    return t == ColumnType.DOUBLE || t == ColumnType.FLOAT || t == ColumnType.INTEGER || t == ColumnType.LONG
        || t == ColumnType.SHORT;
  }
}
