package org.mentions.command;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.mentions.lang.LexToken;
import org.mentions.lang.Suggest;
import org.mentions.table.CorpusTables;
import org.mentions.table.IndexProgress;
import org.mentions.table.Indexer;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * The state commands work on: the corpus and its base tables, named results (with {@code _} the last one),
 * settings, the session log, and the services a load needs. One per session; the engine owns it.
 */
public final class Workspace {
  public static final String LAST = "_";

  // made on first use: the first Tablesaw table scans the classpath for readers and writers (over a second on a
  // busy laptop), which must not stand between launching the shell and its prompt
  private volatile CorpusTables tables;
  private final AtomicBoolean preparing = new AtomicBoolean();
  private final Map<String, Table> results = new LinkedHashMap<>();
  private final Settings settings = new Settings();
  private final SessionLog log = new SessionLog();
  private final Path baseDir;
  private final Indexer indexer;
  private volatile Path readCacheDir;
  private volatile IndexProgress progress = IndexProgress.NONE;
  private volatile CommandRunner runner = CommandRunner.NONE;
  private volatile FrontEnd frontEnd = FrontEnd.NONE;
  private Table last;
  private Path corpusHome;
  private org.mentions.nlp.RecognizerCatalog recognizers = org.mentions.nlp.RecognizerCatalog.empty();
  private List<org.mentions.nlp.AliasSuggester.Suggestion> suggestions = List.of();

  public Workspace(Path baseDir, Indexer indexer) {
    this.baseDir = baseDir;
    this.indexer = indexer;
  }

  public CorpusTables tables() {
    CorpusTables t = tables;
    if (t == null) {
      synchronized (this) {
        if (tables == null) tables = new CorpusTables();
        t = tables;
      }
    }
    return t;
  }

  /**
   * Makes the tables on a background thread, if they are not made yet, so the class-path scan of the first Tablesaw
   * table overlaps with the first load's finding and checking of files instead of coming after it.
   */
  public void prepareTablesInBackground() {
    if (tables != null || !preparing.compareAndSet(false, true)) return;
    Thread t = new Thread(this::tables, "mentions-prepare-tables");
    t.setDaemon(true);
    t.start();
  }

  public Settings settings() {
    return settings;
  }

  /** Every command of the session with its output, for notebooks. */
  public SessionLog log() {
    return log;
  }

  public Path baseDir() {
    return baseDir;
  }

  public Path resolve(String path) {
    return baseDir.resolve(path).normalize();
  }

  /**
   * The folder the corpus was first loaded from, where its {@code aliases.tsv} is saved; null before a load.
   */
  public synchronized Path corpusHome() {
    return corpusHome;
  }

  public synchronized void setCorpusHome(Path folder) {
    this.corpusHome = folder;
  }

  /** The aliases {@code alias suggest} last proposed, numbered from 1 for {@code alias accept}. */
  public synchronized List<org.mentions.nlp.AliasSuggester.Suggestion> suggestions() {
    return suggestions;
  }

  public synchronized void setSuggestions(List<org.mentions.nlp.AliasSuggester.Suggestion> list) {
    this.suggestions = List.copyOf(list);
  }

  /** The recognisers in use, for {@code models}. */
  public synchronized org.mentions.nlp.RecognizerCatalog recognizers() {
    return recognizers;
  }

  public synchronized void setRecognizers(org.mentions.nlp.RecognizerCatalog catalog) {
    this.recognizers = catalog;
  }

  public Indexer indexer() {
    return indexer;
  }

  /** Where {@code load} remembers what it read, to skip reading unchanged files again; null for nowhere. */
  public Path readCacheDir() {
    return readCacheDir;
  }

  public void setReadCacheDir(Path dir) {
    this.readCacheDir = dir;
  }

  public IndexProgress progress() {
    return progress;
  }

  public void setProgress(IndexProgress progress) {
    this.progress = progress == null ? IndexProgress.NONE : progress;
  }

  /** The dispatcher, for commands that run other commands; the engine sets it. */
  public CommandRunner runner() {
    return runner;
  }

  public void setRunner(CommandRunner runner) {
    this.runner = runner == null ? CommandRunner.NONE : runner;
  }

  /** Whoever reads the user's input; the shell and the script runner set it. */
  public FrontEnd frontEnd() {
    return frontEnd;
  }

  public void setFrontEnd(FrontEnd frontEnd) {
    this.frontEnd = frontEnd == null ? FrontEnd.NONE : frontEnd;
  }

  /** Base tables first, then named results in the order they were made. */
  public Map<String, Table> allTables() {
    Map<String, Table> all = new LinkedHashMap<>(tables().all());
    all.putAll(results);
    return all;
  }

  public Map<String, Table> results() {
    return results;
  }

  public List<String> tableNames() {
    List<String> names = new ArrayList<>(CorpusTables.NAMES);
    names.addAll(results.keySet());
    if (last != null) names.add(LAST);
    return names;
  }

  public Optional<Table> find(String name) {
    if (name.equals(LAST)) return Optional.ofNullable(last);
    Table base = tables().get(name);
    if (base != null) return Optional.of(base);
    return Optional.ofNullable(results.get(name));
  }

  /** The table a token names, or an error that lists the names there are and suggests the nearest. */
  public Table table(LexToken ref) {
    String name = ref.text();
    Optional<Table> t = find(name);
    if (t.isPresent()) return t.get();
    if (name.equals(LAST)) throw new CommandError("no result yet: _ is the last result", ref.span());
    String near = Suggest.nearest(name, tableNames()).map(n -> "did you mean '" + n + "'? ").orElse("");
    throw new CommandError("no table '" + name + "'; " + near + "tables: " + String.join(", ", tableNames()),
        ref.span());
  }

  /** Stores a result as the last one and, when named, under its name. Base table names are protected. */
  public void remember(String name, Table table) {
    last = table;
    if (name != null && !name.equals(LAST)) {
      if (CorpusTables.NAMES.contains(name)) {
        throw new CommandError("'" + name + "' is a base table; choose another name for the result");
      }
      // a named result must not change when a base table does (load, clear), so it keeps its own copy
      boolean isBase = tables().all().values().stream().anyMatch(base -> base == table);
      results.put(name, isBase ? table.copy() : table);
    }
  }

  public boolean drop(String name) {
    return results.remove(name) != null;
  }

  public Table last() {
    return last;
  }

  /** The column a token names in {@code table}, or an error listing the table's columns with the nearest one. */
  public static Column<?> column(Table table, LexToken ref) {
    String name = ref.text();
    for (Column<?> c : table.columns()) {
      if (c.name().equalsIgnoreCase(name)) return c;
    }
    List<String> names = table.columnNames();
    String near = Suggest.nearest(name, names).map(n -> "did you mean '" + n + "'? ").orElse("");
    throw new CommandError("no column '" + name + "' in " + table.name() + "; " + near + "columns: "
        + String.join(", ", names), ref.span());
  }
}
