package org.mentions.command.plot;

import java.util.ArrayList;
import java.util.List;
import org.mentions.command.CommandError;
import org.mentions.lang.Invocation;
import org.mentions.lang.LexToken;
import org.mentions.lang.Span;

/** The comma-separated terms of plot dispersion and trend: each once, so each can name a column or a strip. */
final class Terms {
  private Terms() {}

  static List<String> of(List<LexToken> tokens, String example, Span where) {
    List<String> terms = new ArrayList<>();
    for (List<LexToken> item : Invocation.splitAtCommas(tokens)) {
      String term = Invocation.text(item);
      if (terms.stream().anyMatch(t -> t.equalsIgnoreCase(term))) {
        throw new CommandError("'" + term + "' is named twice", Invocation.span(item));
      }
      terms.add(term);
    }
    if (terms.isEmpty()) throw new CommandError("name at least one term, e.g. " + example, where);
    return terms;
  }
}
