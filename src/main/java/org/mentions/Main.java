package org.mentions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.mentions.engine.Engine;
import org.mentions.engine.EngineConfig;
import org.mentions.engine.NlpBackend;
import org.mentions.notebook.NotebookFiles;
import org.mentions.script.ScriptRunner;
import org.mentions.shell.Shell;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The launcher: an interactive shell on a terminal, otherwise a script from a file or standard input. */
@Command(name = "mentions", mixinStandardHelpOptions = true, version = "mentions " + Main.VERSION,
    description = "Explore who and what a corpus of news articles mentions.")
public final class Main implements Callable<Integer> {
  public static final String VERSION = org.mentions.result.Version.NUMBER;

  @Option(names = "--script", paramLabel = "FILE", description = "run the commands in FILE, then exit")
  Path script;

  @Option(names = "--keep-going", description = "in a script, report errors and go on (exit 1 at the end)")
  boolean keepGoing;

  @Option(names = "--notebook", paramLabel = "OUT",
      description = "with --script (or piped commands): also write the session to OUT.html or OUT.md")
  Path notebook;

  @Option(names = "--no-color", description = "no colour (also when NO_COLOR is set or output is not a terminal)")
  boolean noColor;

  @Option(names = "--cache", paramLabel = "DIR", description = "annotation cache folder (default ~/.cache/mentions)")
  Path cache;

  @Option(names = "--threads", paramLabel = "N", description = "annotation threads (default: all cores)")
  Integer threads;

  @Parameters(paramLabel = "PATH", description = "files or folders to load first (interactively: seeds/ if none)")
  List<String> paths = new ArrayList<>();

  public static void main(String[] args) {
    if (args.length == 0) {
      // Nothing to parse: skip picocli, whose annotation scanning costs a few hundred ms before the prompt
      // (its classes are built for Java 5, so class data sharing cannot keep them either).
      System.exit(new Main().callWithoutArguments());
    }
    System.exit(new CommandLine(new Main()).execute(args));
  }

  private int callWithoutArguments() {
    try {
      return call();
    } catch (IOException | RuntimeException e) {
      System.err.println("mentions: " + e.getMessage());
      return 1;
    }
  }

  @Override
  public Integer call() throws IOException {
    EngineConfig config = EngineConfig.defaults();
    if (cache != null) config = config.withCacheDir(cache.toAbsolutePath());
    if (threads != null) config = config.withThreads(threads);
    EngineConfig chosen = config;
    if (script == null && System.console() != null) {
      // the shell builds the engine once its prompt is up
      List<String> startup = paths.isEmpty() ? defaultCorpus() : paths.stream().map(Main::quote).toList();
      return new Shell(() -> new Engine(chosen, NlpBackend.standard(chosen)), !noColor && System.getenv("NO_COLOR") == null).run(startup);
    }
    Engine engine = new Engine(config, NlpBackend.standard(config));
    PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
        StandardCharsets.UTF_8);
    if (notebook != null && !NotebookFiles.problem(notebook).isEmpty()) {
      System.err.println("mentions: " + NotebookFiles.problem(notebook));
      return 2;
    }
    if (script != null) {
      if (!Files.isRegularFile(script)) {
        System.err.println("mentions: no script file " + script);
        return 2;
      }
      try (BufferedReader in = Files.newBufferedReader(script, StandardCharsets.UTF_8)) {
        return runScript(engine, script.toString(), in, out);
      }
    }
    // not a terminal (input or output piped): commands from standard input, output without colour
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    return runScript(engine, "<stdin>", in, out);
  }

  private int runScript(Engine engine, String name, BufferedReader in, PrintStream out) throws IOException {
    int code = runCommands(engine, name, in, out);
    if (notebook == null) return code;
    // a failed script is still worth a notebook: it shows where and why it stopped
    try {
      System.err.println("mentions: " + NotebookFiles.save(engine, notebook));
    } catch (IOException e) {
      System.err.println("mentions: could not write the notebook: " + e.getMessage());
      return code == 0 ? 1 : code;
    }
    return code;
  }

  private int runCommands(Engine engine, String name, BufferedReader in, PrintStream out) throws IOException {
    ScriptRunner runner = new ScriptRunner(engine, out, System.err, keepGoing, outputWidth());
    if (!paths.isEmpty()) {
      String load = "load " + String.join(" ", paths.stream().map(Main::quote).toList());
      int code = runner.run("(command line)", new BufferedReader(new java.io.StringReader(load)));
      if (code != 0) return code;
    }
    return runner.run(name, in);
  }

  /** Scripts write to files and pipes: $COLUMNS if set, else wide enough for most tables. */
  private static int outputWidth() {
    try {
      return Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "160"));
    } catch (NumberFormatException e) {
      return 160;
    }
  }

  /** The seed corpus beside the launcher ({@code mentions.home}), else ./seeds if it exists. */
  private static List<String> defaultCorpus() {
    String home = System.getProperty("mentions.home");
    Path seeds = (home != null ? Path.of(home, "seeds") : Path.of("seeds")).toAbsolutePath().normalize();
    if (!Files.isDirectory(seeds)) return List.of();
    // shown in the load message and the history, so as short as the user would type it
    Path here = Path.of("").toAbsolutePath();
    String shown = seeds.startsWith(here) ? here.relativize(seeds).toString() : seeds.toString();
    return List.of(quote(shown + "/"));
  }

  static String quote(String path) {
    return path.matches("[\\w./*~-]+") ? path : '"' + path.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
