package org.mentions.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mentions.engine.Backend;
import org.mentions.engine.Engine;
import org.mentions.engine.EngineConfig;
import org.mentions.nlp.Annotation;
import org.mentions.result.ErrorResult;
import org.mentions.result.Event;
import org.mentions.result.TableResult;
import tech.tablesaw.api.Table;

/**
 * Warm latency of the analysis commands on a generated mentions table. Each {@link Runner} answers the same
 * questions its own way (this engine through its command language, DuckDB with SQL), in the same process on the
 * same rows, so adding one is adding a class to {@link #runners}. Prints the median of the warm runs per question.
 */
public final class Bench {
  /** One question, written in this engine's language; other runners translate it. */
  public record Question(String label, String command) {}

  /** Something that can answer the questions over the generated table. */
  public interface Runner {
    String name();

    /** Short name for the summary table and JSON keys. */
    String key();

    void load(Table mentions) throws Exception;

    /** Runs the question once, returning the number of result rows (so nothing is optimised away). */
    int run(Question q) throws Exception;
  }

  /** A question with the SQL another engine answers it with. */
  static final List<Question> QUESTIONS = List.of(
      new Question("count by entity", "count big by entity"),
      new Question("count by entity, doc", "count big by entity, doc"),
      new Question("pivot entity x type", "pivot big rows entity cols type"),
      new Question("count by entity where", "count big by entity where type = person"),
      new Question("pivot entity x type where", "pivot big rows entity cols type where type in (person, location)"),
      new Question("count by entity top 10", "count big by entity top 10"));

  static List<Runner> runners() {
    return List.of(new MentionsRunner(), new DuckDbRunner());
  }

  /**
   * Generates the table, loads it into every runner and prints, per runner, the first and the warm median time of
   * each question. Returns the medians by runner name, then question label.
   */
  static Map<String, Map<String, Double>> run(int rows, int entities, int docs, int warm) throws Exception {
    long t0 = System.nanoTime();
    Table mentions = MentionsGenerator.generate(rows, entities, docs, 42);
    System.out.printf("generated %,d mentions (%,d entities, %,d docs) in %d ms%n", mentions.rowCount(),
        mentions.stringColumn("entity").countUnique(), mentions.stringColumn("doc").countUnique(),
        (System.nanoTime() - t0) / 1_000_000);
    Map<String, Map<String, Double>> out = new LinkedHashMap<>();
    for (Runner runner : runners()) {
      long l0 = System.nanoTime();
      runner.load(mentions);
      System.out.printf("%n%s (loaded in %d ms)%n%-28s %10s %10s %8s%n", runner.name(),
          (System.nanoTime() - l0) / 1_000_000, "question", "first ms", "median ms", "rows");
      Map<String, Double> medians = new LinkedHashMap<>();
      // one unmeasured pass over every question first, so the first question is not the one that pays for JIT
      Map<String, Double> firsts = new LinkedHashMap<>();
      for (int pass = 0; pass < 3; pass++) {
        for (Question q : QUESTIONS) {
          long f0 = System.nanoTime();
          runner.run(q);
          firsts.putIfAbsent(q.label(), (System.nanoTime() - f0) / 1e6);
        }
      }
      for (Question q : QUESTIONS) {
        int resultRows = runner.run(q);
        double first = firsts.get(q.label());
        double median = Probe.warmMedian(3, warm, () -> runner.run(q));
        System.out.printf("%-28s %10.1f %10.1f %,8d%n", q.label(), first, median, resultRows);
        medians.put(q.label(), median);
      }
      out.put(runner.name(), medians);
      if (runner instanceof AutoCloseable c) c.close();
    }
    return out;
  }

  /** This engine, driven through its command language like a user would. */
  static final class MentionsRunner implements Runner {
    private Engine engine;

    @Override
    public String name() {
      return "mentions (Tablesaw, dictionary codes)";
    }

    @Override
    public String key() {
      return "mentions";
    }

    @Override
    public void load(Table mentions) throws Exception {
      Path dir = Files.createTempDirectory("mentions-bench");
      Backend none = new Backend("bench", () -> text -> new Annotation(List.of(), List.of()),
          (doc, a) -> new ArrayList<>(), () -> {});
      engine = new Engine(new EngineConfig(dir, dir.resolve("cache"), 1, "none"), none);
      engine.workspace().remember("big", mentions);
    }

    @Override
    public int run(Question q) {
      List<Event> events = engine.execute(q.command());
      Event e = events.get(events.size() - 1);
      if (e.result() instanceof ErrorResult err) throw new IllegalStateException(q.command() + ": " + err.message());
      return ((TableResult) e.result()).table().rowCount();
    }
  }
}
