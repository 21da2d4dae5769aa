package org.mentions.nlp;

/**
 * "The West" (capitalised, with the article) names the bloc of Western countries, a political grouping like
 * "NATO allies" rather than a place: news uses it in that sense ("relations between Russia and the West"), so it
 * is typed as a nationality/political group (OntoNotes NORP) instead of a location.
 */
final class BlocRule implements DocumentRule {
  @Override
  public void apply(DocumentMentions doc) {
    for (Draft d : doc.drafts) {
      if (d.end - d.start == 1 && doc.word(d.sentence, d.start).equals("West")
          && doc.lower(d.sentence, d.start - 1).equals("the") && NameTypes.isName(d.type)) {
        d.settle(NameTypes.NATIONALITY, "NORP");
      }
    }
  }
}
