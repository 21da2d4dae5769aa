package org.mentions.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Within one document, a short form takes the entity name of the full name it abbreviates, because news writes a
 * name in full once and shortens it after:
 * <ul>
 *   <li>a person named by the last word(s) of a longer person name ("Putin" → "Vladimir Putin"); with several
 *       candidates the nearest full name before it wins (two Johnsons in one article are told apart by order);</li>
 *   <li>an organisation named by the last words of a longer one ("Security Council" → "UN Security Council");</li>
 *   <li>an organisation or place written as the initials of a longer name of the same type in the document
 *       ("US" → "United States", "NATO" → "North Atlantic Treaty Organization").</li>
 * </ul>
 */
public final class ShortForms {
  private static final Set<String> MINOR_WORDS = Set.of("of", "the", "and", "for", "de", "on", "in", "&");

  private ShortForms() {}

  /** The mentions with their {@code entity} replaced by the full name they abbreviate, where there is one. */
  public static List<Mention> apply(List<Mention> mentions) {
    List<Mention> out = new ArrayList<>(mentions.size());
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      String full = fullName(mentions, i);
      out.add(full == null ? m : withEntity(m, full));
    }
    return out;
  }

  private static String fullName(List<Mention> mentions, int index) {
    Mention m = mentions.get(index);
    if (!NameTypes.isName(m.type())) return null;
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int j = 0; j < mentions.size(); j++) {
      Mention other = mentions.get(j);
      if (!other.type().equals(m.type()) || other.entity().length() <= m.entity().length()) continue;
      if (!abbreviates(m.entity(), other.entity(), m.type())) continue;
      // the nearest full name before the short form; failing that, the first after it
      int distance = j < index ? index - j : mentions.size() + j;
      if (distance < bestDistance) {
        bestDistance = distance;
        best = other.entity();
      }
    }
    return best;
  }

  static boolean abbreviates(String shortForm, String full, String type) {
    boolean suffix = full.endsWith(" " + shortForm);
    if (type.equals(EntityTypes.PERSON)) return suffix;
    if (type.equals(EntityTypes.ORGANIZATION) && suffix && shortForm.contains(" ")) return true;
    return isInitialism(shortForm) && shortForm.equals(initials(full));
  }

  static boolean isInitialism(String s) {
    return s.length() >= 2 && s.chars().allMatch(Character::isUpperCase);
  }

  /** Initials of the words that carry meaning: "North Atlantic Treaty Organization" → "NATO". */
  static String initials(String name) {
    StringBuilder b = new StringBuilder();
    for (String w : name.split("[ -]")) {
      if (w.isEmpty() || MINOR_WORDS.contains(w.toLowerCase(Locale.ROOT))) continue;
      b.append(Character.toUpperCase(w.charAt(0)));
    }
    return b.toString();
  }

  private static Mention withEntity(Mention m, String entity) {
    return new Mention(m.sentence(), m.start(), m.end(), m.charStart(), m.charEnd(), m.text(), m.type(),
        m.fineType(), entity);
  }
}
