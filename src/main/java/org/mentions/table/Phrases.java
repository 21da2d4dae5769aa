package org.mentions.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.columns.Column;

/**
 * Finds a word or phrase in the tokens table, ignoring case. The first word is looked up among the distinct
 * words of the dictionary, so the scan over the rows compares integers; only candidate rows check the rest.
 */
public final class Phrases {
  private Phrases() {}

  /** Splits a phrase on spaces into its words. */
  public static String[] words(String phrase) {
    return phrase.trim().toLowerCase(Locale.ROOT).split("\\s+");
  }

  /** Tokens rows where the phrase starts (within one sentence), in table order. */
  public static List<Integer> find(TokenIndex index, String phrase) {
    String[] words = words(phrase);
    Column<?> word = index.tokens().column(Columns.WORD);
    Column<?> sentence = index.tokens().column(Columns.SENTENCE);
    Column<?> doc = index.tokens().column(Columns.DOC);
    Codes codes = Codes.of(word);
    boolean[] first = new boolean[codes.size()];
    for (int c = 0; c < first.length; c++) first[c] = codes.label(c).toLowerCase(Locale.ROOT).equals(words[0]);
    List<Integer> out = new ArrayList<>();
    int n = codes.rows();
    for (int row = 0; row < n; row++) {
      if (!first[codes.code(row)] || row + words.length > n) continue;
      boolean all = true;
      for (int k = 1; all && k < words.length; k++) {
        all = word.getString(row + k).toLowerCase(Locale.ROOT).equals(words[k])
            && sentence.getString(row + k).equals(sentence.getString(row))
            && doc.getString(row + k).equals(doc.getString(row));
      }
      if (all) out.add(row);
    }
    return out;
  }
}
