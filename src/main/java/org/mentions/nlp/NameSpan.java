package org.mentions.nlp;

/**
 * A name a recogniser found in one sentence: token indexes {@code [start, end)} and the recogniser's own label
 * (for NLP4J an OntoNotes type such as GPE).
 */
public record NameSpan(int start, int end, String label) {
  public NameSpan {
    if (start < 0 || end <= start) throw new IllegalArgumentException("empty span " + start + ".." + end);
  }
}
