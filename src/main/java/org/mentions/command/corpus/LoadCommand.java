package org.mentions.command.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mentions.command.Category;
import org.mentions.command.Command;
import org.mentions.command.CommandError;
import org.mentions.command.Workspace;
import org.mentions.corpus.CorpusSource;
import org.mentions.corpus.Document;
import org.mentions.corpus.LoadBatch;
import org.mentions.corpus.LoadProblem;
import org.mentions.corpus.ReadOptions;
import org.mentions.lang.ArgKind;
import org.mentions.lang.Invocation;
import org.mentions.lang.LexToken;
import org.mentions.lang.Syntax;
import org.mentions.result.ErrorResult;
import org.mentions.result.MessageResult;
import org.mentions.result.Result;
import org.mentions.table.IndexReport;

/**
 * Reads files, folders or globs into the corpus and annotates what is new. Bad files are reported one line each
 * while the others load; a document already loaded with the same text is not added twice.
 */
public final class LoadCommand implements Command {
  // made on first load, not at startup: its JSON and CSV readers take a while to initialise
  private CorpusSource source;

  @Override
  public String name() {
    return "load";
  }

  @Override
  public Category category() {
    return Category.CORPUS;
  }

  @Override
  public String summary() {
    return "read articles (.txt .md .jsonl .csv; files, folders, globs) and annotate them";
  }

  @Override
  public String usage() {
    return "load PATH... [--fresh] [--text COLUMN]";
  }

  @Override
  public String details() {
    return """
        Folders are read recursively; a metadata.csv or metadata.jsonl in a folder adds metadata (title, source,
        date, …) to the files it names. In .jsonl and .csv files each record is an article: its text comes from
        --text COLUMN, or the first of text, body, content; other columns become document metadata.
        Annotation is cached per document text, and files whose size and time are unchanged since the last load
        are not read again: loading the same files again is fast. --fresh reads and re-annotates everything.
        Ctrl-C stops a long load and keeps the documents that finished.""";
  }

  @Override
  public List<String> examples() {
    return List.of("load seeds/", "load seeds/*.txt", "load seeds/ --fresh");
  }

  @Override
  public Syntax syntax() {
    return Syntax.of(ArgKind.PATH)
        .option("fresh", ArgKind.NONE, "read and annotate again even when the cache has the documents")
        .option("text", ArgKind.TEXT, "the column that holds the article text in .jsonl/.csv files");
  }

  @Override
  public Result execute(Invocation inv, Workspace ws) {
    List<String> paths = new ArrayList<>();
    for (LexToken t : inv.positional()) {
      if (!t.is(org.mentions.lang.TokenKind.COMMA)) paths.add(t.text());
    }
    if (paths.isEmpty()) {
      throw new CommandError("load needs a file, folder or glob, e.g. load seeds/", inv.commandSpan());
    }
    ws.prepareTablesInBackground();
    boolean fresh = inv.hasOption("fresh");
    String textColumn = inv.value("text").orElse(null);
    if (source == null) source = new CorpusSource().withReadCache(ws.readCacheDir());
    LoadBatch batch = source.read(ws.baseDir(), paths, new ReadOptions(textColumn, fresh));
    List<Document> todo = new ArrayList<>();
    int unchanged = 0;
    for (Document doc : batch.documents()) {
      Document known = ws.tables().document(doc.id());
      if (known != null && known.contentHash().equals(doc.contentHash()) && !fresh) {
        unchanged++;
        if (!known.metadata().equals(doc.metadata())) ws.tables().updateDocument(doc);
        continue;
      }
      todo.add(doc);
    }
    if (batch.cancelled()) {
      return new ErrorResult("load cancelled while reading files; nothing new was added");
    }
    java.util.Map<String, String> aliasesBefore = ws.tables().aliases().entries();
    List<LoadProblem> aliasProblems = CorpusAliases.read(ws, paths);
    ws.tables().remove(todo.stream().map(Document::id).toList());
    IndexReport report = ws.indexer().index(todo, fresh, ws.tables(), ws.progress());
    // new rows already follow today's aliases; older rows need relinking only when this load brought new ones
    if (!aliasesBefore.equals(ws.tables().aliases().entries())) ws.tables().relink();
    List<LoadProblem> problems = new ArrayList<>(batch.problems());
    problems.addAll(aliasProblems);
    problems.addAll(report.problems());
    String summary = summary(paths, report, unchanged);
    if (report.added() == 0 && unchanged == 0 && !problems.isEmpty()) {
      List<String> lines = problems.stream().map(LoadProblem::toString).toList();
      return new ErrorResult("nothing loaded: " + String.join("; ", lines));
    }
    StringBuilder text = new StringBuilder();
    for (LoadProblem p : problems) text.append("warning: ").append(p).append('\n');
    text.append(summary);
    return new MessageResult(text.toString());
  }

  private String summary(List<String> paths, IndexReport r, int unchanged) {
    StringBuilder sb = new StringBuilder();
    sb.append(r.cancelled() ? "load cancelled: kept " : "loaded ").append(r.added())
        .append(r.added() == 1 ? " document" : " documents").append(" from ").append(String.join(" ", paths));
    List<String> parts = new ArrayList<>();
    if (r.annotated() > 0) {
      parts.add(String.format(Locale.ROOT, "%d annotated at %,.0f tokens/s", r.annotated(), r.tokensPerSecond()));
      long waited = r.elapsed().minus(r.annotating()).toMillis();
      if (waited >= 1000) {
        parts.add(String.format(Locale.ROOT, "%.0f s loading models", waited / 1000.0));
      }
    }
    if (r.fromCache() > 0) parts.add(r.fromCache() + " from cache");
    if (r.rebuilt() > 0) parts.add(r.rebuilt() + " stale or corrupt cache entries rebuilt");
    if (unchanged > 0) parts.add(unchanged + " already loaded");
    if (r.cancelled() && r.skipped() > 0) parts.add(r.skipped() + " not annotated");
    if (!parts.isEmpty()) sb.append(" (").append(String.join(", ", parts)).append(')');
    sb.append(String.format(Locale.ROOT, " in %.1f s", r.elapsed().toMillis() / 1000.0));
    return sb.toString();
  }
}
