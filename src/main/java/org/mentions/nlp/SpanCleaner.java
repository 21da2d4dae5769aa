package org.mentions.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * General clean-up of a recogniser's span, so that a mention's text is the name and nothing around it: no leading
 * article ("the United States" → "United States"), no trailing possessive ("Russia 's"), no punctuation or quote
 * marks at either end (token-wise, then character-wise for quotes glued to a word).
 */
final class SpanCleaner {
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");
  private static final Set<String> POSSESSIVES = Set.of("'s", "’s", "'S", "’S", "'", "’");

  private SpanCleaner() {}

  /** The cleaned token range {@code [start, end)}, or null if nothing is left. */
  static int[] tokens(List<Token> tokens, int start, int end) {
    boolean changed = true;
    while (start < end && changed) {
      changed = false;
      String first = tokens.get(start).word();
      if (ARTICLES.contains(first.toLowerCase(Locale.ROOT)) || isPunctuation(first)) {
        start++;
        changed = true;
        continue;
      }
      String last = tokens.get(end - 1).word();
      if (POSSESSIVES.contains(last) || isPunctuation(last)) {
        end--;
        changed = true;
      }
    }
    return start < end ? new int[] {start, end} : null;
  }

  /** The character range {@code [start, end)} of {@code text} without quote marks glued to either end. */
  static int[] chars(String text, int start, int end) {
    while (start < end && isQuote(text.charAt(start))) start++;
    while (end > start && isQuote(text.charAt(end - 1))) end--;
    return start < end ? new int[] {start, end} : null;
  }

  /** Every character is punctuation (percent and ampersand excepted: they belong to names and amounts). */
  static boolean isPunctuation(String word) {
    if (word.isEmpty()) return false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c == '%' || c == '&' || !isPunctuationChar(c)) return false;
    }
    return true;
  }

  private static boolean isPunctuationChar(char c) {
    return switch (Character.getType(c)) {
      case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
          Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION -> true;
      default -> false;
    };
  }

  static boolean isQuote(char c) {
    return c == '"' || c == '\'' || c == '`' || c == '«' || c == '»'
        || Character.getType(c) == Character.INITIAL_QUOTE_PUNCTUATION
        || Character.getType(c) == Character.FINAL_QUOTE_PUNCTUATION;
  }
}
