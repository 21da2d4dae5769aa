package org.mentions.table;

import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import it.unimi.dsi.fastutil.ints.IntArrays;
import java.util.Arrays;
import java.util.List;
import tech.tablesaw.selection.Selection;

/**
 * Rows grouped by one or more coded columns: each selected row gets a dense group number, each group a count and
 * the first row it was seen in (which tells its key values). Keys are combined column by column as integers:
 * through a flat array while the combinations are few, by bucketing rows when they are many.
 */
public final class Grouping {
  /** Above this many key combinations a flat lookup array would cost more memory than hashing saves. */
  private static final long FLAT_LIMIT = 1 << 22;

  private final List<Codes> keys;
  private final int[] rows;
  private final int[] rowGroup;
  private final int groups;
  private final int[] firstRow;
  private final int[] counts;

  private Grouping(List<Codes> keys, int[] rows, int[] rowGroup, int groups) {
    this.keys = keys;
    this.rows = rows;
    this.rowGroup = rowGroup;
    this.groups = groups;
    this.firstRow = new int[groups];
    this.counts = new int[groups];
    Arrays.fill(firstRow, -1);
    for (int i = 0; i < rows.length; i++) {
      int g = rowGroup[i];
      if (firstRow[g] < 0) firstRow[g] = rows[i];
      counts[g]++;
    }
  }

  /** Groups the selected rows ({@code null} = every row) of a table with {@code rowCount} rows. */
  public static Grouping of(List<Codes> keys, int rowCount, Selection selection) {
    int[] rows = selectedRows(rowCount, selection);
    if (keys.size() == 1 && selection == null) {
      // every row selected and codes already dense: the code is the group
      int[] group = new int[rows.length];
      Codes key = keys.get(0);
      for (int i = 0; i < group.length; i++) group[i] = key.code(i);
      return new Grouping(List.copyOf(keys), rows, group, key.size());
    }
    int[] group = new int[rows.length];
    int groups = 1; // no keys: one group holding every selected row
    for (Codes key : keys) {
      groups = (long) groups * key.size() <= FLAT_LIMIT ? combineFlat(group, rows, key, groups)
          : combineBucketed(group, rows, key, groups);
    }
    if (keys.isEmpty() && rows.length == 0) groups = 0;
    return new Grouping(List.copyOf(keys), rows, group, groups);
  }

  public static int[] selectedRows(int rowCount, Selection selection) {
    if (selection != null) return selection.toArray();
    int[] rows = new int[rowCount];
    for (int i = 0; i < rowCount; i++) rows[i] = i;
    return rows;
  }

  private static int combineFlat(int[] group, int[] rows, Codes key, int groups) {
    int width = Math.max(1, key.size());
    int[] remap = new int[groups * width];
    Arrays.fill(remap, -1);
    int next = 0;
    for (int i = 0; i < rows.length; i++) {
      int combined = group[i] * width + key.code(rows[i]);
      int g = remap[combined];
      if (g < 0) {
        g = next++;
        remap[combined] = g;
      }
      group[i] = g;
    }
    return next;
  }

  /**
   * For many combinations: rows are bucketed by their group so far (a counting sort), then within each bucket
   * the key's codes are numbered through an array stamped with the bucket, so no pair is ever hashed.
   */
  private static int combineBucketed(int[] group, int[] rows, Codes key, int groups) {
    int n = rows.length;
    int[] start = new int[groups + 1];
    for (int i = 0; i < n; i++) start[group[i] + 1]++;
    for (int g = 0; g < groups; g++) start[g + 1] += start[g];
    int[] fill = Arrays.copyOf(start, groups);
    int[] order = new int[n];
    for (int i = 0; i < n; i++) order[fill[group[i]]++] = i;
    int[] stamp = new int[key.size()];
    int[] assigned = new int[key.size()];
    Arrays.fill(stamp, -1);
    int next = 0;
    for (int g = 0; g < groups; g++) {
      for (int p = start[g]; p < start[g + 1]; p++) {
        int i = order[p];
        int c = key.code(rows[i]);
        if (stamp[c] != g) {
          stamp[c] = g;
          assigned[c] = next++;
        }
        group[i] = assigned[c];
      }
    }
    return next;
  }

  public int groups() {
    return groups;
  }

  public int count(int group) {
    return counts[group];
  }

  public int[] counts() {
    return counts;
  }

  /** A row of the table that belongs to the group; its key values are the group's. */
  public int firstRow(int group) {
    return firstRow[group];
  }

  /** The code of the {@code k}-th key column for a group. */
  public int keyCode(int k, int group) {
    return keys.get(k).code(firstRow[group]);
  }

  public List<Codes> keys() {
    return keys;
  }

  /** How many distinct values of {@code values} each group holds, e.g. distinct documents per entity. */
  public int[] distinct(Codes values) {
    int[] out = new int[groups];
    LongOpenHashSet seen = new LongOpenHashSet(Math.min(rows.length, 1 << 20));
    for (int i = 0; i < rows.length; i++) {
      if (seen.add(((long) rowGroup[i] << 32) | values.code(rows[i]))) out[rowGroup[i]]++;
    }
    return out;
  }

  /** Sorts groups by {@code value} descending, ties by the key columns' natural order. */
  public int[] sortedByValue(int[] value, boolean[] byAppearance) {
    int[][] ranks = new int[keys.size()][];
    for (int k = 0; k < keys.size(); k++) ranks[k] = keys.get(k).ranks(byAppearance[k]);
    int[][] groupRank = new int[keys.size()][groups];
    for (int k = 0; k < keys.size(); k++) {
      for (int g = 0; g < groups; g++) groupRank[k][g] = ranks[k][keyCode(k, g)];
    }
    // Stable radix passes from the least significant key to the count: linear, where a comparator sort of
    // hundreds of thousands of mostly tied groups is not.
    int[] order = new int[groups];
    for (int g = 0; g < groups; g++) order[g] = g;
    for (int k = keys.size() - 1; k >= 0; k--) IntArrays.radixSortIndirect(order, groupRank[k], true);
    int[] negated = new int[groups];
    for (int g = 0; g < groups; g++) negated[g] = -value[g];
    IntArrays.radixSortIndirect(order, negated, true);
    return order;
  }
}
