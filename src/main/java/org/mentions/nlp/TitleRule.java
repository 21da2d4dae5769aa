package org.mentions.nlp;

import java.util.List;
import java.util.Set;

/**
 * A title or form of address right before capitalised proper nouns ("President Emmanuel Macron", "Foreign
 * Secretary Liz Truss", "spokesman Dmitry Peskov", "Mr. Putin") marks them as a person's name: that is how news
 * introduces people. The name is added when no recogniser found it, and retyped when one called it something
 * else; it runs over the capitalised words that follow, at most four. Military ranks that double as ordinary
 * words ("General" in "General Motors") are not titles here; abbreviated ranks ("Gen.") are.
 */
final class TitleRule implements DocumentRule {
  private static final Set<String> TITLES = Set.of(
      "President", "Minister", "Secretary", "Secretary-General", "Chancellor", "Senator", "Sen.", "Rep.",
      "Representative", "Governor", "Gov.", "Mayor", "Ambassador", "King", "Queen", "Prince", "Princess", "Pope",
      "Premier", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Judge", "Gen.", "Lt.", "Col.", "Adm.",
      "Sgt.", "Chairman", "Chairwoman", "Envoy", "Spokesman", "Spokeswoman", "Spokesperson",
      "spokesman", "spokeswoman", "spokesperson", "envoy", "Commissioner", "Director", "Speaker");
  private static final int MAX_WORDS = 4;
  private static final java.util.regex.Pattern NAME_WORD = java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}'’.-]*");
  private static final Set<String> FUNCTION_WORDS = Set.of(
      "the", "a", "an", "of", "and", "or", "in", "on", "at", "for", "to", "with", "by", "from", "says", "said");

  @Override
  public void apply(DocumentMentions doc) {
    for (int s = 0; s < doc.sentences.size(); s++) {
      List<Token> tokens = doc.tokens(s);
      for (int i = 0; i + 1 < tokens.size(); i++) {
        if (!TITLES.contains(tokens.get(i).word())) continue;
        int end = i + 1;
        while (end < tokens.size() && end - i - 1 < MAX_WORDS && isNameWord(doc, s, end)) end++;
        if (end > i + 1) mark(doc, s, i + 1, end);
      }
    }
    doc.sort();
  }

  /**
   * A capitalised word that is not a verb or a function word. The part-of-speech tagger is not asked for a proper
   * noun: it often tags unfamiliar foreign first names as something else ("Dmitry" as a preposition), while a
   * capital right after a title is evidence enough.
   */
  private static boolean isNameWord(DocumentMentions doc, int s, int index) {
    String w = doc.word(s, index);
    if (!DocumentMentions.isCapitalised(w) || !NAME_WORD.matcher(w).matches()) return false;
    if (FUNCTION_WORDS.contains(doc.lower(s, index))) return false;
    String pos = doc.tokens(s).get(index).pos();
    if (pos.equals("VERB") || pos.equals("AUX")) return false;
    if (OrganisationHeadRule.HEADS.contains(w)) return false;
    for (Draft d : doc.overlapping(s, index, index + 1)) if (NameTypes.isQuantity(d.type)) return false;
    return true;
  }

  private static void mark(DocumentMentions doc, int s, int start, int end) {
    List<Draft> over = doc.overlapping(s, start, end);
    if (over.isEmpty()) {
      Draft d = new Draft(s, start, end, EntityTypes.PERSON, "PERSON", "title");
      d.settled = true;
      doc.drafts.add(d);
      return;
    }
    // a recogniser's span reaching beyond the name ("President Obama Foundation") knows better
    for (Draft d : over) if (!d.within(s, start, end)) return;
    if (over.size() == 1 && over.get(0).start == start && over.get(0).end == end) {
      Draft d = over.get(0);
      d.settle(EntityTypes.PERSON, d.type.equals(EntityTypes.PERSON) ? d.fineType : "PERSON");
      return;
    }
    doc.drafts.removeAll(over);
    Draft d = new Draft(s, start, end, EntityTypes.PERSON, "PERSON", "title");
    d.settled = true;
    doc.drafts.add(d);
  }
}
