package org.mentions.nlp;

/**
 * A mention being worked on by the document rules: token range {@code [start, end)} in sentence {@code sentence},
 * coarse type and fine label, the recogniser that proposed it, and whether context has settled its type (a title
 * before a name, an organisational head noun), so that document-level voting leaves it alone.
 */
public final class Draft {
  final int sentence;
  int start;
  int end;
  String type;
  String fineType;
  final String source;
  boolean settled;

  Draft(int sentence, int start, int end, String type, String fineType, String source) {
    this.sentence = sentence;
    this.start = start;
    this.end = end;
    this.type = type;
    this.fineType = fineType;
    this.source = source;
  }

  /** Gives the draft a type that context has decided; {@code fine} records which rule did it. */
  void settle(String newType, String fine) {
    this.type = newType;
    this.fineType = fine;
    this.settled = true;
  }

  boolean overlaps(int s, int from, int to) {
    return sentence == s && start < to && from < end;
  }

  boolean within(int s, int from, int to) {
    return sentence == s && from <= start && end <= to;
  }

  @Override
  public String toString() {
    return sentence + ":" + start + "-" + end + "/" + type;
  }
}
