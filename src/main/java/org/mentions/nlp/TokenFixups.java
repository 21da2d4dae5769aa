package org.mentions.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Corrections to the OpenNLP UD tokenizer's output that keep names whole and clean:
 * <ul>
 *   <li>a possessive "'s" / "’s" attached to a word, or a bare apostrophe after a final s, becomes its own token
 *       ("Russia's" → "Russia", "'s"), so a name never carries its possessive;</li>
 *   <li>a hyphenated compound written without spaces becomes one token ("Thomas-Greenfield", "Franco-German"),
 *       so a double-barrelled name is not cut into pieces;</li>
 *   <li>a dotted initialism keeps its final stop ("U.K" "." → "U.K.");</li>
 *   <li>a full stop left on a sentence's last word is split off ("Kiev." → "Kiev", ".").</li>
 * </ul>
 * Works on character spans {@code [start, end)} into the document text.
 */
final class TokenFixups {
  private static final Pattern POSSESSIVE = Pattern.compile("(?s)(.*[\\p{L}\\p{N}.])(['’][sS])");
  private static final Pattern CLITIC =
      Pattern.compile("(?s)(.*\\p{L})(['’](?:re|ve|ll|d|m|RE|VE|LL|D|M)|[nN]['’][tT])");
  private static final Pattern BARE_APOSTROPHE = Pattern.compile("(?s)(.*\\p{L}[sS])(['’])");
  private static final Pattern COMPOUND = Pattern.compile("[\\p{L}\\p{N}]+(?:[-‐‑][\\p{L}\\p{N}]+)+");
  private static final Pattern INITIALISM_WITHOUT_FINAL_STOP = Pattern.compile("(?:\\p{L}\\.)+\\p{L}");

  private TokenFixups() {}

  static List<int[]> apply(String text, List<int[]> spans) {
    return splitFinalStop(text, mergeHyphenated(text, keepInitialismStops(text, splitPossessives(text, spans))));
  }

  /** Abbreviations that keep their stop at the end of a sentence. */
  private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of(
      "Mr", "Mrs", "Ms", "Dr", "Jr", "Sr", "St", "Inc", "Ltd", "Co", "Corp", "Bros", "etc", "vs", "No", "Gen",
      "Col", "Lt", "Sgt", "Adm", "Gov", "Sen", "Rep", "Prof", "a.m", "p.m");

  /**
   * "Kiev." at the end of a sentence becomes "Kiev" + ".": the tokenizer sometimes leaves the full stop on the
   * last word, and a name must not carry it. Initialisms ("U.S.") and common abbreviations keep theirs.
   */
  static List<int[]> splitFinalStop(String text, List<int[]> spans) {
    if (spans.isEmpty()) return spans;
    int[] last = spans.get(spans.size() - 1);
    String word = text.substring(last[0], last[1]);
    if (word.length() < 2 || !word.endsWith(".")) return spans;
    String stem = word.substring(0, word.length() - 1);
    if (stem.contains(".") || ABBREVIATIONS.contains(stem) || !stem.codePoints().allMatch(Character::isLetterOrDigit)) {
      return spans;
    }
    List<int[]> out = new ArrayList<>(spans.subList(0, spans.size() - 1));
    out.add(new int[] {last[0], last[1] - 1});
    out.add(new int[] {last[1] - 1, last[1]});
    return out;
  }

  /** "U.K" + "." written together becomes "U.K.": a dotted initialism keeps its final stop. */
  static List<int[]> keepInitialismStops(String text, List<int[]> spans) {
    List<int[]> out = new ArrayList<>(spans.size());
    for (int i = 0; i < spans.size(); i++) {
      int[] span = spans.get(i);
      if (i + 1 < spans.size()) {
        int[] next = spans.get(i + 1);
        if (next[0] == span[1] && next[1] == next[0] + 1 && text.charAt(next[0]) == '.'
            && INITIALISM_WITHOUT_FINAL_STOP.matcher(text.substring(span[0], span[1])).matches()) {
          out.add(new int[] {span[0], next[1]});
          i++;
          continue;
        }
      }
      out.add(span);
    }
    return out;
  }

  static List<int[]> splitPossessives(String text, List<int[]> spans) {
    List<int[]> out = new ArrayList<>(spans.size() + 4);
    for (int[] span : spans) {
      String word = text.substring(span[0], span[1]);
      Matcher m = POSSESSIVE.matcher(word);
      if (!m.matches()) m = CLITIC.matcher(word);
      if (!m.matches()) m = BARE_APOSTROPHE.matcher(word);
      if (m.matches() && m.group(1).codePoints().anyMatch(Character::isLetter)) {
        int cut = span[0] + m.end(1);
        out.add(new int[] {span[0], cut});
        out.add(new int[] {cut, span[1]});
      } else {
        out.add(span);
      }
    }
    return out;
  }

  static List<int[]> mergeHyphenated(String text, List<int[]> spans) {
    if (spans.size() < 2) return spans;
    int from = spans.get(0)[0];
    int to = spans.get(spans.size() - 1)[1];
    Matcher m = COMPOUND.matcher(text).region(from, to);
    List<int[]> out = new ArrayList<>(spans.size());
    int i = 0;
    while (m.find()) {
      // copy the tokens before the compound
      while (i < spans.size() && spans.get(i)[0] < m.start()) out.add(spans.get(i++));
      int first = i;
      int last = i;
      while (last < spans.size() && spans.get(last)[1] < m.end()) last++;
      boolean aligned = first < spans.size() && spans.get(first)[0] == m.start()
          && last < spans.size() && spans.get(last)[1] == m.end();
      if (aligned && last > first) {
        out.add(new int[] {m.start(), m.end()});
        i = last + 1;
      }
    }
    while (i < spans.size()) out.add(spans.get(i++));
    return out;
  }
}
