package org.mentions.nlp.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * One-to-one matching of predicted against gold mentions of one type in one document, order ignored. Strict
 * matching pairs equal texts (a multiset intersection). Lenient matching pairs texts where one contains the
 * other; it first takes every equal pair, then finds a maximum matching among what is left (augmenting paths), so
 * the count does not depend on the order mentions are listed in.
 */
final class Matcher {
  private Matcher() {}

  /** Index pairs {@code [predicted, gold]} of a maximum one-to-one matching under {@code compatible}. */
  static List<int[]> match(List<String> predicted, List<String> gold, BiPredicate<String, String> compatible) {
    int[] goldOf = new int[predicted.size()];
    int[] predOf = new int[gold.size()];
    Arrays.fill(goldOf, -1);
    Arrays.fill(predOf, -1);
    // equal texts first: they are the pairs a reader would draw, and they never block a better matching
    for (int p = 0; p < predicted.size(); p++) {
      for (int g = 0; g < gold.size(); g++) {
        if (predOf[g] < 0 && predicted.get(p).equals(gold.get(g))) {
          goldOf[p] = g;
          predOf[g] = p;
          break;
        }
      }
    }
    for (int p = 0; p < predicted.size(); p++) {
      if (goldOf[p] < 0) augment(p, predicted, gold, compatible, goldOf, predOf, new boolean[gold.size()]);
    }
    List<int[]> pairs = new ArrayList<>();
    for (int p = 0; p < predicted.size(); p++) if (goldOf[p] >= 0) pairs.add(new int[] {p, goldOf[p]});
    return pairs;
  }

  private static boolean augment(int p, List<String> predicted, List<String> gold,
      BiPredicate<String, String> compatible, int[] goldOf, int[] predOf, boolean[] seen) {
    for (int g = 0; g < gold.size(); g++) {
      if (seen[g] || !compatible.test(predicted.get(p), gold.get(g))) continue;
      seen[g] = true;
      if (predOf[g] < 0 || augment(predOf[g], predicted, gold, compatible, goldOf, predOf, seen)) {
        goldOf[p] = g;
        predOf[g] = p;
        return true;
      }
    }
    return false;
  }

  static boolean strict(String predicted, String gold) {
    return predicted.equals(gold);
  }

  static boolean lenient(String predicted, String gold) {
    return predicted.contains(gold) || gold.contains(predicted);
  }
}
