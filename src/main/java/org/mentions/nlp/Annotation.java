package org.mentions.nlp;

import java.util.List;

/**
 * Everything the pipeline computed for one document text: sentences with tokens, and the raw names each
 * recogniser found. Raw, so that clean-up and canonical names can change without re-annotating.
 */
public record Annotation(List<Sentence> sentences, List<RawName> names) {
  public Annotation {
    sentences = List.copyOf(sentences);
    names = List.copyOf(names);
  }

  /** A recogniser's span in sentence {@code sentence}. */
  public record RawName(int sentence, int start, int end, String label, String recognizer) {}

  public int tokenCount() {
    int n = 0;
    for (Sentence s : sentences) n += s.tokens().size();
    return n;
  }
}
