package org.mentions.table;

import java.time.Duration;
import java.util.List;
import org.mentions.corpus.LoadProblem;

/** What indexing a batch of documents did: how many came from the cache, how many were annotated, and problems. */
public record IndexReport(int added, int fromCache, int annotated, int rebuilt, long tokens,
    long annotatedTokens, Duration elapsed, boolean cancelled, int skipped, List<LoadProblem> problems) {

  /** Tokens per second over the documents that needed annotation. */
  public double tokensPerSecond() {
    double s = elapsed.toNanos() / 1e9;
    return s <= 0 ? 0 : annotatedTokens / s;
  }
}
