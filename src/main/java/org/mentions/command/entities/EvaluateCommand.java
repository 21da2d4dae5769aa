package org.mentions.command.entities;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mentions.command.Category;
import org.mentions.command.Command;
import org.mentions.command.CommandError;
import org.mentions.command.Results;
import org.mentions.command.Workspace;
import org.mentions.lang.ArgKind;
import org.mentions.lang.Invocation;
import org.mentions.lang.LexToken;
import org.mentions.lang.Syntax;
import org.mentions.nlp.eval.Counts;
import org.mentions.nlp.eval.Evaluation;
import org.mentions.nlp.eval.GoldFiles;
import org.mentions.nlp.eval.Labeled;
import org.mentions.nlp.eval.Scorer;
import org.mentions.result.Result;
import org.mentions.table.Columns;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Scores the loaded mentions against gold files: precision, recall and F1 per type, strict and lenient, and the
 * micro-average; or, with --errors, every miss and false alarm.
 */
public final class EvaluateCommand implements Command {
  @Override
  public String name() {
    return "evaluate";
  }

  @Override
  public Category category() {
    return Category.ENTITIES;
  }

  @Override
  public String summary() {
    return "score the mentions against gold files: precision, recall, F1 per type";
  }

  @Override
  public String usage() {
    return "evaluate GOLD_DIR [--errors] [as NAME]";
  }

  @Override
  public String details() {
    return """
        GOLD_DIR holds one NAME.tsv per article, one "type<TAB>text" line per mention (# starts a comment); it
        is scored against the loaded document whose id without its extension is NAME. Per document and type,
        mentions are matched one to one, order ignored: strict when the texts are equal, lenient when one
        contains the other. person, location and organization are scored; the last row is the micro-average.
        --errors lists misses and false alarms instead (strict), with the lenient partner as near.""";
  }

  @Override
  public List<String> examples() {
    return List.of("evaluate ../shared/eval/seeds-gold", "evaluate ../shared/eval/seeds-gold --errors");
  }

  @Override
  public Syntax syntax() {
    return Results.named(Syntax.of(ArgKind.PATH)
        .option("errors", ArgKind.NONE, "list the misses and false alarms instead of the scores"));
  }

  @Override
  public Result execute(Invocation inv, Workspace ws) {
    LexToken dirToken = inv.requireOne("a folder of gold .tsv files, e.g. evaluate ../shared/eval/seeds-gold");
    Path dir = ws.resolve(dirToken.text());
    if (!Files.isDirectory(dir)) throw new CommandError("no folder " + dir, dirToken.span());
    Map<String, List<Labeled>> gold;
    try {
      gold = GoldFiles.readDir(dir);
    } catch (IOException e) {
      throw new CommandError("cannot read gold files: " + e.getMessage(), dirToken.span());
    }
    if (gold.isEmpty()) throw new CommandError("no .tsv gold files in " + dir, dirToken.span());
    List<String> loaded = ws.tables().documents().stream().map(d -> d.id()).toList();
    Map<String, List<Labeled>> predicted =
        predictedFor(gold.keySet(), loaded, ws.tables().get(Columns.MENTIONS), dirToken);
    Evaluation evaluation = new Scorer().score(gold, predicted);
    Table table = inv.hasOption("errors") ? errors(evaluation) : scores(evaluation);
    return Results.table(inv, ws, table)
        .withNote(evaluation.documents() + " documents; strict micro-F1 " + String.format(java.util.Locale.ROOT,
            "%.3f", evaluation.micro().f1(false)));
  }

  /** Mentions of the loaded documents that gold files name; a gold file without its document is an error. */
  private static Map<String, List<Labeled>> predictedFor(Iterable<String> goldNames, List<String> loaded,
      Table mentions, LexToken at) {
    Map<String, String> docOfStem = new LinkedHashMap<>();
    for (String doc : loaded) docOfStem.putIfAbsent(stem(doc), doc);
    StringColumn docs = mentions.stringColumn(Columns.DOC);
    Map<String, List<Labeled>> predicted = new LinkedHashMap<>();
    List<String> unmatched = new ArrayList<>();
    for (String name : goldNames) {
      if (docOfStem.containsKey(name)) predicted.put(name, new ArrayList<>()); else unmatched.add(name);
    }
    if (!unmatched.isEmpty()) {
      throw new CommandError("no loaded document for gold file" + (unmatched.size() > 1 ? "s " : " ")
          + String.join(", ", unmatched) + ".tsv; load the articles first (a gold NAME.tsv scores the document "
          + "whose id is NAME plus an extension)", at.span());
    }
    Map<String, String> stemOfDoc = new LinkedHashMap<>();
    docOfStem.forEach((stem, doc) -> stemOfDoc.put(doc, stem));
    StringColumn types = mentions.stringColumn(Columns.TYPE);
    StringColumn texts = mentions.stringColumn(Columns.TEXT);
    for (int i = 0; i < mentions.rowCount(); i++) {
      List<Labeled> list = predicted.get(stemOfDoc.get(docs.get(i)));
      if (list != null) list.add(Labeled.of(types.get(i), texts.get(i)));
    }
    return predicted;
  }

  /** The document id without its file extension ("sub/a.txt" → "sub/a"). */
  static String stem(String docId) {
    int slash = docId.lastIndexOf('/');
    int dot = docId.lastIndexOf('.');
    return dot > slash + 1 ? docId.substring(0, dot) : docId;
  }

  private static Table scores(Evaluation e) {
    StringColumn type = StringColumn.create("type");
    StringColumn match = StringColumn.create("match");
    IntColumn gold = IntColumn.create("gold");
    IntColumn predicted = IntColumn.create("predicted");
    IntColumn matched = IntColumn.create("matched");
    DoubleColumn precision = DoubleColumn.create("precision");
    DoubleColumn recall = DoubleColumn.create("recall");
    DoubleColumn f1 = DoubleColumn.create("f1");
    Map<String, Counts> rows = new LinkedHashMap<>(e.byType());
    rows.put("micro", e.micro());
    for (boolean lenient : new boolean[] {false, true}) {
      for (Map.Entry<String, Counts> r : rows.entrySet()) {
        Counts c = r.getValue();
        type.append(r.getKey());
        match.append(lenient ? "lenient" : "strict");
        gold.append(c.gold());
        predicted.append(c.predicted());
        matched.append(lenient ? c.lenient() : c.strict());
        precision.append(round(c.precision(lenient)));
        recall.append(round(c.recall(lenient)));
        f1.append(round(c.f1(lenient)));
      }
    }
    return Table.create("evaluation", type, match, gold, predicted, matched, precision, recall, f1);
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  private static Table errors(Evaluation e) {
    StringColumn doc = StringColumn.create("doc");
    StringColumn kind = StringColumn.create("kind");
    StringColumn type = StringColumn.create("type");
    StringColumn text = StringColumn.create("text");
    StringColumn near = StringColumn.create("near");
    for (Evaluation.Error err : e.errors()) {
      doc.append(err.doc());
      kind.append(err.kind().label());
      type.append(err.type());
      text.append(err.text());
      near.append(err.near());
    }
    return Table.create("errors", doc, kind, type, text, near);
  }
}
