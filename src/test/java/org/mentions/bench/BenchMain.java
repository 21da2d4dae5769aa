package org.mentions.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code scripts/bench}: builds (or reuses) a generated corpus, or takes {@code --corpus DIR}; then, each part in
 * its own JVM where it matters, measures annotation throughput, first load, reopen, peak memory, launch to prompt,
 * the analysis commands on the annotated corpus, and count / pivot on a generated million-row mentions table
 * against DuckDB. Prints one table at the end and, with {@code --json FILE}, writes the same figures.
 */
public final class BenchMain {
  static final String USAGE = """
      usage: scripts/bench [--docs N] [--corpus DIR] [--json FILE] [--sample N] [--rounds N] [--rows N]
                           [--warm N] [--reopens N] [--parts load,reopen,launch,table]
        --docs N     articles to generate (default 10000), written once under target/bench/
        --corpus DIR annotate this folder instead of a generated corpus
        --json FILE  also write the figures as JSON
        --sample N   documents per throughput round (default 300); --rounds N rounds of each (default 5)
        --rows N     rows of the generated mentions table (default 1000000); --warm N timed runs (default 9)
        --reopens N  reopens in fresh JVMs, the median reported (default 5)
        --parts      which parts to run (default all); reopen, launch reuse the cache of an earlier load""";

  private final Map<String, Double> figures = new LinkedHashMap<>();
  private final Map<String, String> notes = new LinkedHashMap<>();

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("-h") || a.equals("--help")) {
        System.out.println(USAGE);
        return;
      }
      if (!a.startsWith("--") || i + 1 >= args.length) {
        System.err.println("bench: unexpected argument " + a + "\n" + USAGE);
        System.exit(2);
      }
      opts.put(a.substring(2), args[++i]);
    }
    new BenchMain().run(opts);
  }

  private void run(Map<String, String> opts) throws Exception {
    long start = System.nanoTime();
    Path root = Path.of("").toAbsolutePath();
    Path work = root.resolve("target/bench");
    int docs = Integer.parseInt(opts.getOrDefault("docs", "10000"));
    int sample = Integer.parseInt(opts.getOrDefault("sample", "300"));
    int rounds = Integer.parseInt(opts.getOrDefault("rounds", "5"));
    int rows = Integer.parseInt(opts.getOrDefault("rows", "1000000"));
    int warm = Integer.parseInt(opts.getOrDefault("warm", "9"));
    Set<String> parts = Set.of(opts.getOrDefault("parts", "load,reopen,launch,table").split(","));
    Path corpus;
    if (opts.containsKey("corpus")) {
      corpus = Path.of(opts.get("corpus")).toAbsolutePath().normalize();
      if (!Files.isDirectory(corpus)) throw new IOException("no folder " + corpus);
    } else {
      long g0 = System.nanoTime();
      corpus = CorpusGenerator.ensure(work, root.resolve("seeds"), docs, 42);
      Probe.say("corpus: %s (%.1f s to make or find)", root.relativize(corpus), Probe.ms(System.nanoTime() - g0) / 1000);
    }
    Path cache = work.resolve("cache-" + corpus.getFileName());
    String cp = System.getProperty("java.class.path");
    String cores = String.valueOf(Runtime.getRuntime().availableProcessors());
    notes.put("machine", cores + " cores, " + String.format(Locale.ROOT, "%.0f GB RAM", totalMemoryGb()) + ", "
        + System.getProperty("os.name") + ", Java " + System.getProperty("java.version"));

    if (parts.contains("load")) {
      section("annotation, first load, peak memory (child JVM, " + String.join(" ", Probe.shellFlags()) + ")");
      child(cp, LoadProbe.class, corpus.toString(), cache.toString(), String.valueOf(sample), String.valueOf(rounds),
          root.resolve("seeds").toString());
    }
    if (parts.contains("reopen")) {
      section("reopen in a fresh JVM, and the commands on the annotated corpus (child JVM)");
      // a fresh JVM's reopen varies with what the machine did just before (memory handed back to the host must be
      // faulted in again); the figure is the median of several, the commands are timed in the first
      int reopens = Integer.parseInt(opts.getOrDefault("reopens", "5"));
      double[] times = new double[reopens];
      for (int i = 0; i < reopens; i++) {
        child(cp, ReopenProbe.class, corpus.toString(), cache.toString(), String.valueOf(i == 0 ? warm : 0));
        times[i] = figures.get("reopen_ms");
      }
      java.util.Arrays.sort(times);
      figures.put("reopen_ms", Probe.median(times));
      figures.put("reopen_ms_min", times[0]);
      figures.put("reopen_ms_max", times[reopens - 1]);
      Probe.say("reopen in a fresh JVM, %d runs: median %.0f ms, %.0f–%.0f ms", reopens, Probe.median(times),
          times[0], times[reopens - 1]);
    }
    if (parts.contains("launch")) {
      section("launch to prompt and the launcher path (java -jar target/mentions.jar)");
      LaunchProbe launch = new LaunchProbe(root, cache, work.resolve("config"));
      if (LaunchProbe.hasScript()) {
        figures.put("prompt_ms", launch.launcherPromptMs(5));
        figures.put("prompt_jar_ms", launch.promptMs(5));
        figures.put("prompt_corpus_ms", launch.promptMs(3, corpus + "/"));
        Probe.say("prompt: %.0f ms with scripts/mentions (seeds loading behind it); with java -jar and no archive"
            + " %.0f ms (seeds), %.0f ms (the corpus loading behind it)", figures.get("prompt_ms"),
            figures.get("prompt_jar_ms"), figures.get("prompt_corpus_ms"));
      } else {
        Probe.say("no 'script' command: launch to prompt not measured");
      }
      figures.put("reopen_launcher_ms", launch.scriptMs(3, corpus));
    }
    if (parts.contains("table")) {
      section("count and pivot on a generated " + String.format("%,d", rows) + "-row mentions table (this JVM)");
      Map<String, Map<String, Double>> medians = Bench.run(rows, 50_000, 10_000, warm);
      List<String> runners = new ArrayList<>(medians.keySet());
      Map<String, Double> ours = medians.get(runners.get(0));
      Map<String, Double> duck = medians.get(runners.get(1));
      figures.put("count_ms_1m", ours.get("count by entity"));
      figures.put("pivot_ms_1m", ours.get("pivot entity x type"));
      figures.put("duckdb_count_ms_1m", duck.get("count by entity"));
      figures.put("duckdb_pivot_ms_1m", duck.get("pivot entity x type"));
      notes.put("duckdb", runners.get(1));
    }
    figures.put("bench_s", Probe.ms(System.nanoTime() - start) / 1000);
    String table = Report.table(figures, notes);
    System.out.println();
    System.out.println(table);
    if (opts.containsKey("json")) {
      Path json = Path.of(opts.get("json"));
      Files.writeString(json, Report.json(figures, notes), StandardCharsets.UTF_8);
      System.out.println("figures written to " + json);
    }
  }

  private static void section(String title) {
    System.out.println();
    System.out.println("== " + title);
  }

  /** Runs a probe in its own JVM, collecting its figures and passing its other output through. */
  private void child(String cp, Class<?> main, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("java"));
    cmd.addAll(Probe.shellFlags());
    cmd.addAll(List.of("-Djava.awt.headless=true", "-cp", cp, main.getName()));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.startsWith(Probe.FIGURE)) {
          String[] kv = line.substring(Probe.FIGURE.length()).split(" ");
          figures.put(kv[0], Double.parseDouble(kv[1]));
        } else {
          System.out.println("  " + line);
        }
      }
    }
    int code = p.waitFor();
    if (code != 0) throw new IllegalStateException(main.getSimpleName() + " failed (exit " + code + ")");
  }

  private static double totalMemoryGb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemTotal:")) return Long.parseLong(line.replaceAll("\\D", "")) / 1048576.0;
      }
    } catch (IOException | RuntimeException e) {
      // not Linux
    }
    return 0;
  }
}
