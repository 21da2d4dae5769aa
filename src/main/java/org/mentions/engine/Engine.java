package org.mentions.engine;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.mentions.command.Command;
import org.mentions.command.CommandRegistry;
import org.mentions.command.Workspace;
import org.mentions.lang.Invocation;
import org.mentions.lang.LexToken;
import org.mentions.lang.Parser;
import org.mentions.lang.SyntaxError;
import org.mentions.render.ResultFiles;
import org.mentions.result.ChartResult;
import org.mentions.result.ErrorResult;
import org.mentions.result.Event;
import org.mentions.result.FileResult;
import org.mentions.result.MessageResult;
import org.mentions.result.Result;
import org.mentions.table.AnnotationStore;
import org.mentions.table.Indexer;

/**
 * The engine API: {@code execute(text) → events}. It parses, dispatches to commands, times them, writes file
 * results and tells listeners (a notebook recorder, say). It never prints and knows nothing of terminals, so the
 * shell, the script runner and tests all drive it the same way.
 */
public final class Engine {
  private final CommandRegistry registry;
  private final Parser parser;
  private final Workspace workspace;
  private final Backend backend;
  private final ResultFiles files = new ResultFiles();
  private final List<Consumer<Event>> listeners = new CopyOnWriteArrayList<>();

  public Engine(EngineConfig config, Backend backend) {
    this.backend = backend;
    AnnotationStore store = new AnnotationStore(config.cacheDir().resolve("annotations"));
    var recognizers = backend.recognizers();
    Indexer indexer = new Indexer(store, backend.pipelineKey(), backend.annotator(), backend.mentions(),
        config.cacheDir().resolve("snapshots"), config.threads(),
        new Indexer.Layer(recognizers::addedKey, recognizers::extend));
    this.workspace = new Workspace(config.baseDir(), indexer);
    workspace.setReadCacheDir(config.cacheDir().resolve("reads"));
    workspace.setRecognizers(recognizers);
    this.registry = Commands.standard(workspace);
    this.parser = new Parser(registry);
    addListener(workspace.log());
    workspace.setRunner(this::execute);
  }

  public CommandRegistry commands() {
    return registry;
  }

  public Parser parser() {
    return parser;
  }

  public Workspace workspace() {
    return workspace;
  }

  public Backend backend() {
    return backend;
  }

  public void addListener(Consumer<Event> listener) {
    listeners.add(listener);
  }

  public void removeListener(Consumer<Event> listener) {
    listeners.remove(listener);
  }

  /** Whether {@code input} is a whole command, or continues (trailing \, open quote or parenthesis). */
  public boolean isComplete(String input) {
    return Parser.isComplete(input);
  }

  /**
   * Runs every command in the input (commands split at ';'), stopping at the first error. An interrupt of the
   * calling thread cancels the running command; what it finished is kept.
   */
  public List<Event> execute(String input) {
    List<Event> events = new ArrayList<>();
    String joined = Parser.joinContinuations(input);
    for (List<LexToken> tokens : Parser.commands(joined)) {
      String source = joined.substring(tokens.get(0).span().start(), tokens.get(tokens.size() - 1).span().end());
      Event event = run(joined, tokens, source);
      events.add(event);
      for (Consumer<Event> l : listeners) l.accept(event);
      if (event.failed() || Thread.currentThread().isInterrupted()) break;
    }
    return events;
  }

  private Event run(String line, List<LexToken> tokens, String source) {
    long t0 = System.nanoTime();
    Result result;
    try {
      Invocation inv = parser.parseCommand(line, tokens);
      Command command = registry.command(inv.command()).orElseThrow();
      result = command.execute(inv, workspace);
      if (result instanceof FileResult f) result = written(f);
    } catch (SyntaxError e) {
      result = new ErrorResult(e.getMessage(), shift(e, tokens));
    } catch (IOException e) {
      result = new ErrorResult("could not write: " + e.getMessage());
    } catch (OutOfMemoryError e) {
      result = new ErrorResult("out of memory: the result is too large; narrow it with where or top");
    } catch (RuntimeException e) {
      result = new ErrorResult("internal error: " + e + " (please report this with the command that caused it)");
    }
    return new Event(source, result, Duration.ofNanos(System.nanoTime() - t0));
  }

  // A chart drawn to a file is still shown (in the terminal, in the notebook), with a line saying where it went.
  private Result written(FileResult f) throws IOException {
    String done = files.write(f.content(), f.path());
    if (f.content() instanceof ChartResult chart) {
      return chart.withNote(chart.note().isEmpty() ? done : chart.note() + "\n" + done);
    }
    return new MessageResult(done);
  }

  // Spans are relative to the joined line; events carry the command alone, so spans are made relative to it.
  private static org.mentions.lang.Span shift(SyntaxError e, List<LexToken> tokens) {
    int offset = tokens.get(0).span().start();
    org.mentions.lang.Span s = e.span();
    if (s.equals(org.mentions.lang.Span.NONE)) return s;
    return new org.mentions.lang.Span(Math.max(0, s.start() - offset), Math.max(0, s.end() - offset));
  }
}
