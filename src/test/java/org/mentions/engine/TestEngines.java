package org.mentions.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.mentions.nlp.Annotator;
import org.mentions.nlp.DictionaryRecognizer;
import org.mentions.nlp.MentionBuilder;
import org.mentions.nlp.RecognizerCatalog;
import org.mentions.nlp.RecognizerInfo;
import org.mentions.nlp.SharedModels;
import org.mentions.nlp.TextPipeline;

/**
 * Engines for tests: with the shared NLP4J recogniser (loaded once per JVM) and the standard clean-up, or with
 * OpenNLP plus a dictionary of names the test chooses (fast, and exact about which mentions exist), with or without
 * the standard clean-up. Each counts how often it annotated.
 */
public final class TestEngines {
  private TestEngines() {}

  /** An engine plus the number of documents its annotator processed. */
  public record Counted(Engine engine, AtomicInteger annotations) {}

  /** The shared NLP4J recogniser with the standard clean-up, as the real backend has it. */
  public static Counted nlp4j(Path baseDir, Path cacheDir) {
    return counted(baseDir, cacheDir, SharedModels.nlp4jAnnotator(), "test-nlp4j", MentionBuilder.standard());
  }

  /** A dictionary of names and no clean-up beyond spans: exact about which mentions exist. */
  public static Counted dictionary(Path baseDir, Path cacheDir, Map<String, String> names) {
    return dictionary(baseDir, cacheDir, names, new MentionBuilder());
  }

  /** A dictionary of names followed by the standard rules, credit lines, regexes and canonical names. */
  public static Counted standardDictionary(Path baseDir, Path cacheDir, Map<String, String> names) {
    return dictionary(baseDir, cacheDir, names, MentionBuilder.standard());
  }

  private static Counted dictionary(Path baseDir, Path cacheDir, Map<String, String> names, MentionBuilder b) {
    TextPipeline pipeline = SharedModels.pipeline();
    Annotator annotator = new Annotator(pipeline, List.of(new DictionaryRecognizer(names)));
    return counted(baseDir, cacheDir, annotator, "test-dictionary-" + names.hashCode(), b);
  }

  private static Counted counted(Path baseDir, Path cacheDir, Annotator annotator, String key,
      MentionBuilder mentions) {
    AtomicInteger count = new AtomicInteger();
    List<RecognizerInfo> annotating = annotator.recognizers().stream().map(r -> r.info()).toList();
    Backend backend = new Backend(key + "|" + annotator.version(), () -> text -> {
      count.incrementAndGet();
      return annotator.annotate(text);
    }, (doc, annotation) -> mentions.build(doc.text(), annotation), () -> {},
        new RecognizerCatalog(annotating, mentions.rulesBefore(), mentions.rulesAfter()));
    EngineConfig config = new EngineConfig(baseDir, cacheDir, 2, "test");
    return new Counted(new Engine(config, backend), count);
  }

  /** The repository's seeds folder. */
  public static Path seeds() {
    return SharedModels.seedsDir();
  }
}
