package org.mentions.nlp.eval;

/** Matched, predicted and gold counts for one type (or all), with the measures derived from them. */
public record Counts(int predicted, int gold, int strict, int lenient) {
  public static final Counts ZERO = new Counts(0, 0, 0, 0);

  public Counts plus(Counts o) {
    return new Counts(predicted + o.predicted, gold + o.gold, strict + o.strict, lenient + o.lenient);
  }

  public double precision(boolean lenientMatch) {
    return predicted == 0 ? 0 : (double) matched(lenientMatch) / predicted;
  }

  public double recall(boolean lenientMatch) {
    return gold == 0 ? 0 : (double) matched(lenientMatch) / gold;
  }

  public double f1(boolean lenientMatch) {
    double p = precision(lenientMatch);
    double r = recall(lenientMatch);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private int matched(boolean lenientMatch) {
    return lenientMatch ? lenient : strict;
  }
}
