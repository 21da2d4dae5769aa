package org.mentions.bench;

import static org.mentions.bench.Probe.figure;
import static org.mentions.bench.Probe.ms;
import static org.mentions.bench.Probe.say;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import org.mentions.engine.Engine;
import org.mentions.engine.EngineConfig;
import org.mentions.engine.NlpBackend;
import org.mentions.lang.CompletionContext;
import org.mentions.result.Event;
import org.mentions.result.TableResult;
import org.mentions.shell.ShellCompleter;
import tech.tablesaw.api.Table;

/**
 * Child JVM, as a user would start one: reopens the annotated corpus from the cache in a fresh JVM (no
 * recogniser), then times the analysis commands on it through {@code Engine.execute}: first run and warm median.
 *
 * <p>Arguments: corpus folder, cache folder, warm runs (0: only the reopen).
 */
public final class ReopenProbe {
  /** One timed command; {@code key} names its figure in the JSON (null: printed only). */
  record Question(String label, String key, String command) {}

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]).toAbsolutePath();
    Path cache = Path.of(args[1]).toAbsolutePath();
    int warm = Integer.parseInt(args[2]);
    long sinceStart = ManagementFactory.getRuntimeMXBean().getUptime();
    EngineConfig config = EngineConfig.defaults().withBaseDir(corpus).withCacheDir(cache);
    Engine engine = new Engine(config, NlpBackend.standard(config));
    long t0 = System.nanoTime();
    List<Event> events = Probe.run(engine, "load " + Probe.quoted(corpus.toString()) + "/");
    double reopen = ms(System.nanoTime() - t0);
    say("reopen (fresh JVM, %d ms after JVM start): %s", sinceStart, LoadProbe.message(events));
    figure("reopen_ms", reopen);
    if (warm == 0) return;
    say("  heap used after reopen: %.0f MB", LoadProbe.heapUsedMb());

    String person = first(engine, "count mentions by entity where type = person top 3");
    String place = first(engine, "count mentions by entity where type = location top 3");
    List<Question> questions = List.of(
        new Question("count mentions by entity", "count_ms", "count mentions by entity"),
        new Question("count by entity, type", null, "count mentions by entity, type"),
        new Question("pivot entity x type", "pivot_ms", "pivot mentions rows entity cols type"),
        new Question("pivot entity x doc, top 20", null, "pivot mentions rows entity cols doc top 20"),
        new Question("kwic entity (top person)", "kwic_ms", "kwic entity \"" + person + "\""),
        new Question("kwic said limit 20", "kwic_word_ms", "kwic said limit 20"),
        new Question("kwic said (all)", null, "kwic said"),
        new Question("cooc (top person)", "cooc_ms", "cooc \"" + person + "\""),
        new Question("cooc (top place) by doc", null, "cooc \"" + place + "\" by doc"),
        new Question("cooc type person top 20", "cooc_pairs_ms", "cooc type person top 20"),
        new Question("tables", "tables_ms", "tables"),
        new Question("docs", "docs_ms", "docs"),
        new Question("show mentions limit 10", null, "show mentions limit 10"));
    say("%-30s %10s %10s %9s", "on the annotated corpus", "first ms", "median ms", "rows");
    for (Question q : questions) {
      long f0 = System.nanoTime();
      List<Event> out = Probe.run(engine, q.command());
      double first = ms(System.nanoTime() - f0);
      double median = Probe.warmMedian(2, warm, () -> Probe.run(engine, q.command()));
      Event last = out.get(out.size() - 1);
      String rows = last.result() instanceof TableResult t ? String.format("%,d", t.table().rowCount()) : "";
      say("%-30s %10.1f %10.1f %9s", q.label(), first, median, rows);
      if (q.key() != null) figure(q.key(), median);
    }
    ShellCompleter completer = new ShellCompleter(engine.commands(), engine.workspace());
    String line = "kwic entity \"" + person.substring(0, Math.min(3, person.length()));
    CompletionContext ctx = CompletionContext.at(line, line.length(), engine.commands());
    double complete = Probe.warmMedian(2, warm, () -> completer.candidates(ctx));
    say("%-30s %10s %10.1f %9d", "Tab after kwic entity \"" + line.substring(13), "", complete,
        completer.candidates(ctx).size());
    figure("complete_ms", complete);
    figure("reopen_rss_mb", Probe.peakRssMb());
  }

  private static String first(Engine engine, String command) {
    List<Event> events = Probe.run(engine, command);
    Table t = ((TableResult) events.get(events.size() - 1).result()).table();
    if (t.rowCount() == 0) throw new IllegalStateException("no rows for " + command);
    return t.getString(0, 0);
  }
}
