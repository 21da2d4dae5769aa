package org.mentions.corpus;

import java.util.List;

/**
 * What one {@code load} read: documents in a stable order, the problems met on the way, and whether reading stopped
 * early because the thread was interrupted (then the documents are those from the files that finished).
 */
public record LoadBatch(List<Document> documents, List<LoadProblem> problems, boolean cancelled) {
  public static final LoadBatch EMPTY = new LoadBatch(List.of(), List.of());

  public LoadBatch {
    documents = List.copyOf(documents);
    problems = List.copyOf(problems);
  }

  public LoadBatch(List<Document> documents, List<LoadProblem> problems) {
    this(documents, problems, false);
  }
}
