package org.mentions.corpus;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads documents from files, folders and globs ({@code load PATH...}). Never throws for bad input: every file that
 * cannot be read becomes a {@link LoadProblem} and the others still load.
 *
 * <p>Cancellation: the thread's interrupt flag is checked between files; when set, reading stops, the batch holds
 * the documents of the files that finished and says {@link LoadBatch#cancelled()}, and the flag is set again.
 */
public final class CorpusSource {
  private final ReaderRegistry registry;

  public CorpusSource() {
    this(ReaderRegistry.standard());
  }

  public CorpusSource(ReaderRegistry registry) {
    this.registry = registry;
  }

  public ReaderRegistry registry() {
    return registry;
  }

  /**
   * Reads what each of {@code pathsOrGlobs} names, resolved against {@code baseDir}: a file, a folder (recursively,
   * in sorted order) or a glob ({@code articles/*.txt}, {@code data/**}{@code /*.jsonl}).
   */
  public LoadBatch read(Path baseDir, List<String> pathsOrGlobs, ReadOptions options) {
    Path base = baseDir.toAbsolutePath().normalize();
    ReadOptions opts = options == null ? ReadOptions.DEFAULTS : options;
    List<Document> documents = new ArrayList<>();
    List<LoadProblem> problems = new ArrayList<>();
    if (pathsOrGlobs == null || pathsOrGlobs.isEmpty()) {
      problems.add(new LoadProblem("(no path)", "nothing to load; give a file, a folder or a glob such as "
          + "articles/*.txt"));
      return new LoadBatch(documents, problems);
    }
    PathResolver resolver = new PathResolver(registry);
    Sidecars sidecars = new Sidecars(base);
    Set<Path> seenFiles = new HashSet<>();
    Map<String, String> seenIds = new HashMap<>();
    boolean cancelled = false;
    outer:
    for (String spec : pathsOrGlobs) {
      PathResolver.Resolved resolved = resolver.resolve(base, spec);
      problems.addAll(resolved.problems());
      for (PathResolver.Found found : resolved.files()) {
        if (Thread.interrupted()) {
          cancelled = true;
          break outer;
        }
        if (!seenFiles.add(identity(found.file()))) continue;
        SourceFile source = new SourceFile(found.file(), found.id(), PathResolver.display(base, found.file()));
        LoadBatch batch;
        try {
          batch = readFile(source, found.explicit(), opts);
        } catch (ClosedByInterruptException | InterruptedIOException e) {
          cancelled = true;
          break outer;
        }
        problems.addAll(batch.problems());
        Map<String, String> side = batch.documents().isEmpty() ? Map.of()
            : sidecars.metadataFor(found.file(), found.root());
        for (Document doc : batch.documents()) {
          Document withSidecar = applySidecar(doc, source, side);
          String earlier = seenIds.putIfAbsent(withSidecar.id(), withSidecar.path());
          if (earlier != null) {
            problems.add(new LoadProblem(source.path(), "document id '" + withSidecar.id() + "' is already used by "
                + earlier + "; kept the first (load their common folder so the ids differ)"));
          } else {
            documents.add(withSidecar);
          }
        }
      }
    }
    problems.addAll(sidecars.problems());
    if (cancelled) Thread.currentThread().interrupt();
    return new LoadBatch(documents, problems, cancelled);
  }

  /** One file: the checks every format shares, then its reader. */
  private LoadBatch readFile(SourceFile source, boolean explicit, ReadOptions options)
      throws ClosedByInterruptException, InterruptedIOException {
    Optional<DocumentReader> reader = registry.forFile(source.file());
    if (reader.isEmpty()) {
      return explicit ? problem(source, registry.unknownFormatMessage(source.file())) : LoadBatch.EMPTY;
    }
    try {
      if (!Files.isReadable(source.file())) return problem(source, "cannot be read (permission denied)");
      long size = Files.size(source.file());
      if (size == 0) return problem(source, "is empty (0 bytes)");
      long limit = reader.get().maxFileBytes();
      if (size > limit) {
        return problem(source, "is " + TextFiles.size(size) + ", over the " + TextFiles.size(limit) + " limit for a ."
            + source.extension() + " file; split it into smaller files (or use .jsonl/.csv, one article per record)");
      }
      Optional<String> binary = TextFiles.binaryReason(source.file());
      if (binary.isPresent()) return problem(source, binary.get());
      return reader.get().read(source, options);
    } catch (ClosedByInterruptException | InterruptedIOException e) {
      throw e;
    } catch (AccessDeniedException e) {
      return problem(source, "cannot be read (permission denied)");
    } catch (IOException e) {
      return problem(source, "cannot be read (" + e + ")");
    } catch (RuntimeException e) {
      return problem(source, "could not be read because of an internal error (" + e + ")");
    }
  }

  private static Document applySidecar(Document doc, SourceFile source, Map<String, String> side) {
    if (side.isEmpty()) return doc;
    if (doc.id().equals(source.id())) return doc.withMetadata(side);
    // A record of a multi-article file: its own fields win, and a file-level title names no single article.
    Map<String, String> extra = new LinkedHashMap<>();
    side.forEach((key, value) -> {
      if (!key.equals("title") && !doc.metadata().containsKey(key)) extra.put(key, value);
    });
    return extra.isEmpty() ? doc : doc.withMetadata(extra);
  }

  private static Path identity(Path file) {
    try {
      return file.toRealPath();
    } catch (IOException | RuntimeException e) {
      return file.toAbsolutePath().normalize();
    }
  }

  private static LoadBatch problem(SourceFile source, String message) {
    return new LoadBatch(List.of(), List.of(new LoadProblem(source.path(), message)));
  }
}
