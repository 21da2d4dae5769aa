package org.mentions.nlp.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of scoring: counts per scored type (in the order scored), their micro-average, and every strict
 * error. An error that lenient matching pairs with something carries that text as {@code near}.
 */
public record Evaluation(Map<String, Counts> byType, List<Error> errors, int documents) {
  public Evaluation {
    byType = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byType));
    errors = List.copyOf(errors);
  }

  public enum Kind {
    MISS("miss"), FALSE_ALARM("false alarm");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public record Error(String doc, Kind kind, String type, String text, String near) {}

  /** Micro-average: the counts of every type summed, then measured. */
  public Counts micro() {
    Counts all = Counts.ZERO;
    for (Counts c : byType.values()) all = all.plus(c);
    return all;
  }
}
