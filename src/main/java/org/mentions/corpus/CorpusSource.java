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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads documents from files, folders and globs ({@code load PATH...}). Never throws for bad input: every file that
 * cannot be read becomes a {@link LoadProblem} and the others still load.
 *
 * <p>Cancellation: the thread's interrupt flag is checked between files; when set, reading stops, the batch holds
 * the documents of the files that finished and says {@link LoadBatch#cancelled()}, and the flag is set again.
 */
public final class CorpusSource {
  private final ReaderRegistry registry;
  private final ReadCache cache;

  public CorpusSource() {
    this(ReaderRegistry.standard());
  }

  public CorpusSource(ReaderRegistry registry) {
    this(registry, null);
  }

  private CorpusSource(ReaderRegistry registry, ReadCache cache) {
    this.registry = registry;
    this.cache = cache;
  }

  /**
   * The same source, remembering what it reads in {@code dir}: reading the same paths again with no file, folder or
   * sidecar changed then costs a stat per file. Null for no cache.
   */
  public CorpusSource withReadCache(Path dir) {
    return new CorpusSource(registry, dir == null ? null : new ReadCache(dir));
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
    String cacheKey = cache == null ? null : ReadCache.key(base, pathsOrGlobs, opts, registry);
    if (cacheKey != null && !opts.reread()) {
      Optional<List<Document>> known = cache.lookup(cacheKey);
      if (known.isPresent()) return new LoadBatch(known.get(), List.of());
    }
    List<FileStamp> stamps = new ArrayList<>();
    PathResolver resolver = new PathResolver(registry);
    Sidecars sidecars = new Sidecars(base);
    Set<Path> seenFiles = new HashSet<>();
    Map<String, String> seenIds = new HashMap<>();
    boolean cancelled = false;
    ExecutorService pool = Executors.newFixedThreadPool(READERS, r -> {
      Thread t = new Thread(r, "mentions-read");
      t.setDaemon(true);
      return t;
    });
    try {
      outer:
      for (String spec : pathsOrGlobs) {
        PathResolver.Resolved resolved = resolver.resolve(base, spec);
        problems.addAll(resolved.problems());
        stamps.addAll(resolved.folders());
        // Files are read on a few threads (opening ten thousand small files is mostly waiting on the file
        // system) and taken in order, so ids, duplicates and problems come out as from one thread.
        List<Future<Read>> reads = new ArrayList<>();
        for (PathResolver.Found found : resolved.files()) {
          reads.add(pool.submit(() -> read(found, base, opts, sidecars)));
        }
        for (Future<Read> future : reads) {
          Read r;
          try {
            // a read that already finished does not look at the flag, so it is checked here, between files
            if (Thread.interrupted()) throw new InterruptedException();
            r = future.get();
          } catch (InterruptedException e) {
            cancelled = true;
            reads.forEach(f -> f.cancel(true));
            break outer;
          } catch (ExecutionException e) {
            if (e.getCause() instanceof ClosedByInterruptException || e.getCause() instanceof InterruptedIOException) {
              cancelled = true;
              break outer;
            }
            throw new IllegalStateException(e.getCause());
          }
          if (!seenFiles.add(r.identity())) continue;
          stamps.add(r.stamp());
          problems.addAll(r.batch().problems());
          for (Document doc : r.batch().documents()) {
            Document withSidecar = applySidecar(doc, r.source(), r.sidecar());
            String earlier = seenIds.putIfAbsent(withSidecar.id(), withSidecar.path());
            if (earlier != null) {
              problems.add(new LoadProblem(r.source().path(), "document id '" + withSidecar.id()
                  + "' is already used by " + earlier + "; kept the first (load their common folder so the ids differ)"));
            } else {
              documents.add(withSidecar);
            }
          }
        }
      }
    } finally {
      pool.shutdownNow();
    }
    problems.addAll(sidecars.problems());
    if (cancelled) Thread.currentThread().interrupt();
    if (cacheKey != null && !cancelled && problems.isEmpty()) {
      stamps.addAll(sidecars.stamps());
      cache.store(cacheKey, stamps, documents);
    }
    return new LoadBatch(documents, problems, cancelled);
  }

  private static final int READERS = 4;

  /** One file read: where it really is (to skip a file named twice), what it gave, and its sidecar metadata. */
  private record Read(Path identity, FileStamp stamp, SourceFile source, LoadBatch batch,
      Map<String, String> sidecar) {}

  private Read read(PathResolver.Found found, Path base, ReadOptions opts, Sidecars sidecars)
      throws ClosedByInterruptException, InterruptedIOException {
    SourceFile source = new SourceFile(found.file(), found.id(), PathResolver.display(base, found.file()));
    LoadBatch batch = readFile(source, found.explicit(), opts);
    Map<String, String> side = batch.documents().isEmpty() ? Map.of()
        : sidecars.metadataFor(found.file(), found.root());
    return new Read(identity(found.file()), found.stamp(), source, batch, side);
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
      if (!reader.get().checksBinary()) {
        Optional<String> binary = TextFiles.binaryReason(source.file());
        if (binary.isPresent()) return problem(source, binary.get());
      }
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
