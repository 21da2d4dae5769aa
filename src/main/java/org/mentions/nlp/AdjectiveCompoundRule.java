package org.mentions.nlp;

/**
 * A hyphenated compound whose last part is a lower-case word ("US-led", "Kremlin-backed", "Moscow-based",
 * "15-member") is an adjective built on a name, not a mention of it: news writers use these constantly, and
 * recognisers tag them as the name inside. Double-barrelled names ("Thomas-Greenfield", "Rolls-Royce") keep a
 * capital after each hyphen, so they stay.
 */
final class AdjectiveCompoundRule implements DocumentRule {
  @Override
  public void apply(DocumentMentions doc) {
    doc.drafts.removeIf(d -> !NameTypes.isQuantity(d.type) && endsInLowercasePart(doc.word(d.sentence, d.end - 1)));
  }

  static boolean endsInLowercasePart(String word) {
    int dash = Math.max(word.lastIndexOf('-'), Math.max(word.lastIndexOf('‐'), word.lastIndexOf('‑')));
    if (dash <= 0 || dash == word.length() - 1) return false;
    String tail = word.substring(dash + 1);
    return tail.chars().allMatch(Character::isLowerCase);
  }
}
