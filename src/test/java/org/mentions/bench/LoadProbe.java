package org.mentions.bench;

import static org.mentions.bench.Probe.figure;
import static org.mentions.bench.Probe.ms;
import static org.mentions.bench.Probe.say;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mentions.corpus.CorpusSource;
import org.mentions.corpus.Document;
import org.mentions.corpus.ReadOptions;
import org.mentions.engine.Backend;
import org.mentions.engine.Engine;
import org.mentions.engine.EngineConfig;
import org.mentions.engine.NlpBackend;
import org.mentions.result.Event;
import org.mentions.result.MessageResult;
import org.mentions.table.AnnotationStore;
import org.mentions.table.CorpusTables;
import org.mentions.table.IndexProgress;
import org.mentions.table.IndexReport;
import org.mentions.table.Indexer;

/**
 * Child JVM, run with the shell's heap: loads the recogniser once, measures annotation throughput through the
 * indexer with one thread and with all cores (alternating rounds on the same sample, fresh each time, with a stack
 * sampler saying where the time goes), then loads the whole corpus into an empty cache (first load), opens it
 * again from the cache in a fresh engine (reopen, warm JVM), and reports the process's peak resident memory.
 *
 * <p>Arguments: corpus folder, cache folder (emptied first), sample documents, rounds, and optionally a folder
 * (the seeds) to add to the cache at the end.
 */
public final class LoadProbe {
  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]).toAbsolutePath();
    Path cache = Path.of(args[1]).toAbsolutePath();
    int sampleDocs = Integer.parseInt(args[2]);
    int rounds = Integer.parseInt(args[3]);
    int cores = Runtime.getRuntime().availableProcessors();
    if (Files.exists(cache)) CorpusGenerator.deleteTree(cache);
    Files.createDirectories(cache);

    List<Document> docs = new CorpusSource().read(corpus, List.of(corpus + "/"), ReadOptions.DEFAULTS).documents();
    EngineConfig config = EngineConfig.defaults().withBaseDir(corpus).withCacheDir(cache).withThreads(cores);
    Backend backend = NlpBackend.standard(config);
    long t0 = System.nanoTime();
    backend.annotator().get();
    double modelMs = ms(System.nanoTime() - t0);
    say("models loaded in %.1f s (OpenNLP and the NLP4J recogniser); %d documents; %d cores", modelMs / 1000,
        docs.size(), cores);
    figure("model_load_ms", modelMs);

    throughput(docs, sampleDocs, rounds, cores, backend, cache.resolve("sample"));

    long gc0 = gcMillis();
    Engine engine = new Engine(config, backend);
    t0 = System.nanoTime();
    List<Event> events = Probe.run(engine, "load " + Probe.quoted(corpus.toString()) + "/");
    double firstMs = ms(System.nanoTime() - t0);
    say("first load: %s", message(events));
    say("  gc during the load: %.1f s; resident memory %.0f MB, peak so far %.0f MB (RssFile %.0f MB)",
        (gcMillis() - gc0) / 1000.0, Probe.rssMb(), Probe.peakRssMb(), Probe.fileRssMb());
    say("  heap used after it: %.0f MB", heapUsedMb());
    figure("first_load_ms", firstMs);
    long tokens = engine.workspace().tables().get("tokens").rowCount();
    figure("corpus_tokens", tokens);
    figure("corpus_docs", engine.workspace().tables().get("docs").rowCount());
    figure("corpus_mentions", engine.workspace().tables().get("mentions").rowCount());
    figure("load_tokens_per_s", tokens / (firstMs / 1000));
    engine = null;
    System.gc();

    double[] reopen = new double[2];
    for (int i = 0; i < reopen.length; i++) {
      Engine again = new Engine(config, backend);
      t0 = System.nanoTime();
      events = Probe.run(again, "load " + Probe.quoted(corpus.toString()) + "/");
      reopen[i] = ms(System.nanoTime() - t0);
      if (i == 0) say("reopen (fresh engine, same JVM): %s", message(events));
      again = null;
      System.gc();
    }
    figure("reopen_warm_ms", Probe.median(reopen));
    figure("peak_rss_mb", Probe.peakRssMb());
    if (args.length > 4) {
      // the seeds too, so the launch probe's shell reopens its startup corpus from this cache
      Probe.run(new Engine(config, backend), "load " + Probe.quoted(args[4]) + "/");
    }
  }

  /** Alternating rounds of one thread and all cores over the same sample, each annotated afresh. */
  private static void throughput(List<Document> docs, int sampleDocs, int rounds, int cores, Backend backend,
      Path sampleCache) throws Exception {
    int n = Math.min(sampleDocs, Math.max(1, docs.size() / 2));
    List<Document> sample = docs.subList(0, n);
    // as many documents again, on both thread counts, before timing: the JIT is still compiling NLP4J and OpenNLP
    // through the first few hundred documents, which made early rounds differ by a fifth
    List<Document> warmUp = docs.subList(n, Math.min(docs.size(), n + Math.max(20, n)));
    AnnotationStore store = new AnnotationStore(sampleCache);
    index(backend, store, cores, warmUp);
    index(backend, store, 1, warmUp);
    double[][] rates = new double[2][rounds];
    double[][] cpu = new double[2][rounds];
    StackSampler[] samplers = new StackSampler[2];
    // each round times both, in turn; the order alternates so that a drift during the run (the JIT, the lemma
    // memory filling) favours neither, and each round's ratio compares runs a few seconds apart
    for (int r = 0; r < rounds; r++) {
      for (int step = 0; step < 2; step++) {
        int k = r % 2 == 0 ? step : 1 - step;
        int threads = k == 0 ? 1 : cores;
        StackSampler sampler = r == 0 ? new StackSampler("mentions-annotate") : null;
        long t0 = System.nanoTime();
        long cpu0 = processCpuNanos();
        IndexReport report = index(backend, store, threads, sample);
        double seconds = (System.nanoTime() - t0) / 1e9;
        double coresUsed = (processCpuNanos() - cpu0) / 1e9 / seconds;
        if (sampler != null) {
          sampler.close();
          samplers[k] = sampler;
        }
        rates[k][r] = report.annotatedTokens() / seconds;
        cpu[k][r] = coresUsed;
        say("  round %d, %d thread%s: %,d tokens in %.1f s = %,.0f tokens/s, %.2f cores busy (load average %s)",
            r + 1, threads, threads == 1 ? "" : "s", report.annotatedTokens(), seconds, rates[k][r], coresUsed,
            loadAverage());
      }
    }
    double one = Probe.median(rates[0]);
    double all = Probe.median(rates[1]);
    double[] ratios = new double[rounds];
    for (int r = 0; r < rounds; r++) ratios[r] = rates[1][r] / rates[0][r];
    double speedup = Probe.median(ratios);
    say("annotation: %,.0f tokens/s on 1 thread, %,.0f on %d; median of %d rounds of %d documents", one, all, cores,
        rounds, n);
    say("  speed-up per round: %s; median %.2fx", java.util.Arrays.stream(ratios)
        .mapToObj(x -> String.format(java.util.Locale.ROOT, "%.2f", x)).toList(), speedup);
    figure("annotate_speedup", speedup);
    say("  this process kept %.2f cores busy with 1 thread and %.2f with %d (median): tokens per CPU-second %,.0f"
        + " and %,.0f", Probe.median(cpu[0]), Probe.median(cpu[1]), cores, one / Probe.median(cpu[0]),
        all / Probe.median(cpu[1]));
    figure("annotate_cores_busy", Probe.median(cpu[1]));
    say("  where 1 thread's time goes:%n%s", samplers[0].report());
    say("  where %d threads' time goes:%n%s", cores, samplers[1].report());
    figure("annotate_tokens_per_s_1t", one);
    figure("annotate_tokens_per_s", all);
    CorpusGenerator.deleteTree(sampleCache);
  }

  private static IndexReport index(Backend backend, AnnotationStore store, int threads, List<Document> docs) {
    // no snapshots: writing one would be timed as annotation
    Indexer indexer = new Indexer(store, backend.pipelineKey(), backend.annotator(), backend.mentions(), null,
        threads, Indexer.Layer.NONE);
    IndexReport report = indexer.index(new ArrayList<>(docs), true, new CorpusTables(), IndexProgress.NONE);
    if (!report.problems().isEmpty()) throw new IllegalStateException("annotation failed: " + report.problems());
    return report;
  }

  /** CPU time of this whole process (all threads, the JIT and GC included). */
  static long processCpuNanos() {
    java.lang.management.OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
  }

  static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (java.io.IOException | RuntimeException e) {
      return "?";
    }
  }

  static String message(List<Event> events) {
    Event last = events.get(events.size() - 1);
    return last.result() instanceof MessageResult m ? m.text().replace('\n', ' ') : String.valueOf(last.result());
  }

  static long gcMillis() {
    long total = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, gc.getCollectionTime());
    }
    return total;
  }

  static double heapUsedMb() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0;
  }
}
