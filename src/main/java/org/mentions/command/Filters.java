package org.mentions.command;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.mentions.lang.Expr;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.selection.Selection;

/**
 * Turns a where-expression into the Selection of rows it keeps. Text compares ignoring case and is matched on the
 * column's distinct values, not row by row; numbers and dates compare by value; {@code ~} is a case-insensitive
 * regular expression that may match anywhere in the text. Each mistake is one line pointing at its part.
 */
public final class Filters {
  private final Workspace ws;
  private final Table table;
  private final String tableName;

  private Filters(Workspace ws, Table table, String tableName) {
    this.ws = ws;
    this.table = table;
    this.tableName = tableName;
  }

  public static Selection select(Workspace ws, Table table, String tableName, Expr expr) {
    return new Filters(ws, table, tableName).eval(expr);
  }

  private Selection eval(Expr e) {
    if (e instanceof Expr.And a) return eval(a.left()).and(eval(a.right()));
    if (e instanceof Expr.Or o) return eval(o.left()).or(eval(o.right()));
    if (e instanceof Expr.Not n) return Selection.withRange(0, table.rowCount()).andNot(eval(n.inner()));
    if (e instanceof Expr.Compare c) return leaf(c.column(), c.columnSpan(), col -> compare(col, c));
    Expr.In in = (Expr.In) e;
    return leaf(in.column(), in.columnSpan(), col -> in(col, in));
  }

  private Selection leaf(String column, org.mentions.lang.Span span, java.util.function.Function<Column<?>,
      Selection> test) {
    ColumnRef ref = ColumnRef.resolve(ws, table, tableName,
        new org.mentions.lang.LexToken(org.mentions.lang.TokenKind.WORD, column, span));
    Selection own = test.apply(ref.values());
    return ref.isDocLevel() ? ref.docLevel().lift(own) : own;
  }

  private Selection compare(Column<?> col, Expr.Compare c) {
    Expr.Literal v = c.value();
    String op = c.op();
    if (op.equals("~")) return matching(col, regex(v));
    if (col instanceof StringColumn s) {
      if (!op.equals("=") && !op.equals("!=")) {
        throw new CommandError(col.name() + " is text: compare it with =, !=, ~ or in, not " + op, v.span());
      }
      Selection eq = s.isIn(values(s, t -> t.equalsIgnoreCase(v.text())));
      return op.equals("=") ? eq : Selection.withRange(0, s.size()).andNot(eq);
    }
    if (col instanceof NumericColumn<?> n) return numeric(n, op, number(n, v));
    if (col instanceof DateColumn d) return date(d, op, date(d, v));
    throw new CommandError("cannot compare " + col.name() + " (" + col.type().name().toLowerCase() + ")", v.span());
  }

  private Selection in(Column<?> col, Expr.In in) {
    if (col instanceof StringColumn s) {
      Set<String> wanted = new LinkedHashSet<>();
      for (Expr.Literal l : in.values()) wanted.add(l.text().toLowerCase(java.util.Locale.ROOT));
      return s.isIn(values(s, t -> wanted.contains(t.toLowerCase(java.util.Locale.ROOT))));
    }
    Selection out = Selection.with();
    for (Expr.Literal l : in.values()) {
      Expr.Compare eq = new Expr.Compare(in.column(), in.columnSpan(), "=", l);
      out = out.or(compare(col, eq));
    }
    return out;
  }

  /** The distinct values of a text column that pass a test; the column then selects their rows at once. */
  private static Set<String> values(StringColumn s, Predicate<String> test) {
    Set<String> out = new LinkedHashSet<>();
    for (String value : s.getDictionary().asSet()) {
      if (test.test(value)) out.add(value);
    }
    return out;
  }

  private static Selection matching(Column<?> col, Pattern p) {
    if (col instanceof StringColumn s) return s.isIn(values(s, t -> p.matcher(t).find()));
    Selection out = Selection.with();
    int[] rows = new int[col.size()];
    int n = 0;
    for (int row = 0; row < col.size(); row++) {
      if (!col.isMissing(row) && p.matcher(col.getString(row)).find()) rows[n++] = row;
    }
    return n == 0 ? out : Selection.with(java.util.Arrays.copyOf(rows, n));
  }

  private static Pattern regex(Expr.Literal v) {
    try {
      return Pattern.compile(v.text(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    } catch (PatternSyntaxException e) {
      throw new CommandError("bad regular expression \"" + v.text() + "\": " + e.getDescription()
          + " near position " + Math.max(0, e.getIndex()), v.span());
    }
  }

  private static double number(Column<?> col, Expr.Literal v) {
    try {
      return Double.parseDouble(v.text().trim());
    } catch (NumberFormatException e) {
      throw new CommandError(col.name() + " is a number column; '" + v.text() + "' is not a number", v.span());
    }
  }

  private static LocalDate date(Column<?> col, Expr.Literal v) {
    try {
      return LocalDate.parse(v.text().trim());
    } catch (DateTimeParseException e) {
      throw new CommandError(col.name() + " is a date column; write dates as 2022-02-01, not '" + v.text() + "'",
          v.span());
    }
  }

  private static Selection numeric(NumericColumn<?> n, String op, double x) {
    return switch (op) {
      case "=" -> n.isEqualTo(x);
      case "!=" -> n.isNotEqualTo(x);
      case "<" -> n.isLessThan(x);
      case "<=" -> n.isLessThanOrEqualTo(x);
      case ">" -> n.isGreaterThan(x);
      default -> n.isGreaterThanOrEqualTo(x);
    };
  }

  private static Selection date(DateColumn d, String op, LocalDate x) {
    return switch (op) {
      case "=" -> d.isEqualTo(x);
      case "!=" -> d.isNotEqualTo(x);
      case "<" -> d.isBefore(x);
      case "<=" -> d.isOnOrBefore(x);
      case ">" -> d.isAfter(x);
      default -> d.isOnOrAfter(x);
    };
  }

  /** Shared by commands: the rows a where clause keeps, or null (all rows) when there is none. */
  public static Selection where(org.mentions.lang.Invocation inv, Workspace ws, Table table, String tableName) {
    return inv.where().map(e -> select(ws, table, tableName, e)).orElse(null);
  }

}
