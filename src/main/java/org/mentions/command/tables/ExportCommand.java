package org.mentions.command.tables;

import java.nio.file.Path;
import java.util.List;
import org.mentions.command.Category;
import org.mentions.command.Command;
import org.mentions.command.CommandError;
import org.mentions.command.Workspace;
import org.mentions.lang.ArgKind;
import org.mentions.lang.Invocation;
import org.mentions.lang.LexToken;
import org.mentions.lang.Syntax;
import org.mentions.result.FileResult;
import org.mentions.result.Result;
import org.mentions.result.TableResult;
import tech.tablesaw.api.Table;

/** Writes a table to a file; the format follows the extension and the engine writes it atomically. */
public final class ExportCommand implements Command {
  public static final List<String> FORMATS = List.of("csv", "tsv", "json", "md", "html");

  @Override
  public String name() {
    return "export";
  }

  @Override
  public Category category() {
    return Category.TABLES;
  }

  @Override
  public String summary() {
    return "write a table to .csv, .tsv, .json, .md or .html";
  }

  @Override
  public String usage() {
    return "export TABLE FILE";
  }

  @Override
  public String details() {
    return "The file is written to a temporary file beside it and moved into place, so a failed export never "
        + "leaves half a file.";
  }

  @Override
  public List<String> examples() {
    return List.of("export mentions mentions.csv", "export docs docs.json", "export _ last.md");
  }

  @Override
  public Syntax syntax() {
    return Syntax.of(ArgKind.TABLE, ArgKind.PATH);
  }

  @Override
  public Result execute(Invocation inv, Workspace ws) {
    List<LexToken> args = inv.positional();
    if (args.size() != 2) {
      throw new CommandError("export needs a table and a file, e.g. export mentions out.csv", inv.commandSpan());
    }
    Table table = ws.table(args.get(0));
    LexToken file = args.get(1);
    String ext = extension(file.text());
    if (!FORMATS.contains(ext)) {
      throw new CommandError("cannot export to '" + file.text() + "': use a file ending in ."
          + String.join(", .", FORMATS), file.span());
    }
    Path path = ws.resolve(file.text());
    return new FileResult(new TableResult(table), path);
  }

  public static String extension(String file) {
    int dot = file.lastIndexOf('.');
    int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
    return dot > slash && dot >= 0 ? file.substring(dot + 1).toLowerCase(java.util.Locale.ROOT) : "";
  }
}
