package org.mentions.command.analysis;

import it.unimi.dsi.fastutil.ints.IntArrays;
import it.unimi.dsi.fastutil.longs.Long2IntMap;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import java.util.List;
import org.mentions.command.Category;
import org.mentions.command.Command;
import org.mentions.command.CommandError;
import org.mentions.command.Filters;
import org.mentions.command.Results;
import org.mentions.command.Workspace;
import org.mentions.lang.ArgKind;
import org.mentions.lang.Invocation;
import org.mentions.lang.LexToken;
import org.mentions.lang.Syntax;
import org.mentions.result.Result;
import org.mentions.table.Codes;
import org.mentions.table.Columns;
import org.mentions.table.Cooccurrence;
import org.mentions.table.Grouping;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.selection.Selection;

/** Entities mentioned in the same sentences (or documents) as a given one, or every pair of a type. */
public final class CoocCommand implements Command {
  @Override
  public String name() {
    return "cooc";
  }

  @Override
  public Category category() {
    return Category.ANALYSIS;
  }

  @Override
  public String summary() {
    return "entities mentioned in the same sentences or documents";
  }

  @Override
  public String usage() {
    return "cooc ENTITY | type TYPE [by sentence|doc] [where EXPR] [top N] [as NAME]";
  }

  @Override
  public String details() {
    return """
        cooc ENTITY lists the entities that share a sentence (by sentence, the default) or a document (by doc)
        with it: together = units with both, alone = units with the other entity but not the given one, type =
        the other entity's most frequent type. cooc type TYPE lists every pair of entities of that type that
        share a unit (a, b, together, score): the edge list of a co-occurrence network.
        Units are counted once however often a name repeats in them. score is the signed log-likelihood G² of the
        2×2 table of units (a = together, b = units with the first entity only, c = with the second only,
        d = with neither; N = every sentence, or document, of the corpus):
          G² = 2 Σ O·ln(O/E), E = row total × column total / N,
        positive when the two meet more often than chance (a > (a+b)(a+c)/N), negative when less. Above 3.84 the
        association is significant at p < 0.05, above 10.83 at p < 0.001. Rows are sorted by score, then
        together, then name. where filters the mentions that take part.""";
  }

  @Override
  public List<String> examples() {
    return List.of("cooc \"Antony Blinken\" top 10", "cooc type person by doc", "cooc Russia by doc");
  }

  @Override
  public Syntax syntax() {
    return Results.named(Syntax.of(ArgKind.ENTITY)
        .selectors("type")
        .clause("by", ArgKind.TEXT, "the unit: sentence (default) or doc", List.of("sentence", "doc"))
        .clause("where", ArgKind.EXPRESSION, "count only mentions in matching rows")
        .clause("top", ArgKind.NUMBER, "keep the N strongest associations"));
  }

  @Override
  public Result execute(Invocation inv, Workspace ws) {
    List<LexToken> args = inv.positional();
    if (args.isEmpty()) throw new CommandError("cooc needs an entity or type TYPE", inv.commandSpan());
    boolean bySentence = unitIsSentence(inv);
    int top = inv.number("top", 0);
    Table mentions = Targets.mentions(ws);
    Selection rows = Filters.where(inv, ws, mentions, Columns.MENTIONS);
    Codes entity = Codes.of(mentions.column(Columns.ENTITY));
    Cooccurrence co = Cooccurrence.cached(entity, Codes.of(mentions.column(Columns.DOC)),
        mentions.intColumn(Columns.SENTENCE), bySentence, rows);
    String unitTable = bySentence ? Columns.SENTENCES : Columns.DOCS;
    long n = Math.max(co.unitCount(), ws.tables().get(unitTable).rowCount());
    String name = inv.value(Results.AS).orElse("cooc");
    boolean pairs = args.size() > 1 && args.get(0).isWord("type");
    Table out;
    if (pairs) {
      if (args.size() > 2) throw new CommandError("a type is one word, e.g. cooc type person", args.get(2).span());
      out = pairs(name, co, Targets.type(ws, args.get(1)), mentions, n, top);
    } else {
      String target = Targets.entity(ws, Invocation.text(args), Invocation.span(args));
      out = partners(name, co, codeOf(entity, target), types(mentions, entity), n, top);
    }
    return Results.table(inv, ws, out);
  }

  private static boolean unitIsSentence(Invocation inv) {
    if (!inv.has("by")) return true;
    LexToken unit = inv.valueToken("by").orElseThrow();
    if (unit.isWord("sentence") || unit.isWord("sentences")) return true;
    if (unit.isWord("doc") || unit.isWord("docs")) return false;
    throw new CommandError("cooc counts by sentence or by doc, not '" + unit.text() + "'", unit.span());
  }

  private static int codeOf(Codes codes, String label) {
    for (int c = 0; c < codes.size(); c++) if (codes.label(c).equals(label)) return c;
    throw new IllegalStateException("entity without code: " + label);
  }

  /** The most frequent type of each entity code. */
  private static String[] types(Table mentions, Codes entity) {
    Codes type = Codes.of(mentions.column(Columns.TYPE));
    Grouping g = Grouping.of(List.of(entity, type), mentions.rowCount(), null);
    String[] out = new String[entity.size()];
    int[] best = new int[entity.size()];
    for (int k = 0; k < g.groups(); k++) {
      int e = g.keyCode(0, k);
      if (g.count(k) > best[e]) {
        best[e] = g.count(k);
        out[e] = type.label(g.keyCode(1, k));
      }
    }
    return out;
  }

  private static Table partners(String name, Cooccurrence co, int target, String[] types, long n, int top) {
    Codes entity = co.entities();
    int[] together = co.together(target);
    int[] found = new int[entity.size()];
    double[] score = new double[entity.size()];
    int count = 0;
    for (int e = 0; e < together.length; e++) {
      if (together[e] == 0) continue;
      found[count++] = e;
      score[e] = Cooccurrence.logLikelihood(together[e], co.units(target), co.units(e), n);
    }
    int[] order = java.util.Arrays.copyOf(found, count);
    IntArrays.quickSort(order, (a, b) -> {
      int c = Double.compare(score[b], score[a]);
      if (c == 0) c = Integer.compare(together[b], together[a]);
      return c != 0 ? c : entity.label(a).compareTo(entity.label(b));
    });
    int shown = top > 0 ? Math.min(top, count) : count;
    StringColumn names = StringColumn.create(Columns.ENTITY);
    StringColumn type = StringColumn.create(Columns.TYPE);
    IntColumn with = IntColumn.create("together");
    IntColumn alone = IntColumn.create("alone");
    DoubleColumn g2 = DoubleColumn.create("score");
    for (int i = 0; i < shown; i++) {
      int e = order[i];
      names.append(entity.label(e));
      type.append(types[e] == null ? "" : types[e]);
      with.append(together[e]);
      alone.append(co.units(e) - together[e]);
      g2.append(score[e]);
    }
    return Table.create(name, names, type, with, alone, g2);
  }

  private static Table pairs(String name, Cooccurrence co, String type, Table mentions, long n, int top) {
    Codes entity = co.entities();
    boolean[] keep = new boolean[entity.size()];
    StringColumn types = mentions.stringColumn(Columns.TYPE);
    for (int row = 0; row < mentions.rowCount(); row++) {
      if (types.get(row).equals(type)) keep[entity.code(row)] = true;
    }
    Long2IntOpenHashMap shared = co.pairs(keep);
    int size = shared.size();
    String[] a = new String[size];
    String[] b = new String[size];
    int[] together = new int[size];
    double[] score = new double[size];
    int i = 0;
    for (Long2IntMap.Entry e : shared.long2IntEntrySet()) {
      int x = (int) (e.getLongKey() >>> 32);
      int y = (int) e.getLongKey();
      String lx = entity.label(x);
      String ly = entity.label(y);
      boolean swap = lx.compareTo(ly) > 0;
      a[i] = swap ? ly : lx;
      b[i] = swap ? lx : ly;
      together[i] = e.getIntValue();
      score[i] = Cooccurrence.logLikelihood(together[i], co.units(x), co.units(y), n);
      i++;
    }
    int[] order = new int[size];
    for (int k = 0; k < size; k++) order[k] = k;
    IntArrays.quickSort(order, (p, q) -> {
      int c = Double.compare(score[q], score[p]);
      if (c == 0) c = Integer.compare(together[q], together[p]);
      if (c == 0) c = a[p].compareTo(a[q]);
      return c != 0 ? c : b[p].compareTo(b[q]);
    });
    int shown = top > 0 ? Math.min(top, size) : size;
    StringColumn ca = StringColumn.create("a");
    StringColumn cb = StringColumn.create("b");
    IntColumn ct = IntColumn.create("together");
    DoubleColumn cs = DoubleColumn.create("score");
    for (int k = 0; k < shown; k++) {
      ca.append(a[order[k]]);
      cb.append(b[order[k]]);
      ct.append(together[order[k]]);
      cs.append(score[order[k]]);
    }
    return Table.create(name, ca, cb, ct, cs);
  }
}
