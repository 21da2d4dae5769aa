package org.mentions.shell;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.mentions.command.Settings;
import org.mentions.engine.Engine;
import org.mentions.lang.ScriptText;
import org.mentions.render.ResultText;
import org.mentions.render.Style;
import org.mentions.result.ErrorResult;
import org.mentions.result.Event;
import org.mentions.result.QuitResult;

/**
 * The interactive front end: a JLine prompt with completion, highlighting and history over the engine. Commands
 * run on a worker thread so Ctrl-C can cancel them; the startup corpus loads in the background so the first
 * prompt does not wait for the entity recogniser.
 */
public final class Shell {
  static final String PROMPT = "mentions> ";
  static final String CONTINUATION = "       > ";

  private final Supplier<Engine> engineFactory;
  private final CompletableFuture<Engine> starting = new CompletableFuture<>();
  private final Terminal terminal;
  private final boolean colorWanted;
  private final Path configDir;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "mentions-command");
    t.setDaemon(true);
    return t;
  });
  private Future<?> background;
  private String backgroundInput;

  /**
   * A shell on the system terminal whose engine is built only once the prompt is up: building it loads Tablesaw
   * and the command table (a second or more on a busy machine), which the user spends reading the prompt. The
   * first command, or Tab, waits for it.
   */
  public Shell(Supplier<Engine> engineFactory, boolean colorWanted) throws IOException {
    this(engineFactory, TerminalBuilder.builder().system(true).build(), colorWanted, ConfigDir.get());
  }

  public Shell(Engine engine, Terminal terminal, boolean colorWanted, Path configDir) {
    this(() -> engine, terminal, colorWanted, configDir);
  }

  public Shell(Supplier<Engine> engineFactory, Terminal terminal, boolean colorWanted, Path configDir) {
    this.engineFactory = engineFactory;
    this.terminal = terminal;
    this.colorWanted = colorWanted;
    this.configDir = configDir;
  }

  public int run(List<String> startupPaths) {
    PrintWriter out = terminal.writer();
    out.println("mentions " + org.mentions.result.Version.NUMBER + " — type help, press Tab to complete, Ctrl-D to leave");
    out.flush();
    LineReader reader = reader();
    StartupFile startup = new StartupFile(configDir);
    Settings.Listener persist = (name, value) -> saveSetting(startup, name, value, out);
    ShellFrontEnd frontEnd = new ShellFrontEnd(terminal, reader, this::text);
    // on the worker, first of all: every command, the startup file's too, then finds the engine built and the
    // shell attached
    worker.submit(() -> {
      try {
        starting.complete(engineFactory.get());
      } catch (RuntimeException | Error e) {
        starting.completeExceptionally(e);
        throw e;
      }
      engine().workspace().setFrontEnd(frontEnd);
      engine().workspace().settings().addListener(persist);
    });
    startBackground(reader, startup, startupPaths);
    try {
      while (true) {
        String line;
        try {
          // JLine's fresh-line trick prints a coloured ~; without colour there must be no colour codes at all
          reader.option(LineReader.Option.AUTO_FRESH_LINE, style().enabled());
          line = reader.readLine(PROMPT);
        } catch (UserInterruptException e) {
          continue;
        } catch (EndOfFileException e) {
          break;
        }
        if (line.isBlank()) continue;
        awaitBackground(reader);
        if (runForeground(line, out)) break;
      }
    } finally {
      if (starting.isDone() && !starting.isCompletedExceptionally()) {
        engine().workspace().settings().removeListener(persist);
        engine().workspace().setFrontEnd(null);
      }
      save(reader);
      worker.shutdownNow();
    }
    return 0;
  }

  private void saveSetting(StartupFile startup, String name, String value, PrintWriter out) {
    try {
      startup.saveSetting(name, value);
    } catch (IOException e) {
      out.println(style().warning("could not save the setting in " + startup.path() + ": " + e.getMessage()));
    }
  }

  LineReader reader() {
    try {
      Files.createDirectories(configDir);
    } catch (IOException e) {
      // no history file then; the shell still works
    }
    LineReader reader = LineReaderBuilder.builder()
        .terminal(terminal)
        .appName("mentions")
        .parser(new ShellParser(() -> engine().commands()))
        .completer(new LazyCompleter())
        .highlighter(new LazyHighlighter())
        .variable(LineReader.HISTORY_FILE, configDir.resolve("history"))
        .variable(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION)
        .variable(LineReader.LIST_MAX, 200)
        .option(LineReader.Option.HISTORY_IGNORE_DUPS, true)
        .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
        .build();
    return reader;
  }

  /** The engine, waiting for it if it is still being built. */
  private Engine engine() {
    return starting.join();
  }

  private Style style() {
    String setting = starting.isDone() ? engine().workspace().settings().get("color") : "auto";
    boolean on = setting.equals("on") || (setting.equals("auto") && colorWanted
        && !Terminal.TYPE_DUMB.equals(terminal.getType()));
    return on ? Style.ANSI : Style.PLAIN;
  }

  ResultText text() {
    int width = terminal.getWidth() > 0 ? terminal.getWidth() : 100;
    return new ResultText(engine().workspace().settings(), width, style());
  }

  /** Runs a line on the worker thread; Ctrl-C interrupts it. Returns true when the user asked to quit. */
  private boolean runForeground(String line, PrintWriter out) {
    ProgressLine progress = new ProgressLine(out);
    engine().workspace().setProgress(progress);
    Future<List<Event>> running = worker.submit(() -> engine().execute(line));
    Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, s -> running.cancel(true));
    List<Event> events;
    try {
      events = running.get();
    } catch (java.util.concurrent.CancellationException e) {
      progress.clear();
      out.println(style().warning("cancelled"));
      return false;
    } catch (InterruptedException | ExecutionException e) {
      progress.clear();
      out.println(style().error("error: " + e.getMessage()));
      return false;
    } finally {
      terminal.handle(Terminal.Signal.INT, previous);
      engine().workspace().setProgress(null);
    }
    progress.clear();
    return show(events, out);
  }

  private boolean show(List<Event> events, PrintWriter out) {
    ResultText text = text();
    boolean quit = false;
    for (Event e : events) {
      if (e.result() instanceof QuitResult) quit = true;
      out.print(text.render(e.result()));
    }
    out.flush();
    return quit;
  }

  /**
   * Runs the startup file, then loads the startup corpus, on the worker thread while the user can already type.
   * Errors in the startup file are reported with its line number and do not stop the rest.
   */
  private void startBackground(LineReader reader, StartupFile startup, List<String> startupPaths) {
    List<ScriptText.Command> commands;
    try {
      commands = startup.commands();
    } catch (IOException e) {
      terminal.writer().println(style().warning("could not read " + startup.path() + ": " + e.getMessage()));
      commands = List.of();
    }
    List<ScriptText.Command> fromFile = commands;
    String load = startupPaths.isEmpty() ? null : "load " + String.join(" ", startupPaths);
    backgroundInput = load != null ? load : commands.isEmpty() ? null : StartupFile.NAME;
    background = worker.submit(() -> {
      StringBuilder sb = new StringBuilder();
      for (ScriptText.Command c : fromFile) {
        for (Event e : engine().execute(c.text())) {
          if (e.result() instanceof ErrorResult error) {
            sb.append(style().error(startup.path() + ":" + c.line() + ": " + error.message())).append('\n');
          } else if (!(e.result() instanceof QuitResult) && !isSetting(e.input())) {
            // settings restored at start go without saying; other startup commands show what they did
            sb.append(text().render(e.result()));
          }
        }
      }
      if (load != null && !Thread.currentThread().isInterrupted()) {
        for (Event e : engine().execute(load)) sb.append(text().render(e.result()));
      }
      if (sb.length() > 0) reader.printAbove(sb.toString().stripTrailing());
      return null;
    });
  }

  private boolean isSetting(String input) {
    String word = input.strip().split("\\s+", 2)[0];
    return engine().commands().resolve(word).map("set"::equals).orElse(false);
  }

  /** A command typed during the startup load waits for it; Ctrl-C stops the load and keeps what finished. */
  private void awaitBackground(LineReader reader) {
    if (background == null || background.isDone()) return;
    PrintWriter out = terminal.writer();
    if (backgroundInput != null) {
      out.println(style().dim("waiting for '" + backgroundInput + "' to finish (Ctrl-C stops it)…"));
      out.flush();
    }
    ProgressLine progress = new ProgressLine(out);
    engine().workspace().setProgress(progress);
    Future<?> pending = background;
    Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, s -> pending.cancel(true));
    try {
      pending.get();
    } catch (java.util.concurrent.CancellationException e) {
      try {
        // let the load record what finished before the next command reads the tables
        worker.submit(() -> null).get(10, TimeUnit.SECONDS);
      } catch (InterruptedException | ExecutionException | TimeoutException ignored) {
        // proceed; the load thread was interrupted
      }
    } catch (InterruptedException | ExecutionException e) {
      // the load reports its own failures
    } finally {
      terminal.handle(Terminal.Signal.INT, previous);
      engine().workspace().setProgress(null);
      progress.clear();
    }
  }

  /** Completes once the engine is there (the first Tab may wait for it a moment). */
  private final class LazyCompleter implements org.jline.reader.Completer {
    private ShellCompleter completer;

    @Override
    public void complete(LineReader reader, org.jline.reader.ParsedLine line, List<org.jline.reader.Candidate> out) {
      if (completer == null) completer = new ShellCompleter(engine().commands(), engine().workspace());
      completer.complete(reader, line, out);
    }
  }

  /** Highlights once the engine is there; until then (the first second or so) the line stays plain. */
  private final class LazyHighlighter implements org.jline.reader.Highlighter {
    private ShellHighlighter highlighter;

    @Override
    public org.jline.utils.AttributedString highlight(LineReader reader, String buffer) {
      if (highlighter == null) {
        if (!starting.isDone() || starting.isCompletedExceptionally()) {
          return new org.jline.utils.AttributedString(buffer);
        }
        highlighter = new ShellHighlighter(engine().commands(), engine().workspace(), () -> style().enabled());
      }
      return highlighter.highlight(reader, buffer);
    }

    @Override
    public void setErrorPattern(java.util.regex.Pattern errorPattern) {}

    @Override
    public void setErrorIndex(int errorIndex) {}
  }

  private static void save(LineReader reader) {
    try {
      reader.getHistory().save();
    } catch (IOException e) {
      // history is a convenience; losing it must not stop the exit
    }
  }
}
