package org.mentions.command.analysis;

import java.util.List;
import org.mentions.command.Category;
import org.mentions.command.Command;
import org.mentions.command.CommandError;
import org.mentions.command.Results;
import org.mentions.command.Workspace;
import org.mentions.lang.ArgKind;
import org.mentions.lang.Invocation;
import org.mentions.lang.LexToken;
import org.mentions.lang.Syntax;
import org.mentions.result.Result;
import org.mentions.table.Columns;
import org.mentions.table.Phrases;
import org.mentions.table.TokenIndex;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Where in each document a term or entity is mentioned: the data of a dispersion plot. */
public final class DispersionCommand implements Command {
  @Override
  public String name() {
    return "dispersion";
  }

  @Override
  public Category category() {
    return Category.ANALYSIS;
  }

  @Override
  public String summary() {
    return "where in the documents terms or entities occur";
  }

  @Override
  public String usage() {
    return "dispersion TERM[, TERM...] [as NAME]";
  }

  @Override
  public String details() {
    return """
        One row per occurrence: term, doc, sentence, position (token offset from the start of the document) and
        fraction (position / tokens in the document, 0 to 1). A term that names an entity (ignoring case) stands
        for that entity's mentions, whatever words they use; any other term is matched on tokens like kwic.""";
  }

  @Override
  public List<String> examples() {
    return List.of("dispersion Russia, Ukraine, NATO", "dispersion \"Antony Blinken\", Lavrov",
        "dispersion sanctions");
  }

  @Override
  public Syntax syntax() {
    return Results.named(Syntax.of(ArgKind.TERM));
  }

  @Override
  public Result execute(Invocation inv, Workspace ws) {
    List<List<LexToken>> items = inv.items();
    if (items.isEmpty()) throw new CommandError("dispersion needs terms, e.g. dispersion Russia, Ukraine", inv.commandSpan());
    TokenIndex index = TokenIndex.of(ws.tables().get(Columns.TOKENS));
    Table tokens = index.tokens();
    StringColumn term = StringColumn.create("term");
    StringColumn doc = StringColumn.create(Columns.DOC);
    IntColumn sentence = IntColumn.create(Columns.SENTENCE);
    IntColumn position = IntColumn.create("position");
    DoubleColumn fraction = DoubleColumn.create("fraction");
    Table mentions = Targets.mentions(ws);
    for (List<LexToken> item : items) {
      String text = Invocation.text(item);
      String entity = exactEntity(ws, text);
      if (entity != null) {
        StringColumn entities = mentions.stringColumn(Columns.ENTITY);
        for (int row = 0; row < mentions.rowCount(); row++) {
          if (!entities.get(row).equals(entity)) continue;
          String d = mentions.stringColumn(Columns.DOC).get(row);
          int s = mentions.intColumn(Columns.SENTENCE).getInt(row);
          int tokenRow = index.row(d, s, mentions.intColumn(Columns.START).getInt(row));
          if (tokenRow >= 0) add(index, text, d, s, tokenRow, term, doc, sentence, position, fraction);
        }
      } else {
        for (int row : Phrases.find(index, text)) {
          add(index, text, tokens.stringColumn(Columns.DOC).get(row), tokens.intColumn(Columns.SENTENCE).getInt(row),
              row, term, doc, sentence, position, fraction);
        }
      }
    }
    Table out = Table.create(inv.value(Results.AS).orElse("dispersion"), term, doc, sentence, position, fraction);
    return Results.table(inv, ws, out);
  }

  private static String exactEntity(Workspace ws, String text) {
    List<String> found = Targets.entities(ws, text);
    return found.size() == 1 && found.get(0).equalsIgnoreCase(text) ? found.get(0) : null;
  }

  private static void add(TokenIndex index, String text, String d, int s, int tokenRow, StringColumn term,
      StringColumn doc, IntColumn sentence, IntColumn position, DoubleColumn fraction) {
    int[] range = index.range(d);
    term.append(text);
    doc.append(d);
    sentence.append(s);
    position.append(tokenRow - range[0]);
    fraction.append((double) (tokenRow - range[0]) / (range[1] - range[0]));
  }
}
