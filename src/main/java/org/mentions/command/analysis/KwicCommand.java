package org.mentions.command.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mentions.command.Category;
import org.mentions.command.Command;
import org.mentions.command.CommandError;
import org.mentions.command.Filters;
import org.mentions.command.Results;
import org.mentions.command.Workspace;
import org.mentions.corpus.Document;
import org.mentions.lang.ArgKind;
import org.mentions.lang.Invocation;
import org.mentions.lang.LexToken;
import org.mentions.lang.Syntax;
import org.mentions.result.Result;
import org.mentions.result.TableResult;
import org.mentions.table.Columns;
import org.mentions.table.Phrases;
import org.mentions.table.TokenIndex;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.selection.Selection;

/** Keyword in context: each occurrence of a word, entity or entity type with the words around it. */
public final class KwicCommand implements Command {
  static final int DEFAULT_WINDOW = 5;

  @Override
  public String name() {
    return "kwic";
  }

  @Override
  public Category category() {
    return Category.ANALYSIS;
  }

  @Override
  public String summary() {
    return "show each occurrence of a word, entity or type in its context";
  }

  @Override
  public String usage() {
    return "kwic WORD|\"PHRASE\" | entity NAME | type TYPE [window N] [where EXPR] [limit N] [as NAME]";
  }

  @Override
  public String details() {
    return """
        A word or phrase is matched on tokens, ignoring case; entity NAME finds the mentions of an entity (its
        canonical name, or a unique part of it); type TYPE every mention of that type. window is the number of
        tokens shown each side (default 5), taken from the whole document, so context may cross a sentence end.
        where filters the tokens (for words) or the mentions (for entities and types).""";
  }

  @Override
  public List<String> examples() {
    return List.of("kwic Putin window 6", "kwic entity \"Vladimir Putin\" where doc ~ \"001\"",
        "kwic type organization window 5 limit 20");
  }

  @Override
  public Syntax syntax() {
    return Results.named(Syntax.of(ArgKind.TERM)
        .selectors("entity", "type")
        .clause("window", ArgKind.NUMBER, "tokens of context each side (default 5)")
        .clause("where", ArgKind.EXPRESSION, "keep only occurrences in matching rows")
        .clause("limit", ArgKind.NUMBER, "show at most N occurrences"));
  }

  @Override
  public Result execute(Invocation inv, Workspace ws) {
    List<LexToken> args = inv.positional();
    if (args.isEmpty()) throw new CommandError("kwic needs a word, entity NAME or type TYPE", inv.commandSpan());
    int window = inv.number("window", DEFAULT_WINDOW);
    int limit = inv.number("limit", 0);
    TokenIndex index = TokenIndex.of(ws.tables().get(Columns.TOKENS));
    Concordance out = new Concordance(index, texts(ws), window);
    LexToken head = args.get(0);
    boolean selector = head.is(org.mentions.lang.TokenKind.WORD) && args.size() > 1
        && (head.isWord("entity") || head.isWord("type"));
    if (selector) {
      List<LexToken> rest = args.subList(1, args.size());
      String column = head.isWord("entity") ? Columns.ENTITY : Columns.TYPE;
      String value = column.equals(Columns.ENTITY)
          ? Targets.entity(ws, Invocation.text(rest), Invocation.span(rest))
          : Targets.type(ws, single(rest));
      Table mentions = Targets.mentions(ws);
      Selection rows = Filters.where(inv, ws, mentions, Columns.MENTIONS);
      StringColumn values = mentions.stringColumn(column);
      for (int row = 0; row < mentions.rowCount() && (limit == 0 || out.size() < limit); row++) {
        if ((rows == null || rows.contains(row)) && values.get(row).equals(value)) out.addMention(mentions, row);
      }
    } else {
      String phrase = Invocation.text(args);
      Table tokens = index.tokens();
      Selection rows = Filters.where(inv, ws, tokens, Columns.TOKENS);
      int length = Phrases.words(phrase).length;
      for (int row : Phrases.find(index, phrase)) {
        if (limit > 0 && out.size() >= limit) break;
        if (rows == null || rows.contains(row)) out.addTokens(row, length);
      }
    }
    TableResult shown = Results.table(inv, ws, out.table(inv.value(Results.AS).orElse("kwic")));
    return new TableResult(shown.table(), shown.name(), TableResult.Layout.KWIC, shown.note());
  }

  private static LexToken single(List<LexToken> rest) {
    if (rest.size() > 1) throw new CommandError("a type is one word, e.g. kwic type person", rest.get(1).span());
    return rest.get(0);
  }

  private static Map<String, String> texts(Workspace ws) {
    Map<String, String> out = new HashMap<>();
    for (Document d : ws.tables().documents()) out.put(d.id(), d.text());
    return out;
  }

  /** Builds the rows of a concordance from token positions. */
  private static final class Concordance {
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private final TokenIndex index;
    private final Map<String, String> texts;
    private final int window;
    private final Table tokens;
    private final StringColumn doc = StringColumn.create(Columns.DOC);
    private final IntColumn sentence = IntColumn.create(Columns.SENTENCE);
    private final List<String[]> contexts = new ArrayList<>();

    Concordance(TokenIndex index, Map<String, String> texts, int window) {
      this.index = index;
      this.texts = texts;
      this.window = window;
      this.tokens = index.tokens();
    }

    int size() {
      return contexts.size();
    }

    void addMention(Table mentions, int row) {
      String d = mentions.stringColumn(Columns.DOC).get(row);
      int s = mentions.intColumn(Columns.SENTENCE).getInt(row);
      int first = index.row(d, s, mentions.intColumn(Columns.START).getInt(row));
      int length = mentions.intColumn(Columns.END).getInt(row) - mentions.intColumn(Columns.START).getInt(row);
      if (first >= 0) addTokens(first, Math.max(1, length));
    }

    void addTokens(int first, int length) {
      String d = tokens.stringColumn(Columns.DOC).get(first);
      int[] range = index.range(d);
      int last = first + length - 1;
      int from = Math.max(range[0], first - window);
      int to = Math.min(range[1] - 1, last + window);
      doc.append(d);
      sentence.append(tokens.intColumn(Columns.SENTENCE).getInt(first));
      contexts.add(new String[] {span(d, from, first - 1), span(d, first, last), span(d, last + 1, to)});
    }

    /** The text of tokens rows {@code [from, to]}: as written in the document, else the words with spaces. */
    private String span(String d, int from, int to) {
      if (from > to) return "";
      String text = texts.get(d);
      IntColumn start = tokens.intColumn(Columns.START);
      IntColumn end = tokens.intColumn(Columns.END);
      if (text != null && end.getInt(to) <= text.length()) {
        return SPACES.matcher(text.substring(start.getInt(from), end.getInt(to))).replaceAll(" ").strip();
      }
      StringBuilder sb = new StringBuilder();
      for (int r = from; r <= to; r++) sb.append(r > from ? " " : "").append(tokens.stringColumn(Columns.WORD).get(r));
      return sb.toString();
    }

    Table table(String name) {
      StringColumn left = StringColumn.create("left");
      StringColumn match = StringColumn.create("match");
      StringColumn right = StringColumn.create("right");
      for (String[] c : contexts) {
        left.append(c[0]);
        match.append(c[1]);
        right.append(c[2]);
      }
      return Table.create(name, doc, sentence, left, match, right);
    }
  }
}
