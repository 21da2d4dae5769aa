package org.mentions.table;

import java.time.Duration;
import java.util.List;
import org.mentions.corpus.LoadProblem;

/**
 * What indexing a batch of documents did: how many came from the cache, how many were annotated, and problems.
 * {@code annotating} is the time from the first annotation (models loaded) to the end.
 */
public record IndexReport(int added, int fromCache, int annotated, int rebuilt, long tokens,
    long annotatedTokens, Duration elapsed, Duration annotating, boolean cancelled, int skipped, List<LoadProblem> problems) {

  /** Tokens per second while annotating, not counting the wait for the models to load. */
  public double tokensPerSecond() {
    double s = annotating.toNanos() / 1e9;
    return s <= 0 ? 0 : annotatedTokens / s;
  }
}
