package org.mentions.nlp;

import java.util.List;

/**
 * Finds names in one tokenised sentence. Implementations: statistical (NLP4J, OpenNLP models), dictionary, regex.
 * Implementations need not be thread-safe unless {@link #threadSafe()} says so.
 */
public interface Recognizer {
  RecognizerInfo info();

  List<NameSpan> find(Sentence sentence);

  default boolean threadSafe() {
    return false;
  }
}
