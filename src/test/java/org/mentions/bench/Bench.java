package org.mentions.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 * questions its own way (this engine through its command language; later ones, e.g. DuckDB, with SQL), so
 * adding one is adding a class to {@link #runners}. Prints the median of the warm runs per question.
 *
 * <p>Arguments: rows (1,000,000), entities (50,000), docs (10,000), warm runs (15).
 */
public final class Bench {
  /** One question, written in this engine's language; other runners translate it. */
  public record Question(String label, String command) {}

  /** Something that can answer the questions over the generated table. */
  public interface Runner {
    String name();

    void load(Table mentions) throws Exception;

    /** Runs the question once, returning the number of result rows (so nothing is optimised away). */
    int run(Question q) throws Exception;
  }

  static final List<Question> QUESTIONS = List.of(
      new Question("count by entity", "count big by entity"),
      new Question("count by entity, doc", "count big by entity, doc"),
      new Question("pivot entity x type", "pivot big rows entity cols type"),
      new Question("count by entity where", "count big by entity where type = person"),
      new Question("pivot entity x type where", "pivot big rows entity cols type where type in (person, location)"),
      new Question("count by entity top 10", "count big by entity top 10"));

  static List<Runner> runners() {
    return List.of(new MentionsRunner());
  }

  public static void main(String[] args) throws Exception {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int entities = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
    int docs = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
    int warm = args.length > 3 ? Integer.parseInt(args[3]) : 15;
    long t0 = System.nanoTime();
    Table mentions = MentionsGenerator.generate(rows, entities, docs, 42);
    System.out.printf("generated %,d mentions (%,d entities, %,d docs) in %d ms%n", mentions.rowCount(),
        mentions.stringColumn("entity").countUnique(), mentions.stringColumn("doc").countUnique(),
        (System.nanoTime() - t0) / 1_000_000);
    for (Runner runner : runners()) {
      runner.load(mentions);
      System.out.printf("%n%s%n%-28s %10s %10s %8s%n", runner.name(), "question", "first ms", "median ms", "rows");
      for (Question q : QUESTIONS) {
        long f0 = System.nanoTime();
        int resultRows = runner.run(q);
        double first = (System.nanoTime() - f0) / 1e6;
        for (int i = 0; i < 3; i++) runner.run(q);
        double[] times = new double[warm];
        for (int i = 0; i < warm; i++) {
          long s = System.nanoTime();
          runner.run(q);
          times[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(times);
        System.out.printf("%-28s %10.1f %10.1f %,8d%n", q.label(), first, times[warm / 2], resultRows);
      }
    }
  }

  /** This engine, driven through its command language like a user would. */
  static final class MentionsRunner implements Runner {
    private Engine engine;

    @Override
    public String name() {
      return "mentions (Tablesaw, dictionary codes)";
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
