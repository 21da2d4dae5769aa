package org.mentions.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs the text pipeline and then each recogniser, in order, over a document. Safe to call from several threads
 * at once: the pipeline keeps per-thread runners, and recognisers that are not {@link Recognizer#threadSafe()}
 * are called under a lock of their own.
 */
public final class Annotator {
  private final TextPipeline pipeline;
  private final List<Recognizer> recognizers;
  private final List<String> names;

  public Annotator(TextPipeline pipeline, List<? extends Recognizer> recognizers) {
    this.pipeline = pipeline;
    this.recognizers = List.copyOf(recognizers);
    this.names = this.recognizers.stream().map(r -> r.info().name()).toList();
  }

  public List<Recognizer> recognizers() {
    return recognizers;
  }

  /**
   * Identifies what {@link #annotate} computes: the pipeline's model version and each recogniser's name and
   * version, in order. Part of an annotation cache key.
   */
  public String version() {
    StringBuilder b = new StringBuilder(TextPipeline.modelVersion());
    for (Recognizer r : recognizers) b.append('|').append(r.info().name()).append(':').append(r.info().version());
    return b.toString();
  }

  /** Sentences of {@code text} and the raw names, grouped by recogniser in list order, then in reading order. */
  public Annotation annotate(String text) {
    List<Sentence> sentences = pipeline.analyse(text);
    List<Annotation.RawName> found = new ArrayList<>();
    for (int k = 0; k < recognizers.size(); k++) {
      Recognizer r = recognizers.get(k);
      String name = names.get(k);
      for (int i = 0; i < sentences.size(); i++) {
        for (NameSpan span : find(r, sentences.get(i))) {
          found.add(new Annotation.RawName(i, span.start(), span.end(), span.label(), name));
        }
      }
    }
    return new Annotation(sentences, found);
  }

  private static List<NameSpan> find(Recognizer r, Sentence sentence) {
    if (r.threadSafe()) return r.find(sentence);
    synchronized (r) {
      return r.find(sentence);
    }
  }
}
