package org.mentions.command.session;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.mentions.command.Category;
import org.mentions.command.Command;
import org.mentions.command.CommandError;
import org.mentions.command.Workspace;
import org.mentions.command.tables.ExportCommand;
import org.mentions.lang.ArgKind;
import org.mentions.lang.Invocation;
import org.mentions.lang.LexToken;
import org.mentions.lang.Syntax;
import org.mentions.result.FileResult;
import org.mentions.result.Notebook;
import org.mentions.result.Result;
import org.mentions.result.Version;
import org.mentions.table.Columns;
import tech.tablesaw.api.Table;

/** Saves the session so far (commands, tables, charts, errors) as an HTML or Markdown notebook. */
public final class SaveCommand implements Command {
  public static final List<String> FORMATS = List.of("html", "md");

  @Override
  public String name() {
    return "save";
  }

  @Override
  public Category category() {
    return Category.PLOTS;
  }

  @Override
  public String summary() {
    return "save the session as a notebook: one offline .html file, or .md with charts as .svg beside it";
  }

  @Override
  public String usage() {
    return "save notebook FILE.html|FILE.md";
  }

  @Override
  public String details() {
    return """
        Every command since the start, with its table (the first 50 rows), chart, message or error, under a
        header naming the corpus, the date and the version. The HTML file has everything inline and opens
        offline; the Markdown file refers to its charts as FILE-chart-N.svg in the same folder.""";
  }

  @Override
  public List<String> examples() {
    return List.of("save notebook session.html", "save notebook session.md");
  }

  @Override
  public Syntax syntax() {
    return Syntax.of(ArgKind.PATH).selectors("notebook");
  }

  @Override
  public Result execute(Invocation inv, Workspace ws) {
    List<LexToken> args = inv.positional();
    if (args.size() != 2 || !args.get(0).isWord("notebook")) {
      throw new CommandError("usage: save notebook FILE.html or save notebook FILE.md",
          args.isEmpty() ? inv.commandSpan() : args.get(0).span());
    }
    LexToken file = args.get(1);
    if (!FORMATS.contains(ExportCommand.extension(file.text()))) {
      throw new CommandError("a notebook is .html or .md, not '" + file.text() + "'", file.span());
    }
    Path path = ws.resolve(file.text());
    return new FileResult(notebook(ws, title(path)), path);
  }

  /** The session so far as a notebook; front ends that save without a command (--notebook) use this too. */
  public static Notebook notebook(Workspace ws, String title) {
    Table docs = ws.tables().get(Columns.DOCS);
    List<String> names = docs.stringColumn(Columns.DOC).asList();
    String date = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT));
    return new Notebook(new Notebook.Header(title, docs.rowCount(), names, date, Version.NUMBER), ws.log().cells());
  }

  public static String title(Path path) {
    String name = path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
