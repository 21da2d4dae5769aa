package org.mentions.engine;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.mentions.corpus.Document;
import org.mentions.nlp.Annotation;
import org.mentions.nlp.Mention;
import org.mentions.nlp.RecognizerCatalog;

/**
 * The NLP behind an engine: the cache key of the pipeline, a supplier of the annotating function (which may block
 * until models load), how raw annotations become mentions, a hook that starts loading models early, and the
 * catalogue of recognisers (listed by {@code models}, extended by {@code models add}).
 */
public record Backend(String pipelineKey, Supplier<Function<String, Annotation>> annotator,
    BiFunction<Document, Annotation, List<Mention>> mentions, Runnable preload, RecognizerCatalog recognizers) {
  /** A backend whose recognisers are not listed and to which none can be added. */
  public Backend(String pipelineKey, Supplier<Function<String, Annotation>> annotator,
      BiFunction<Document, Annotation, List<Mention>> mentions, Runnable preload) {
    this(pipelineKey, annotator, mentions, preload, RecognizerCatalog.empty());
  }
}
