package org.mentions.table;

import it.unimi.dsi.fastutil.ints.IntArrays;
import java.util.Comparator;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.columns.Column;

/** Orders the distinct values of a column as people expect: numbers numerically, dates by time, text A to Z. */
final class NaturalOrder {
  private NaturalOrder() {}

  /** TEXT ignores case first so "nato" and "NATO" sit together, then breaks the tie exactly. */
  static final Comparator<String> TEXT = String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());

  static int[] ranks(Codes codes) {
    int n = codes.size();
    int[] order = new int[n];
    for (int i = 0; i < n; i++) order[i] = i;
    Column<?> values = codes.values();
    if (values instanceof NumericColumn<?> num) {
      double[] v = new double[n];
      for (int i = 0; i < n; i++) {
        int row = codes.valueRow(i);
        v[i] = num.isMissing(row) ? Double.POSITIVE_INFINITY : num.getDouble(row);
      }
      IntArrays.stableSort(order, (a, b) -> Double.compare(v[a], v[b]));
    } else if (values instanceof DateColumn dates) {
      int[] v = new int[n];
      for (int i = 0; i < n; i++) {
        int row = codes.valueRow(i);
        v[i] = dates.isMissing(row) ? Integer.MAX_VALUE : dates.getIntInternal(row);
      }
      IntArrays.stableSort(order, (a, b) -> Integer.compare(v[a], v[b]));
    } else {
      String[] v = new String[n];
      for (int i = 0; i < n; i++) v[i] = codes.label(i);
      IntArrays.stableSort(order, (a, b) -> TEXT.compare(v[a], v[b]));
    }
    int[] rank = new int[n];
    for (int i = 0; i < n; i++) rank[order[i]] = i;
    return rank;
  }
}
