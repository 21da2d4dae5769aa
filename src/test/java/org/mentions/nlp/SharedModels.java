package org.mentions.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The expensive models, loaded at most once per test JVM and shared by every test class that needs them (NLP4J
 * takes ~40 s and ~1.5 GB to load). Also finds the repository's seed articles.
 */
public final class SharedModels {
  private SharedModels() {}

  /** NLP4J with its default configuration (word embeddings included), loaded on first call. */
  public static Nlp4jRecognizer nlp4j() {
    return Nlp4jHolder.RECOGNIZER;
  }

  /** How long the shared NLP4J recogniser took to load. */
  public static java.time.Duration nlp4jLoadTime() {
    return nlp4j().loadTime();
  }

  public static TextPipeline pipeline() {
    return PipelineHolder.PIPELINE;
  }

  /** The pipeline followed by the shared NLP4J recogniser. */
  public static Annotator nlp4jAnnotator() {
    return AnnotatorHolder.ANNOTATOR;
  }

  /** The repository's {@code seeds/} directory. */
  public static Path seedsDir() {
    Path dir = Path.of(System.getProperty("basedir", System.getProperty("user.dir")), "seeds");
    if (!Files.isDirectory(dir)) throw new IllegalStateException("no seeds directory at " + dir.toAbsolutePath());
    return dir;
  }

  /** The seed article file names ({@code *.txt}), sorted. */
  public static List<String> seedNames() {
    try (var files = Files.list(seedsDir())) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String seed(String name) {
    try {
      return Files.readString(seedsDir().resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class Nlp4jHolder {
    static final Nlp4jRecognizer RECOGNIZER = new Nlp4jRecognizer();
  }

  private static final class PipelineHolder {
    static final TextPipeline PIPELINE = new TextPipeline().warmUp();
  }

  private static final class AnnotatorHolder {
    static final Annotator ANNOTATOR = new Annotator(pipeline(), List.of(nlp4j()));
  }
}
