package org.mentions.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns per-token BILOU tags ({@code B-PERSON I-PERSON L-PERSON}, {@code U-GPE}, {@code O}) into spans. Tolerant of
 * ill-formed sequences: an I or L without a B starts a span, a span ends where the label changes, and a B that is
 * not continued is a one-token span. BIO tags work too.
 */
final class Bilou {
  private Bilou() {}

  static List<NameSpan> spans(String[] tags) {
    List<NameSpan> spans = new ArrayList<>();
    int start = -1;
    String label = null;
    for (int i = 0; i < tags.length; i++) {
      String tag = tags[i] == null ? "O" : tags[i];
      int dash = tag.indexOf('-');
      String prefix = dash < 0 ? tag : tag.substring(0, dash);
      String tagLabel = dash < 0 ? null : tag.substring(dash + 1);
      boolean continues = label != null && label.equals(tagLabel) && (prefix.equals("I") || prefix.equals("L"));
      if (!continues && label != null) {
        spans.add(new NameSpan(start, i, label));
        label = null;
      }
      if (tagLabel == null || prefix.equals("O")) continue;
      if (label == null) {
        start = i;
        label = tagLabel;
      }
      if (prefix.equals("U") || prefix.equals("L")) {
        spans.add(new NameSpan(start, i + 1, label));
        label = null;
      }
    }
    if (label != null) spans.add(new NameSpan(start, tags.length, label));
    return spans;
  }
}
