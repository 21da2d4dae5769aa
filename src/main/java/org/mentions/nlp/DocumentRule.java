package org.mentions.nlp;

/**
 * One clean-up or consistency step over all of a document's mentions. Each rule states, in its comment, why it
 * holds for news text at large; none names particular people, places or organisations.
 */
@FunctionalInterface
public interface DocumentRule {
  void apply(DocumentMentions doc);
}
