package org.mentions.table;

import java.util.Arrays;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.strings.DictionaryMap;

/**
 * A column's values as dense integer codes, one per row, numbered in order of first appearance, with the row of
 * {@code values} where each code's value can be read. Grouping and pivoting work on these ints, so a million rows
 * cost a million array reads rather than a million string hashes. A StringColumn's codes come straight from the
 * keys of its dictionary; other columns are hashed once. {@link CodeCache} keeps them while the column is unchanged.
 */
public final class Codes {
  private final int[] codes;
  private final int size;
  private final Column<?> values;
  private final int[] valueRow;
  private int[] ranks;

  private Codes(int[] codes, int size, Column<?> values, int[] valueRow) {
    this.codes = codes;
    this.size = size;
    this.values = values;
    this.valueRow = valueRow;
  }

  /** The codes of a column, from the cache when the column has not changed since they were made. */
  public static Codes of(Column<?> column) {
    return CodeCache.shared().codes(column);
  }

  static Codes compute(Column<?> column) {
    if (column instanceof StringColumn s) return ofDictionary(s);
    if (column instanceof IntColumn ints) return ofInts(ints);
    return ofObjects(column);
  }

  /**
   * Codes from raw integer keys in {@code [0, bound)}: renumbered densely in order of first appearance, so codes
   * that never occur take no place. {@code valueRowOfKey} gives, per raw key, a row of {@code values} holding it
   * (or null when the row itself holds it).
   */
  public static Codes fromKeys(int[] keys, int bound, Column<?> values, int[] valueRowOfKey) {
    int[] remap = new int[bound];
    Arrays.fill(remap, -1);
    int[] codes = new int[keys.length];
    int[] valueRow = new int[Math.min(bound, Math.max(16, keys.length))];
    int size = 0;
    for (int row = 0; row < keys.length; row++) {
      int key = keys[row];
      int code = remap[key];
      if (code < 0) {
        code = size++;
        remap[key] = code;
        if (code == valueRow.length) valueRow = Arrays.copyOf(valueRow, Math.min(bound, valueRow.length * 2));
        valueRow[code] = valueRowOfKey == null ? row : valueRowOfKey[key];
      }
      codes[row] = code;
    }
    return new Codes(codes, size, values, Arrays.copyOf(valueRow, size));
  }

  private static Codes ofDictionary(StringColumn column) {
    DictionaryMap dict = column.getDictionary();
    int n = column.size();
    int[] keys = new int[n];
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (int row = 0; row < n; row++) {
      int key = dict.getKeyForIndex(row);
      keys[row] = key;
      if (key < min) min = key;
      if (key > max) max = key;
    }
    if (n == 0) return new Codes(keys, 0, column, new int[0]);
    for (int row = 0; row < n; row++) keys[row] -= min;
    return fromKeys(keys, max - min + 1, column, null);
  }

  private static Codes ofInts(IntColumn column) {
    it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap seen = new it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap();
    seen.defaultReturnValue(-1);
    int n = column.size();
    int[] keys = new int[n];
    for (int row = 0; row < n; row++) {
      int v = column.getInt(row);
      int key = seen.get(v);
      if (key < 0) {
        key = seen.size();
        seen.put(v, key);
      }
      keys[row] = key;
    }
    return fromKeys(keys, Math.max(1, seen.size()), column, null);
  }

  private static Codes ofObjects(Column<?> column) {
    it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap<Object> seen =
        new it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap<>();
    seen.defaultReturnValue(-1);
    int n = column.size();
    int[] keys = new int[n];
    for (int row = 0; row < n; row++) {
      Object v = column.isMissing(row) ? Missing.VALUE : column.get(row);
      int key = seen.getInt(v);
      if (key < 0) {
        key = seen.size();
        seen.put(v, key);
      }
      keys[row] = key;
    }
    return fromKeys(keys, Math.max(1, seen.size()), column, null);
  }

  private enum Missing { VALUE }

  public int code(int row) {
    return codes[row];
  }

  /** Number of distinct values. */
  public int size() {
    return size;
  }

  public int rows() {
    return codes.length;
  }

  /** The column the values are read from (for joined codes, a column of another table). */
  public Column<?> values() {
    return values;
  }

  public int valueRow(int code) {
    return valueRow[code];
  }

  public String label(int code) {
    return values.getString(valueRow[code]);
  }

  /**
   * Rank of each code in the natural order of its values: numbers numerically, dates by time, text alphabetically
   * (ignoring case first); {@code byAppearance} keeps first-appearance order, which for documents is load order.
   */
  public synchronized int[] ranks(boolean byAppearance) {
    if (byAppearance) {
      int[] r = new int[size];
      for (int i = 0; i < size; i++) r[i] = i;
      return r;
    }
    if (ranks == null) ranks = NaturalOrder.ranks(this);
    return ranks;
  }

  boolean isText() {
    return !(values instanceof DateColumn) && !(values instanceof tech.tablesaw.api.NumericColumn<?>);
  }
}
