package org.mentions.command.entities;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mentions.command.Category;
import org.mentions.command.Command;
import org.mentions.command.CommandError;
import org.mentions.command.Results;
import org.mentions.command.Workspace;
import org.mentions.corpus.Document;
import org.mentions.lang.ArgKind;
import org.mentions.lang.Invocation;
import org.mentions.lang.LexToken;
import org.mentions.lang.Syntax;
import org.mentions.lang.TokenKind;
import org.mentions.nlp.OpenNlpRecognizer;
import org.mentions.nlp.RecognizerCatalog;
import org.mentions.result.MessageResult;
import org.mentions.result.Result;
import org.mentions.table.IndexReport;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Lists the recognisers in use, highest priority first, and plugs in an OpenNLP name finder model. Adding one
 * re-reads the loaded documents' annotations: only the new model runs, over the cached sentences.
 */
public final class ModelsCommand implements Command {
  @Override
  public String name() {
    return "models";
  }

  @Override
  public Category category() {
    return Category.ENTITIES;
  }

  @Override
  public String summary() {
    return "list the entity recognisers in use, or add an OpenNLP name finder model";
  }

  @Override
  public String usage() {
    return "models [add opennlp FILE.bin] [as NAME]";
  }

  @Override
  public String details() {
    return """
        Lists name, artifact, version, licence, the types each recogniser outputs and its role, highest priority
        first: where two recognisers' spans overlap, the one listed first wins. models add opennlp FILE.bin plugs
        in an OpenNLP TokenNameFinderModel (such as the classic en-ner-person.bin); its spans rank below the
        default recogniser's. The model is part of the cache key: the loaded documents are re-read with it at
        once (only the model runs, over cached sentences), and so is every later load. It lasts for the session.""";
  }

  @Override
  public List<String> examples() {
    return List.of("models", "models add opennlp en-ner-person.bin");
  }

  @Override
  public Syntax syntax() {
    return Results.named(Syntax.of(ArgKind.PATH).selectors("add"));
  }

  @Override
  public Result execute(Invocation inv, Workspace ws) {
    List<LexToken> args = new ArrayList<>();
    for (LexToken t : inv.positional()) if (!t.is(TokenKind.COMMA)) args.add(t);
    if (args.isEmpty()) return Results.table(inv, ws, list(ws.recognizers()));
    LexToken verb = args.get(0);
    if (!verb.text().equalsIgnoreCase("add")) {
      throw new CommandError("models takes add, not '" + verb.text() + "'", verb.span());
    }
    if (args.size() != 3 || !args.get(1).text().toLowerCase(Locale.ROOT).equals("opennlp")) {
      throw new CommandError("usage: models add opennlp FILE.bin", verb.span());
    }
    return add(ws, args.get(2));
  }

  private static Result add(Workspace ws, LexToken fileToken) {
    Path file = ws.resolve(fileToken.text());
    if (!Files.isRegularFile(file)) throw new CommandError("no file " + file, fileToken.span());
    OpenNlpRecognizer recognizer;
    try {
      recognizer = OpenNlpRecognizer.load(file);
    } catch (IOException e) {
      throw new CommandError(e.getMessage(), fileToken.span());
    }
    ws.recognizers().add(recognizer);
    List<Document> loaded = ws.tables().documents();
    ws.tables().remove(loaded.stream().map(Document::id).toList());
    IndexReport report = ws.indexer().index(loaded, false, ws.tables(), ws.progress());
    ws.tables().relink();
    return new MessageResult("added " + recognizer.info().name() + " (" + String.join(", ", recognizer.info().types())
        + "); re-read " + report.added() + (report.added() == 1 ? " document" : " documents"));
  }

  private static Table list(RecognizerCatalog catalog) {
    IntColumn priority = IntColumn.create("priority");
    StringColumn name = StringColumn.create("name");
    StringColumn artifact = StringColumn.create("artifact");
    StringColumn version = StringColumn.create("version");
    StringColumn licence = StringColumn.create("licence");
    StringColumn types = StringColumn.create("types");
    StringColumn role = StringColumn.create("role");
    int n = 1;
    for (RecognizerCatalog.Entry e : catalog.entries()) {
      priority.append(n++);
      name.append(e.info().name());
      artifact.append(e.info().artifact());
      version.append(e.info().version());
      licence.append(e.info().licence());
      types.append(String.join(" ", e.info().types()));
      role.append(e.role());
    }
    return Table.create("models", priority, name, artifact, version, licence, types, role);
  }
}
