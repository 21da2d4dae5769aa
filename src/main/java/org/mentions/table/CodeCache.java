package org.mentions.table;

import java.lang.ref.WeakReference;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;

/**
 * Remembers the codes of recently grouped columns, keyed by the column's identity, so asking the same question
 * twice (or with another where) skips the encoding pass. An entry is reused only while the column keeps its size
 * and number of distinct values; base tables only grow, so that catches every change they see. Columns are held
 * weakly and the cache is small, so dropped results are not kept alive.
 */
public final class CodeCache {
  private static final int CAPACITY = 32;
  private static final CodeCache SHARED = new CodeCache();

  private record Entry(WeakReference<Column<?>> column, int size, int unique, Codes codes) {}

  private final Map<Integer, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);

  public static CodeCache shared() {
    return SHARED;
  }

  public synchronized Codes codes(Column<?> column) {
    int id = System.identityHashCode(column);
    Entry e = entries.get(id);
    int unique = column instanceof StringColumn s ? s.getDictionary().countUnique() : -1;
    if (e != null && e.column().get() == column && e.size() == column.size() && e.unique() == unique) {
      return e.codes();
    }
    Codes codes = Codes.compute(column);
    entries.put(id, new Entry(new WeakReference<>(column), column.size(), unique, codes));
    if (entries.size() > CAPACITY) {
      Iterator<Integer> oldest = entries.keySet().iterator();
      oldest.next();
      oldest.remove();
    }
    return codes;
  }
}
