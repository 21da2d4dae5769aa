package org.mentions.nlp.eval;

/**
 * What scoring needs of a mention, gold or predicted: its coarse type and its text. Anything that has both (a
 * {@link org.mentions.nlp.Mention}, a gold line, a row of another system's output) can be scored.
 */
public interface Labeled {
  String type();

  String text();

  static Labeled of(String type, String text) {
    return new Simple(type, text);
  }

  /** A plain (type, text) pair. */
  record Simple(String type, String text) implements Labeled {}
}
