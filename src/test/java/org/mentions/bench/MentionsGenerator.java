package org.mentions.bench;

import java.util.Random;
import org.mentions.table.Columns;
import org.mentions.table.CorpusTables;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A synthetic mentions table shaped like a large news corpus: entity names drawn from a Zipf distribution (a few
 * very frequent, a long tail), each entity with a fixed type, documents of similar length. Seeded, so every run
 * and every engine in the harness sees the same rows.
 */
final class MentionsGenerator {
  static final String[] TYPES = {"person", "location", "organization", "nationality", "event", "product",
      "work", "law", "facility", "other"};

  private MentionsGenerator() {}

  static Table generate(int rows, int entities, int docs, long seed) {
    Random random = new Random(seed);
    double[] cumulative = new double[entities];
    double sum = 0;
    for (int i = 0; i < entities; i++) {
      sum += 1.0 / (i + 1);
      cumulative[i] = sum;
    }
    String[] names = new String[entities];
    String[] types = new String[entities];
    for (int i = 0; i < entities; i++) {
      names[i] = "Entity " + Integer.toString(i * 7919 % 1_000_003, 36) + " " + i;
      types[i] = TYPES[Math.min(TYPES.length - 1, (int) (Math.abs(random.nextGaussian()) * 3))];
    }
    Table t = CorpusTables.emptyMentions();
    StringColumn doc = t.stringColumn(Columns.DOC);
    IntColumn sentence = t.intColumn(Columns.SENTENCE);
    int perDoc = Math.max(1, rows / docs);
    for (int r = 0; r < rows; r++) {
      int e = pick(cumulative, random.nextDouble() * sum);
      int d = Math.min(docs - 1, r / perDoc);
      doc.append(String.format("%05d_news.txt", d));
      sentence.append((r % perDoc) / 3);
      t.intColumn(Columns.START).append(0);
      t.intColumn(Columns.END).append(1);
      t.intColumn(Columns.CHAR_START).append(0);
      t.intColumn(Columns.CHAR_END).append(1);
      t.stringColumn(Columns.TEXT).append(names[e]);
      t.stringColumn(Columns.TYPE).append(types[e]);
      t.stringColumn(Columns.FINE_TYPE).append(types[e].toUpperCase());
      t.stringColumn(Columns.ENTITY).append(names[e]);
    }
    return t;
  }

  private static int pick(double[] cumulative, double x) {
    int i = java.util.Arrays.binarySearch(cumulative, x);
    return i >= 0 ? i : Math.min(cumulative.length - 1, -i - 1);
  }
}
