package org.mentions.table;

import it.unimi.dsi.fastutil.ints.IntArrays;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import java.util.Arrays;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.selection.Selection;

/**
 * Which entities share a unit (a sentence, or a document) in the mentions table: per unit the distinct entity
 * codes, and per entity the number of units it is in. Counting per unit, not per mention, keeps a name repeated in
 * one sentence from inflating its association.
 */
public final class Cooccurrence {
  private final Codes entities;
  private final int[] unitStart;
  private final int[] members;
  private final int[] units;

  private Cooccurrence(Codes entities, int[] unitStart, int[] members, int[] units) {
    this.entities = entities;
    this.unitStart = unitStart;
    this.members = members;
    this.units = units;
  }

  /** What a result was built from, compared by identity (the columns and codes are not compared by value). */
  private record Key(Codes entity, Codes doc, IntColumn sentence, int rows, boolean bySentence) {
    boolean same(Key o) {
      return o != null && entity == o.entity && doc == o.doc && sentence == o.sentence && rows == o.rows
          && bySentence == o.bySentence;
    }
  }

  private static Key lastKey;
  private static Cooccurrence last;

  /**
   * As {@link #of}, but without a selection the last result is kept and reused while the columns are unchanged
   * (codes are reused by {@link CodeCache} only while their column is), so asking about one entity after
   * another does not rebuild the units of the whole corpus each time.
   */
  public static Cooccurrence cached(Codes entity, Codes doc, IntColumn sentence, boolean bySentence,
      Selection selection) {
    if (selection != null) return of(entity, doc, sentence, bySentence, selection);
    Key key = new Key(entity, doc, sentence, sentence.size(), bySentence);
    synchronized (Cooccurrence.class) {
      if (key.same(lastKey)) return last;
    }
    Cooccurrence co = of(entity, doc, sentence, bySentence, null);
    synchronized (Cooccurrence.class) {
      lastKey = key;
      last = co;
    }
    return co;
  }

  /** Units are (doc, sentence) pairs when {@code bySentence}, else documents; only selected mentions count. */
  public static Cooccurrence of(Codes entity, Codes doc, IntColumn sentence, boolean bySentence,
      Selection selection) {
    int[] rows = Grouping.selectedRows(entity.rows(), selection);
    Long2IntOpenHashMap unitOf = new Long2IntOpenHashMap();
    unitOf.defaultReturnValue(-1);
    int[] unitOfRow = new int[rows.length];
    for (int i = 0; i < rows.length; i++) {
      long key = ((long) doc.code(rows[i]) << 32) | (bySentence ? sentence.getInt(rows[i]) : 0);
      int u = unitOf.get(key);
      if (u < 0) {
        u = unitOf.size();
        unitOf.put(key, u);
      }
      unitOfRow[i] = u;
    }
    int unitCount = unitOf.size();
    int[] start = new int[unitCount + 1];
    for (int u : unitOfRow) start[u + 1]++;
    for (int u = 0; u < unitCount; u++) start[u + 1] += start[u];
    int[] fill = Arrays.copyOf(start, unitCount);
    int[] members = new int[rows.length];
    for (int i = 0; i < rows.length; i++) members[fill[unitOfRow[i]]++] = entity.code(rows[i]);
    // distinct entities per unit, compacted in place
    int[] compactStart = new int[unitCount + 1];
    int w = 0;
    for (int u = 0; u < unitCount; u++) {
      compactStart[u] = w;
      IntArrays.quickSort(members, start[u], start[u + 1]);
      for (int k = start[u]; k < start[u + 1]; k++) {
        if (k == start[u] || members[k] != members[k - 1]) members[w++] = members[k];
      }
    }
    compactStart[unitCount] = w;
    int[] unitsOfEntity = new int[entity.size()];
    for (int k = 0; k < w; k++) unitsOfEntity[members[k]]++;
    return new Cooccurrence(entity, compactStart, Arrays.copyOf(members, w), unitsOfEntity);
  }

  public Codes entities() {
    return entities;
  }

  public int unitCount() {
    return unitStart.length - 1;
  }

  /** Units that hold the entity. */
  public int units(int entityCode) {
    return units[entityCode];
  }

  /** For each entity, the units it shares with {@code target}. */
  public int[] together(int target) {
    int[] out = new int[entities.size()];
    for (int u = 0; u + 1 < unitStart.length; u++) {
      if (Arrays.binarySearch(members, unitStart[u], unitStart[u + 1], target) < 0) continue;
      for (int k = unitStart[u]; k < unitStart[u + 1]; k++) out[members[k]]++;
    }
    out[target] = 0;
    return out;
  }

  /** Units shared by each pair of entities both passing {@code keep}, keyed {@code a << 32 | b} with a < b. */
  public Long2IntOpenHashMap pairs(boolean[] keep) {
    Long2IntOpenHashMap out = new Long2IntOpenHashMap();
    for (int u = 0; u + 1 < unitStart.length; u++) {
      for (int i = unitStart[u]; i < unitStart[u + 1]; i++) {
        if (!keep[members[i]]) continue;
        for (int j = i + 1; j < unitStart[u + 1]; j++) {
          if (keep[members[j]]) out.addTo(((long) members[i] << 32) | members[j], 1);
        }
      }
    }
    return out;
  }

  /**
   * Signed log-likelihood G² of a 2×2 table: {@code a} units with both, {@code na} and {@code nb} units with
   * each, {@code n} units in all. G² = 2 Σ O·ln(O/E) over the four cells, E = row total × column total / n;
   * negative when the pair meets less often than chance (a < na·nb/n).
   */
  public static double logLikelihood(long a, long na, long nb, long n) {
    double[] observed = {a, na - a, nb - a, n - na - nb + a};
    double[] expected = {(double) na * nb / n, (double) na * (n - nb) / n, (double) (n - na) * nb / n,
        (double) (n - na) * (n - nb) / n};
    double g2 = 0;
    for (int i = 0; i < 4; i++) {
      if (observed[i] > 0 && expected[i] > 0) g2 += observed[i] * Math.log(observed[i] / expected[i]);
    }
    g2 *= 2;
    return a < expected[0] ? -g2 : g2;
  }
}
