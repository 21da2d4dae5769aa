package org.mentions.table;

import java.time.Duration;

/** Receives progress while documents are annotated, so front ends can draw it (or not, in scripts). */
@FunctionalInterface
public interface IndexProgress {
  IndexProgress NONE = (done, total, tokens, annotated, elapsed) -> {};

  /** {@code annotated} counts documents that needed the pipeline (cache misses), {@code tokens} their tokens. */
  void update(int done, int total, long tokens, int annotated, Duration elapsed);
}
