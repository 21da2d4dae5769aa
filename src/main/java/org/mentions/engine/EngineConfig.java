package org.mentions.engine;

import java.nio.file.Path;

/**
 * How to build an engine: the folder relative paths are read from, where the annotation cache lives, how many
 * threads annotate, and which entity recogniser to use ({@code nlp4j}, or {@code none} for tokens only).
 */
public record EngineConfig(Path baseDir, Path cacheDir, int threads, String recognizer) {
  public static EngineConfig defaults() {
    return new EngineConfig(Path.of("").toAbsolutePath(), defaultCacheDir(),
        Runtime.getRuntime().availableProcessors(), "nlp4j");
  }

  public EngineConfig withBaseDir(Path dir) {
    return new EngineConfig(dir, cacheDir, threads, recognizer);
  }

  public EngineConfig withCacheDir(Path dir) {
    return new EngineConfig(baseDir, dir, threads, recognizer);
  }

  public EngineConfig withThreads(int n) {
    return new EngineConfig(baseDir, cacheDir, n, recognizer);
  }

  public EngineConfig withRecognizer(String name) {
    return new EngineConfig(baseDir, cacheDir, threads, name);
  }

  /** $MENTIONS_CACHE, else $XDG_CACHE_HOME/mentions, else ~/.cache/mentions. */
  public static Path defaultCacheDir() {
    String explicit = System.getenv("MENTIONS_CACHE");
    if (explicit != null && !explicit.isBlank()) return Path.of(explicit);
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("mentions");
  }
}
