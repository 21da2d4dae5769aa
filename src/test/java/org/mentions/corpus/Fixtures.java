package org.mentions.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Writes test files into a temp dir and reads them back through {@link CorpusSource}. */
final class Fixtures {
  private Fixtures() {}

  static Path write(Path dir, String relative, String content) {
    return write(dir, relative, content.getBytes(StandardCharsets.UTF_8));
  }

  static Path write(Path dir, String relative, byte[] content) {
    try {
      Path file = dir.resolve(relative);
      Files.createDirectories(file.getParent());
      return Files.write(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static LoadBatch load(Path base, String... paths) {
    return new CorpusSource().read(base, List.of(paths), ReadOptions.DEFAULTS);
  }

  static LoadBatch load(Path base, ReadOptions options, String... paths) {
    return new CorpusSource().read(base, List.of(paths), options);
  }

  static List<String> ids(LoadBatch batch) {
    return batch.documents().stream().map(Document::id).collect(Collectors.toList());
  }

  static Document doc(LoadBatch batch, String id) {
    return batch.documents().stream().filter(d -> d.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("no document " + id + " in " + ids(batch) + "; " + batch.problems()));
  }

  /** The only problem about {@code file}; fails if there is none or several. */
  static LoadProblem problemFor(LoadBatch batch, String file) {
    List<LoadProblem> matching = batch.problems().stream().filter(p -> p.file().equals(file))
        .collect(Collectors.toList());
    if (matching.size() != 1) throw new AssertionError("expected one problem for " + file + ": " + batch.problems());
    return matching.get(0);
  }
}
