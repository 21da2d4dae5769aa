package org.mentions.nlp;

import java.util.Set;

/**
 * In a job title such as "Secretary of State", "Minister of Defence" or "Under Secretary for Public Affairs", the
 * words after "of"/"for" name the post's portfolio, not an organisation or place being mentioned; recognisers tag
 * them (a lone "State" as an organisation) because they look like names. Titles write the portfolio without an
 * article, so "Secretary of the Council" — an office of a named body — is left alone.
 */
final class TitlePortfolioRule implements DocumentRule {
  private static final Set<String> OFFICES = Set.of(
      "secretary", "secretaries", "minister", "ministers", "commissioner", "undersecretary", "secretary-general");

  @Override
  public void apply(DocumentMentions doc) {
    doc.drafts.removeIf(d -> NameTypes.isName(d.type) && d.start >= 2
        && Set.of("of", "for").contains(doc.lower(d.sentence, d.start - 1))
        && OFFICES.contains(doc.lower(d.sentence, d.start - 2)));
  }
}
