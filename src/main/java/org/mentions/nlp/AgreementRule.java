package org.mentions.nlp;

import java.util.Map;

/**
 * A place name that modifies an agreement or negotiating format ("the Minsk accords", "the Paris agreement",
 * "the Normandy format", "the Oslo process") names the agreement, after where it was made, not the place: the
 * article is about the deal. Such mentions are retyped (law for agreements, event for formats and processes),
 * allowing one lower-case word between ("Minsk peace accords", "Paris climate agreement").
 */
final class AgreementRule implements DocumentRule {
  private static final Map<String, String> NOUNS = Map.ofEntries(
      Map.entry("accord", "law"), Map.entry("accords", "law"), Map.entry("agreement", "law"),
      Map.entry("agreements", "law"), Map.entry("protocol", "law"), Map.entry("protocols", "law"),
      Map.entry("treaty", "law"), Map.entry("convention", "law"), Map.entry("conventions", "law"),
      Map.entry("declaration", "law"), Map.entry("format", "event"), Map.entry("process", "event"));

  @Override
  public void apply(DocumentMentions doc) {
    for (Draft d : doc.drafts) {
      if (!d.type.equals(EntityTypes.LOCATION)) continue;
      String next = doc.lower(d.sentence, d.end);
      String type = NOUNS.get(next);
      if (type == null && isLowercaseWord(doc.word(d.sentence, d.end))) type = NOUNS.get(doc.lower(d.sentence, d.end + 1));
      if (type != null) d.settle(type, type.equals("law") ? "LAW" : "EVENT");
    }
  }

  private static boolean isLowercaseWord(String w) {
    return !w.isEmpty() && w.chars().allMatch(Character::isLowerCase);
  }
}
