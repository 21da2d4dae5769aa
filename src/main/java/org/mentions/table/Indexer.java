package org.mentions.table;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.mentions.corpus.BuildStamp;
import org.mentions.corpus.Document;
import org.mentions.corpus.LoadProblem;
import org.mentions.nlp.Annotation;
import org.mentions.nlp.Mention;

/**
 * Turns documents into table rows: each document's annotation comes from the cache when its text and the pipeline
 * are unchanged, otherwise from the annotator (on all cores), and is then stored. Rows are added in load order as
 * documents finish. An interrupt stops the work and keeps every document that finished.
 */
public final class Indexer {
  private final AnnotationStore store;
  private final String pipelineKey;
  private final Supplier<Function<String, Annotation>> annotator;
  private final BiFunction<Document, Annotation, List<Mention>> mentionMaker;
  private final int threads;
  private final CorpusSnapshots snapshots;
  private final Layer layer;

  /**
   * Recognisers added on top of the cached annotation, stored in a cache entry of their own: {@code key} names
   * them (empty when there are none) and {@code extend} adds their names to a base annotation. So adding one
   * runs only it over cached sentences, not the whole pipeline again.
   */
  public record Layer(Supplier<String> key, UnaryOperator<Annotation> extend) {
    public static final Layer NONE = new Layer(() -> "", a -> a);
  }

  /**
   * @param annotator supplies the annotating function; called only on a cache miss, so a fully cached corpus never
   *     waits for the recogniser to load
   * @param snapshotDir where whole-corpus snapshots of the built tables are kept; null for none
   */
  public Indexer(AnnotationStore store, String pipelineKey, Supplier<Function<String, Annotation>> annotator,
      BiFunction<Document, Annotation, List<Mention>> mentionMaker, Path snapshotDir, int threads, Layer layer) {
    this.store = store;
    this.snapshots = snapshotDir == null ? null : new CorpusSnapshots(snapshotDir);
    this.layer = layer;
    this.pipelineKey = pipelineKey;
    this.annotator = annotator;
    this.mentionMaker = mentionMaker;
    this.threads = Math.max(1, threads);
  }

  private final java.util.concurrent.atomic.AtomicLong firstAnnotation = new java.util.concurrent.atomic.AtomicLong();

  /** A finished document; its mentions are built on the pool too, so the collecting thread only appends rows. */
  private record Done(Document doc, Annotation annotation, List<Mention> mentions, AnnotationStore.Status cache,
      LoadProblem problem) {}

  private Done done(Document doc, Annotation annotation, AnnotationStore.Status cache) {
    return new Done(doc, annotation, mentionMaker.apply(doc, annotation), cache, null);
  }

  public IndexReport index(List<Document> docs, boolean fresh, CorpusTables tables, IndexProgress progress) {
    long t0 = System.nanoTime();
    // A whole corpus loaded into an empty session is the common reopen: one snapshot file, read by columns.
    boolean whole = snapshots != null && tables.isEmpty() && !docs.isEmpty();
    String snapshotKey = whole
        ? CorpusSnapshots.key(pipelineKey + "|" + layer.key().get() + "|" + BuildStamp.current(), docs) : null;
    if (whole && !fresh) {
      Optional<CorpusSnapshots.Snapshot> snap = snapshots.read(snapshotKey);
      if (snap.isPresent() && tables.restore(docs, snap.get())) {
        long tokens = 0;
        for (int n : snap.get().tokens()) tokens += n;
        progress.update(docs.size(), docs.size(), 0, 0, Duration.ofNanos(System.nanoTime() - t0));
        return new IndexReport(docs.size(), docs.size(), 0, 0, tokens, 0, Duration.ofNanos(System.nanoTime() - t0),
            Duration.ZERO, false, 0, List.of());
      }
    }
    IndexReport report = indexEach(docs, fresh, tables, progress, t0);
    if (whole && !report.cancelled() && report.problems().isEmpty()) {
      try {
        snapshots.write(snapshotKey, tables.snapshot());
      } catch (IOException e) {
        // the next reopen falls back to the per-document cache
      }
    }
    return report;
  }

  private IndexReport indexEach(List<Document> docs, boolean fresh, CorpusTables tables, IndexProgress progress,
      long t0) {
    firstAnnotation.set(Long.MAX_VALUE);
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, docs.size())), r -> {
      Thread t = new Thread(r, "mentions-annotate");
      t.setDaemon(true);
      return t;
    });
    CompletionService<Integer> completion = new ExecutorCompletionService<>(pool);
    Done[] results = new Done[docs.size()];
    List<Future<Integer>> futures = new ArrayList<>();
    for (int i = 0; i < docs.size(); i++) {
      final int index = i;
      futures.add(completion.submit(() -> {
        try {
          results[index] = process(docs.get(index), fresh);
        } catch (CancellationException e) {
          throw e;
        } catch (RuntimeException | Error e) {
          String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
          results[index] = new Done(docs.get(index), null, null, null,
              new LoadProblem(docs.get(index).path(), "annotation failed: " + why));
        }
        return index;
      }));
    }
    int finished = 0;
    int flushed = 0;
    int fromCache = 0;
    int annotated = 0;
    int rebuilt = 0;
    long tokens = 0;
    long annotatedTokens = 0;
    boolean cancelled = false;
    List<LoadProblem> problems = new ArrayList<>();
    try {
      while (finished < docs.size()) {
        Future<Integer> f = completion.take();
        try {
          f.get();
        } catch (ExecutionException e) {
          // process() reports its own failures; this is a bug, but one document must not sink the load
        }
        finished++;
        while (flushed < docs.size() && results[flushed] != null) {
          Done d = results[flushed];
          results[flushed++] = null; // rows hold it now; keeping every annotation to the end doubled peak memory
          if (d.problem() != null) {
            problems.add(d.problem());
            continue;
          }
          int n = d.annotation().tokenCount();
          tokens += n;
          if (d.cache() == AnnotationStore.Status.HIT) {
            fromCache++;
          } else {
            annotated++;
            annotatedTokens += n;
            if (d.cache() != AnnotationStore.Status.MISSING) rebuilt++;
          }
          tables.add(d.doc(), d.annotation(), d.mentions());
        }
        progress.update(finished, docs.size(), annotatedTokens, annotated, Duration.ofNanos(System.nanoTime() - t0));
      }
    } catch (InterruptedException e) {
      cancelled = true;
      for (Future<Integer> f : futures) f.cancel(true);
    } finally {
      pool.shutdownNow();
    }
    if (cancelled) {
      for (int i = flushed; i < docs.size(); i++) {
        Done d = results[i];
        if (d == null || d.problem() != null) continue;
        tokens += d.annotation().tokenCount();
        if (d.cache() == AnnotationStore.Status.HIT) fromCache++; else annotated++;
        tables.add(d.doc(), d.annotation(), d.mentions());
      }
      Thread.currentThread().interrupt();
    }
    int added = fromCache + annotated;
    int skipped = docs.size() - added - problems.size();
    long end = System.nanoTime();
    long annotating = firstAnnotation.get() == Long.MAX_VALUE ? 0 : end - firstAnnotation.get();
    return new IndexReport(added, fromCache, annotated, rebuilt, tokens, annotatedTokens,
        Duration.ofNanos(end - t0), Duration.ofNanos(annotating), cancelled, skipped, problems);
  }

  private Done process(Document doc, boolean fresh) {
    String hash = doc.contentHash();
    String suffix = layer.key().get();
    String layerId = suffix.isEmpty() ? null : hash + "." + digest(suffix);
    if (layerId != null && !fresh) {
      AnnotationStore.Lookup hit = store.get(layerId, pipelineKey + suffix);
      if (hit.annotation().isPresent()) return done(doc, hit.annotation().get(), AnnotationStore.Status.HIT);
    }
    AnnotationStore.Status status = AnnotationStore.Status.MISSING;
    Annotation base = null;
    if (!fresh) {
      AnnotationStore.Lookup hit = store.get(hash, pipelineKey);
      if (hit.annotation().isPresent()) {
        base = hit.annotation().get();
        status = AnnotationStore.Status.HIT;
      } else {
        status = hit.status();
      }
    }
    try {
      if (base == null) {
        if (Thread.currentThread().isInterrupted()) throw new CancellationException();
        Function<String, Annotation> annotate = annotator.get();
        firstAnnotation.accumulateAndGet(System.nanoTime(), Math::min);
        base = annotate.apply(doc.text());
        putQuietly(hash, pipelineKey, base);
      }
      if (layerId == null) return done(doc, base, status);
      Annotation full = layer.extend().apply(base);
      putQuietly(layerId, pipelineKey + suffix, full);
      return done(doc, full, status);
    } catch (java.io.UncheckedIOException e) {
      return new Done(doc, null, null, status, new LoadProblem(doc.path(), "annotation failed: " + e.getMessage()));
    }
  }

  private void putQuietly(String id, String key, Annotation annotation) {
    try {
      store.put(id, key, annotation);
    } catch (IOException e) {
      // an unwritable cache slows the next load but must not fail this one
    }
  }

  private static String digest(String s) {
    try {
      byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(d, 0, 8);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
