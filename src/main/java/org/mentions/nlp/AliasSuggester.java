package org.mentions.nlp;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Proposes aliases between entities of the same type, for the user to accept:
 * <ul>
 *   <li>transliteration variants — the same consonants in the same order once accents, vowels and doubled letters
 *       are set aside ("Zelenskiy"/"Zelensky", "Kiev"/"Kyiv", "Mohammed"/"Muhammad") — or one letter apart;
 *       only for names never used side by side in one document, since one article keeps to one spelling and two
 *       such names in it ("Niger", "Nigeria") are two entities. Where two multi-word names differ in one word, the
 *       alias is that word, so it also covers the word on its own;</li>
 *   <li>initials of a longer name ("UN" → "United Nations");</li>
 *   <li>a lone surname whose only full name in the corpus is one person's ("Putin" in an article that never
 *       writes "Vladimir Putin").</li>
 * </ul>
 * The canonical side is the name used more (more documents, then more mentions), then the shorter.
 */
public final class AliasSuggester {
  /** What the suggester needs to know of an entity. */
  public record Entity(String name, String type, int mentions, Set<String> docs) {}

  public record Suggestion(String variant, String canonical, String type, String reason) {}

  public List<Suggestion> suggest(List<Entity> entities) {
    Map<String, Suggestion> out = new LinkedHashMap<>();
    for (int i = 0; i < entities.size(); i++) {
      for (int j = i + 1; j < entities.size(); j++) {
        Entity a = entities.get(i);
        Entity b = entities.get(j);
        if (!a.type().equals(b.type()) || a.name().equals(b.name())) continue;
        Suggestion s = pair(a, b, entities);
        if (s != null) out.putIfAbsent(s.variant() + "\t" + s.canonical(), s);
      }
    }
    return new ArrayList<>(out.values());
  }

  private Suggestion pair(Entity a, Entity b, List<Entity> all) {
    if (ShortForms.isInitialism(a.name()) && a.name().equals(ShortForms.initials(b.name()))) {
      return new Suggestion(a.name(), b.name(), a.type(), "initials");
    }
    if (ShortForms.isInitialism(b.name()) && b.name().equals(ShortForms.initials(a.name()))) {
      return new Suggestion(b.name(), a.name(), a.type(), "initials");
    }
    if (a.type().equals(EntityTypes.PERSON)) {
      Suggestion s = surname(a, b, all);
      if (s == null) s = surname(b, a, all);
      if (s != null) return s;
    }
    if (!Collections.disjoint(a.docs(), b.docs())) return null;
    String reason = variantReason(a.name(), b.name());
    if (reason == null) return null;
    Entity canonical = preferred(a, b);
    Entity variant = canonical == a ? b : a;
    String[] words = differingWords(variant.name(), canonical.name());
    return words == null
        ? new Suggestion(variant.name(), canonical.name(), a.type(), reason)
        : new Suggestion(words[0], words[1], a.type(), reason);
  }

  private static Suggestion surname(Entity lone, Entity full, List<Entity> all) {
    if (lone.name().contains(" ") || !full.name().endsWith(" " + lone.name())) return null;
    for (Entity other : all) {
      if (other != full && other.type().equals(lone.type()) && other.name().endsWith(" " + lone.name())) return null;
    }
    return new Suggestion(lone.name(), full.name(), lone.type(), "surname of the only person so named");
  }

  static String variantReason(String a, String b) {
    if (a.length() < 4 || b.length() < 4) return null;
    if (skeleton(a).equals(skeleton(b))) return "spelling variant (same consonants)";
    if (Math.min(a.length(), b.length()) >= 5 && editDistance(a.toLowerCase(Locale.ROOT), b.toLowerCase(Locale.ROOT)) == 1) {
      return "spelling variant (one letter apart)";
    }
    return null;
  }

  /**
   * Each word's first letter, then its consonants with doubled letters once: what transliterations of one name
   * keep in common. Accents are removed first; y counts as a vowel ("Zelenskiy", "Kyiv").
   */
  static String skeleton(String name) {
    String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    StringBuilder b = new StringBuilder();
    for (String word : plain.split("[^\\p{L}\\p{N}]+")) {
      if (word.isEmpty()) continue;
      if (b.length() > 0) b.append(' ');
      b.append(word.charAt(0));
      char last = word.charAt(0);
      for (int i = 1; i < word.length(); i++) {
        char c = word.charAt(i);
        if ("aeiouy".indexOf(c) >= 0 || c == last) continue;
        b.append(c);
        last = c;
      }
    }
    return b.toString();
  }

  static int editDistance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  private static Entity preferred(Entity a, Entity b) {
    if (a.docs().size() != b.docs().size()) return a.docs().size() > b.docs().size() ? a : b;
    if (a.mentions() != b.mentions()) return a.mentions() > b.mentions() ? a : b;
    return a.name().length() <= b.name().length() ? a : b;
  }

  /** The one differing word of two names with the same number of words, or null. */
  private static String[] differingWords(String variant, String canonical) {
    String[] v = variant.split(" ");
    String[] c = canonical.split(" ");
    if (v.length < 2 || v.length != c.length) return null;
    String[] found = null;
    for (int i = 0; i < v.length; i++) {
      if (v[i].equals(c[i])) continue;
      if (found != null) return null;
      found = new String[] {v[i], c[i]};
    }
    return found;
  }
}
