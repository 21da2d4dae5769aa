package org.mentions.engine;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.mentions.corpus.Document;
import org.mentions.nlp.Annotation;
import org.mentions.nlp.Mention;

/**
 * The NLP behind an engine: the cache key of the pipeline, a supplier of the annotating function (which may block
 * until models load), how raw annotations become mentions (and a key naming those rules, so cached tables built
 * under other rules are not reused), and a hook that starts loading models early.
 */
public record Backend(String pipelineKey, Supplier<Function<String, Annotation>> annotator,
    BiFunction<Document, Annotation, List<Mention>> mentions, Supplier<String> mentionsKey, Runnable preload) {

  public Backend(String pipelineKey, Supplier<Function<String, Annotation>> annotator,
      BiFunction<Document, Annotation, List<Mention>> mentions, Runnable preload) {
    this(pipelineKey, annotator, mentions, () -> "mentions-1", preload);
  }
}
