package org.mentions.nlp;

import java.util.List;

/** The standard document rules, in the order they run: clean-up by context first, then consistency. */
public final class DocumentRules {
  private DocumentRules() {}

  public static List<DocumentRule> standard() {
    return List.of(new TitlePortfolioRule(), new AdjectiveCompoundRule(), new BlocRule(), new AgreementRule(),
        new OrganisationHeadRule(), new TitleRule(), new DocumentConsistency());
  }
}
