package org.mentions.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.mentions.nlp.Annotator;
import org.mentions.nlp.DictionaryRecognizer;
import org.mentions.nlp.MentionBuilder;
import org.mentions.nlp.SharedModels;
import org.mentions.nlp.TextPipeline;

/**
 * Engines for tests: with the shared NLP4J recogniser (loaded once per JVM), or with OpenNLP plus a dictionary of
 * names the test chooses (fast, and exact about which mentions exist). Each counts how often it annotated.
 */
public final class TestEngines {
  private TestEngines() {}

  /** An engine plus the number of documents its annotator processed. */
  public record Counted(Engine engine, AtomicInteger annotations) {}

  public static Counted nlp4j(Path baseDir, Path cacheDir) {
    return counted(baseDir, cacheDir, SharedModels.nlp4jAnnotator(), "test-nlp4j");
  }

  public static Counted dictionary(Path baseDir, Path cacheDir, Map<String, String> names) {
    TextPipeline pipeline = SharedModels.pipeline();
    Annotator annotator = new Annotator(pipeline, List.of(new DictionaryRecognizer(names)));
    return counted(baseDir, cacheDir, annotator, "test-dictionary-" + names.hashCode());
  }

  private static Counted counted(Path baseDir, Path cacheDir, Annotator annotator, String key) {
    AtomicInteger count = new AtomicInteger();
    MentionBuilder mentions = new MentionBuilder();
    Backend backend = new Backend(key + "|" + annotator.version(), () -> text -> {
      count.incrementAndGet();
      return annotator.annotate(text);
    }, (doc, annotation) -> mentions.build(doc.text(), annotation), () -> {});
    EngineConfig config = new EngineConfig(baseDir, cacheDir, 2, "test");
    return new Counted(new Engine(config, backend), count);
  }

  /** The repository's seeds folder. */
  public static Path seeds() {
    return SharedModels.seedsDir();
  }
}
