package org.mentions.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A document's text, sentences and the drafts of its mentions, with the look-ups the document rules share:
 * words around a draft, whether tokens are free, and the draft's surface form.
 */
public final class DocumentMentions {
  final String text;
  final List<Sentence> sentences;
  final List<Draft> drafts;

  DocumentMentions(String text, List<Sentence> sentences, List<Draft> drafts) {
    this.text = text;
    this.sentences = sentences;
    this.drafts = new ArrayList<>(drafts);
  }

  List<Token> tokens(int sentence) {
    return sentences.get(sentence).tokens();
  }

  /** The word at {@code index} of the sentence, or "" outside it. */
  String word(int sentence, int index) {
    List<Token> ts = tokens(sentence);
    return index >= 0 && index < ts.size() ? ts.get(index).word() : "";
  }

  String lower(int sentence, int index) {
    return word(sentence, index).toLowerCase(Locale.ROOT);
  }

  /** The words of a token range joined by single spaces: the key names are compared by. */
  String key(int sentence, int start, int end) {
    List<Token> ts = tokens(sentence);
    StringBuilder b = new StringBuilder();
    for (int i = start; i < end; i++) {
      if (i > start) b.append(' ');
      b.append(TextPipeline.plain(ts.get(i).word()));
    }
    return b.toString();
  }

  String key(Draft d) {
    return key(d.sentence, d.start, d.end);
  }

  /** Drafts overlapping the token range. */
  List<Draft> overlapping(int sentence, int start, int end) {
    List<Draft> out = new ArrayList<>();
    for (Draft d : drafts) if (d.overlaps(sentence, start, end)) out.add(d);
    return out;
  }

  boolean isFree(int sentence, int start, int end) {
    return overlapping(sentence, start, end).isEmpty();
  }

  void sort() {
    drafts.sort(Comparator.comparingInt((Draft d) -> d.sentence).thenComparingInt(d -> d.start)
        .thenComparingInt(d -> d.end));
  }

  static boolean isCapitalised(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
  }

  boolean isProperNoun(int sentence, int index) {
    return tokens(sentence).get(index).pos().equals("PROPN");
  }
}
