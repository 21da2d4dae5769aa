package org.mentions.command.entities;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mentions.command.Category;
import org.mentions.command.Command;
import org.mentions.command.CommandError;
import org.mentions.command.Results;
import org.mentions.command.Workspace;
import org.mentions.command.corpus.CorpusAliases;
import org.mentions.lang.ArgKind;
import org.mentions.lang.Invocation;
import org.mentions.lang.LexToken;
import org.mentions.lang.Syntax;
import org.mentions.lang.TokenKind;
import org.mentions.nlp.AliasSuggester;
import org.mentions.nlp.AliasTable;
import org.mentions.nlp.EntityTypes;
import org.mentions.result.MessageResult;
import org.mentions.result.Result;
import org.mentions.table.Columns;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Lists, adds, removes, suggests and accepts aliases: variant names that should count as one entity. Changes are
 * saved to the corpus folder's aliases.tsv at once and rewrite the entity column without re-annotating.
 */
public final class AliasCommand implements Command {
  @Override
  public String name() {
    return "alias";
  }

  @Override
  public Category category() {
    return Category.ENTITIES;
  }

  @Override
  public String summary() {
    return "list, add, remove or suggest aliases that merge entity names";
  }

  @Override
  public String usage() {
    return "alias [add VARIANT CANONICAL | remove VARIANT | suggest [--accept] | accept N...|all]";
  }

  @Override
  public String details() {
    return """
        alias lists the aliases. alias add "Kiev" "Kyiv" makes every entity named Kiev (or with the word Kiev in
        its name) count as Kyiv; alias remove "Kiev" undoes it. alias suggest proposes aliases between entities
        of the same type — spelling variants never used in the same article, initials of a longer name, a lone
        surname with only one full name in the corpus — numbered; alias accept 1 3 (or all) adds them, and
        alias suggest --accept adds them all at once. Aliases are saved in aliases.tsv in the folder the corpus
        was loaded from, and read again when it is loaded.""";
  }

  @Override
  public List<String> examples() {
    return List.of("alias", "alias add \"Kiev\" \"Kyiv\"", "alias remove \"Kiev\"", "alias suggest",
        "alias accept 1");
  }

  @Override
  public Syntax syntax() {
    return Results.named(Syntax.of(ArgKind.ENTITY).selectors("add", "remove", "suggest", "accept")
        .option("accept", ArgKind.NONE, "with suggest: accept every suggestion"));
  }

  @Override
  public Result execute(Invocation inv, Workspace ws) {
    List<LexToken> args = new ArrayList<>();
    for (LexToken t : inv.positional()) if (!t.is(TokenKind.COMMA)) args.add(t);
    if (args.isEmpty()) return Results.table(inv, ws, list(ws.tables().aliases()));
    LexToken verb = args.get(0);
    List<LexToken> rest = args.subList(1, args.size());
    return switch (verb.text().toLowerCase(Locale.ROOT)) {
      case "add" -> add(ws, verb, rest);
      case "remove" -> remove(ws, verb, rest);
      case "suggest" -> suggest(inv, ws, rest);
      case "accept" -> accept(ws, verb, rest);
      default -> throw new CommandError("alias takes add, remove, suggest or accept, not '" + verb.text() + "'",
          verb.span());
    };
  }

  private static Table list(AliasTable aliases) {
    StringColumn variant = StringColumn.create("variant");
    StringColumn canonical = StringColumn.create("canonical");
    for (Map.Entry<String, String> e : aliases.entries().entrySet()) {
      variant.append(e.getKey());
      canonical.append(e.getValue());
    }
    return Table.create("aliases", variant, canonical);
  }

  private static Result add(Workspace ws, LexToken verb, List<LexToken> rest) {
    if (rest.size() != 2) {
      throw new CommandError("alias add needs two names: alias add \"Kiev\" \"Kyiv\"", verb.span());
    }
    try {
      ws.tables().aliases().add(rest.get(0).text(), rest.get(1).text());
    } catch (IllegalArgumentException e) {
      throw new CommandError(e.getMessage(), rest.get(0).span());
    }
    return saved(ws, "alias " + rest.get(0).text() + " → " + rest.get(1).text());
  }

  private static Result remove(Workspace ws, LexToken verb, List<LexToken> rest) {
    if (rest.size() != 1) throw new CommandError("alias remove needs one name: alias remove \"Kiev\"", verb.span());
    if (!ws.tables().aliases().remove(rest.get(0).text())) {
      throw new CommandError("no alias for '" + rest.get(0).text() + "'", rest.get(0).span());
    }
    return saved(ws, "removed the alias for " + rest.get(0).text());
  }

  private static Result suggest(Invocation inv, Workspace ws, List<LexToken> rest) {
    if (!rest.isEmpty()) throw new CommandError("alias suggest takes no names", rest.get(0).span());
    List<AliasSuggester.Suggestion> found = new AliasSuggester().suggest(entities(ws));
    ws.setSuggestions(found);
    if (inv.hasOption("accept")) {
      for (AliasSuggester.Suggestion s : found) addQuietly(ws, s);
      return saved(ws, "accepted " + found.size() + (found.size() == 1 ? " suggestion" : " suggestions"));
    }
    IntColumn n = IntColumn.create("n");
    StringColumn variant = StringColumn.create("variant");
    StringColumn canonical = StringColumn.create("canonical");
    StringColumn type = StringColumn.create("type");
    StringColumn reason = StringColumn.create("reason");
    for (int i = 0; i < found.size(); i++) {
      AliasSuggester.Suggestion s = found.get(i);
      n.append(i + 1);
      variant.append(s.variant());
      canonical.append(s.canonical());
      type.append(s.type());
      reason.append(s.reason());
    }
    Table table = Table.create("suggestions", n, variant, canonical, type, reason);
    return Results.table(inv, ws, table).withNote(found.isEmpty() ? "no suggestions"
        : "alias accept N... (or all) adds them; alias suggest --accept adds them all");
  }

  private static Result accept(Workspace ws, LexToken verb, List<LexToken> rest) {
    List<AliasSuggester.Suggestion> pending = ws.suggestions();
    if (pending.isEmpty()) throw new CommandError("nothing to accept: run alias suggest first", verb.span());
    if (rest.isEmpty()) throw new CommandError("alias accept needs numbers from alias suggest, or all", verb.span());
    Set<Integer> chosen = new LinkedHashSet<>();
    for (LexToken t : rest) {
      if (t.text().equalsIgnoreCase("all")) {
        for (int i = 1; i <= pending.size(); i++) chosen.add(i);
        continue;
      }
      try {
        int k = Integer.parseInt(t.text());
        if (k < 1 || k > pending.size()) throw new NumberFormatException();
        chosen.add(k);
      } catch (NumberFormatException e) {
        throw new CommandError("'" + t.text() + "' is not a suggestion number (1 to " + pending.size() + ")",
            t.span());
      }
    }
    for (int k : chosen) addQuietly(ws, pending.get(k - 1));
    return saved(ws, "accepted " + chosen.size() + (chosen.size() == 1 ? " suggestion" : " suggestions"));
  }

  private static void addQuietly(Workspace ws, AliasSuggester.Suggestion s) {
    try {
      ws.tables().aliases().add(s.variant(), s.canonical());
    } catch (IllegalArgumentException e) {
      // a suggestion that would undo an accepted alias is skipped: the user's earlier choice stands
    }
  }

  private static Result saved(Workspace ws, String what) {
    ws.tables().relink();
    try {
      Path file = CorpusAliases.save(ws);
      return new MessageResult(what + "; saved to " + file);
    } catch (IOException e) {
      return new MessageResult(what + "; not saved (" + e.getMessage() + ")");
    }
  }

  /** The entities table as the suggester sees it: name, type, mentions and the documents it occurs in. */
  private static List<AliasSuggester.Entity> entities(Workspace ws) {
    Table m = ws.tables().get(Columns.MENTIONS);
    Map<List<String>, int[]> counts = new LinkedHashMap<>();
    Map<List<String>, Set<String>> docs = new LinkedHashMap<>();
    for (int i = 0; i < m.rowCount(); i++) {
      String type = m.stringColumn(Columns.TYPE).get(i);
      if (EntityTypes.isValue(type)) continue;
      List<String> key = List.of(m.stringColumn(Columns.ENTITY).get(i), type);
      counts.computeIfAbsent(key, k -> new int[1])[0]++;
      docs.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(m.stringColumn(Columns.DOC).get(i));
    }
    List<AliasSuggester.Entity> out = new ArrayList<>();
    counts.forEach((key, c) -> out.add(new AliasSuggester.Entity(key.get(0), key.get(1), c[0], docs.get(key))));
    return out;
  }
}
