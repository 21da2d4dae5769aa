package org.mentions.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The last word of an institution's name says what it is: "Security Council", "Foreign Ministry", "State
 * Department", "Senate Foreign Relations Committee". So:
 * <ul>
 *   <li>a name ending in an organisational head noun is an organisation, whatever type a recogniser gave it;</li>
 *   <li>a nationality adjective (demonym) written right before such a name is part of it ("Russian Foreign Ministry",
 *       "Ukrainian Army"): it says whose body it is, as a country name does in "UN Security Council";</li>
 *   <li>a name ending in a word for a newsletter or programme ("… Live Briefing", "… Podcast") is a work, not an
 *       organisation: news sites name their own products this way.</li>
 * </ul>
 * Words that also end place names are left out: "Bank" (West Bank), "Union" (Soviet Union), "Office" (Oval
 * Office).
 */
final class OrganisationHeadRule implements DocumentRule {
  static final Set<String> HEADS = Set.of(
      "Ministry", "Ministries", "Department", "Council", "Committee", "Commission", "Agency", "Parliament",
      "Assembly", "Army", "Navy", "Embassy", "Service", "Court", "Forces", "Guard", "Party", "Organization",
      "Organisation", "Institute", "University", "Senate", "Congress", "Cabinet", "Directorate", "Bureau", "Authority", "Corporation", "Company", "Group", "Association", "Federation");
  private static final Set<String> WORKS = Set.of("Briefing", "Newsletter", "Podcast", "Blog", "Bulletin");

  /**
   * Demonyms: a token a recogniser tagged as a nationality, or a capitalised adjective with a demonym ending
   * ("Russian", "Ukrainian", "Chinese", "British", "Dutch", "Israeli"), which the recogniser sometimes leaves
   * untagged right before a name.
   */
  private static final java.util.regex.Pattern DEMONYM = java.util.regex.Pattern.compile("\\p{Lu}\\p{L}+(?:an|ese|ish|ch|i)");

  private static boolean isNationality(DocumentMentions doc, int sentence, int index) {
    for (Draft d : doc.overlapping(sentence, index, index + 1)) {
      return d.type.equals(NameTypes.NATIONALITY) && d.start == index && d.end == index + 1;
    }
    return doc.tokens(sentence).get(index).pos().equals("ADJ") && DEMONYM.matcher(doc.word(sentence, index)).matches();
  }

  @Override
  public void apply(DocumentMentions doc) {
    List<Draft> merged = new ArrayList<>();
    for (Draft d : doc.drafts) {
      String last = doc.word(d.sentence, d.end - 1);
      if (NameTypes.isName(d.type) && d.end - d.start >= 2 && WORKS.contains(last)) {
        d.settle("work", "WORK_OF_ART");
      } else if ((d.type.equals(EntityTypes.LOCATION) || d.type.equals(EntityTypes.PERSON)) && HEADS.contains(last)) {
        d.settle(EntityTypes.ORGANIZATION, "ORG");
      }
    }
    for (Draft org : doc.drafts) {
      if (!org.type.equals(EntityTypes.ORGANIZATION) || !HEADS.contains(doc.word(org.sentence, org.end - 1))
          || org.start == 0 || !isNationality(doc, org.sentence, org.start - 1)) {
        continue;
      }
      merged.addAll(doc.overlapping(org.sentence, org.start - 1, org.start));
      org.start--;
      org.settle(EntityTypes.ORGANIZATION, org.fineType);
    }
    doc.drafts.removeAll(merged);
  }
}
