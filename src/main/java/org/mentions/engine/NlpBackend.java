package org.mentions.engine;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import org.mentions.nlp.Annotation;
import org.mentions.nlp.Annotator;
import org.mentions.nlp.EntityTypes;
import org.mentions.nlp.MentionBuilder;
import org.mentions.nlp.Nlp4jRecognizer;
import org.mentions.nlp.Recognizer;
import org.mentions.nlp.RecognizerCatalog;
import org.mentions.nlp.RecognizerInfo;
import org.mentions.nlp.TextPipeline;

/**
 * The standard NLP backend: OpenNLP for sentences, tokens, POS and lemmas, and NLP4J for entities. The recogniser
 * takes tens of seconds to load, so it loads on a background thread, started on the first cache miss (or
 * earlier through {@code preload}); a corpus that is fully cached never loads it.
 */
public final class NlpBackend {
  private final String recognizer;
  private volatile CompletableFuture<Annotator> loading;

  private NlpBackend(String recognizer) {
    this.recognizer = recognizer;
  }

  public static Backend standard(EngineConfig config) {
    NlpBackend nlp = new NlpBackend(config.recognizer());
    MentionBuilder mentions = MentionBuilder.standard();
    List<RecognizerInfo> annotating = config.recognizer().equals("none") ? List.of()
        : List.of(new RecognizerInfo(Nlp4jRecognizer.NAME, Nlp4jRecognizer.ARTIFACT, Nlp4jRecognizer.version(),
            "Apache-2.0", EntityTypes.ONTONOTES_TYPES));
    return new Backend(nlp.pipelineKey(), () -> nlp.annotator(),
        (doc, annotation) -> mentions.build(doc.text(), annotation), nlp::startLoading,
        new RecognizerCatalog(annotating, mentions.rulesBefore(), mentions.rulesAfter()));
  }

  /** Names the models in use, so cached annotations made with other models are recognised as stale. */
  String pipelineKey() {
    String entities = recognizer.equals("none") ? "none" : Nlp4jRecognizer.NAME + ":" + Nlp4jRecognizer.version();
    return TextPipeline.modelVersion() + "|" + entities;
  }

  synchronized CompletableFuture<Annotator> startLoading() {
    if (loading == null) {
      loading = CompletableFuture.supplyAsync(this::load, runnable -> {
        Thread t = new Thread(runnable, "mentions-load-models");
        t.setDaemon(true);
        t.start();
      });
    }
    return loading;
  }

  private Annotator load() {
    TextPipeline pipeline = new TextPipeline().warmUp();
    List<Recognizer> recognizers = recognizer.equals("none") ? List.of() : List.of(new Nlp4jRecognizer());
    return new Annotator(pipeline, recognizers);
  }

  /** Blocks until the models are loaded; an interrupt cancels the wait, not the loading. */
  Function<String, Annotation> annotator() {
    try {
      Annotator a = startLoading().get();
      return a::annotate;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while the entity recogniser loads");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      String hint = cause instanceof OutOfMemoryError ? " (the recogniser needs about 2 GB of heap: MENTIONS_JAVA_OPTS=-Xmx2200m)" : "";
      throw new IllegalStateException("the entity recogniser could not load: " + cause + hint, cause);
    }
  }
}
