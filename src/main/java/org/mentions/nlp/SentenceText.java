package org.mentions.nlp;

import java.util.List;

/**
 * A sentence's text rebuilt from its tokens (one space wherever the document had whitespace), with a map back
 * from character offsets to token indexes, so character-level patterns can report token spans.
 */
final class SentenceText {
  final String text;
  private final int[] tokenStart;
  private final int[] tokenEnd;

  SentenceText(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    StringBuilder b = new StringBuilder();
    tokenStart = new int[tokens.size()];
    tokenEnd = new int[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      if (i > 0 && tokens.get(i).start() > tokens.get(i - 1).end()) b.append(' ');
      tokenStart[i] = b.length();
      b.append(TextPipeline.plain(tokens.get(i).word()));
      tokenEnd[i] = b.length();
    }
    text = b.toString();
  }

  /** The token span {@code [start, end)} exactly covering characters {@code [from, to)}, or null. */
  NameSpan span(int from, int to, String label) {
    int first = -1;
    int last = -1;
    for (int i = 0; i < tokenStart.length; i++) {
      if (tokenStart[i] == from) first = i;
      if (tokenEnd[i] == to) last = i;
    }
    return first >= 0 && last >= first ? new NameSpan(first, last + 1, label) : null;
  }
}
