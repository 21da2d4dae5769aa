package org.mentions.shell;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.mentions.command.Command;
import org.mentions.command.CommandRegistry;
import org.mentions.command.Settings;
import org.mentions.command.Workspace;
import org.mentions.lang.CompletionContext;
import org.mentions.table.Columns;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** Offers candidates for the slot the parser says the cursor is in: commands, tables, columns, values, entities, paths. */
public final class ShellCompleter implements Completer {
  private static final int MAX_VALUES = 500;
  private final CommandRegistry registry;
  private final Workspace workspace;

  public ShellCompleter(CommandRegistry registry, Workspace workspace) {
    this.registry = registry;
    this.workspace = workspace;
  }

  @Override
  public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
    if (line instanceof ShellLine shellLine) candidates.addAll(candidates(shellLine.context()));
  }

  /** The candidates for a context; public so tests can check completion without a terminal. */
  public List<Candidate> candidates(CompletionContext ctx) {
    List<Candidate> out = new ArrayList<>();
    try {
      switch (ctx.kind()) {
        case COMMAND -> commands(out);
        case TABLE -> tables(out);
        case COLUMN -> columns(ctx, out);
        case TEXT -> {
          if (ctx.choices().isEmpty()) values(ctx, out); else choices(ctx, out);
        }
        case ENTITY, TERM -> entities(ctx.prefix(), out);
        case TYPE -> distinct(workspace.tables().get(Columns.MENTIONS), Columns.TYPE, "entity type", ctx.prefix(), out);
        case PATH -> paths(ctx.prefix(), out);
        case SETTING -> Settings.OPTIONS.forEach(o -> out.add(new Candidate(o.name(), o.name(), "settings",
            o.description(), null, null, true)));
        default -> { }
      }
    } catch (RuntimeException e) {
      // the tables may be changing under a background load; no candidates is better than a broken prompt
    }
    for (String k : ctx.keywords()) out.add(new Candidate(k, k, "keywords", null, null, null, true));
    return out;
  }

  private void commands(List<Candidate> out) {
    for (Command c : registry.commands()) {
      out.add(new Candidate(c.name(), c.name(), c.category().title(), c.summary(), null, null, true));
    }
  }

  private void tables(List<Candidate> out) {
    for (Map.Entry<String, Table> e : workspace.allTables().entrySet()) {
      out.add(new Candidate(e.getKey(), e.getKey(), "tables", e.getValue().rowCount() + " rows", null, null, true));
    }
    if (workspace.last() != null) out.add(new Candidate("_", "_", "tables", "the last result", null, null, true));
  }

  private void choices(CompletionContext ctx, List<Candidate> out) {
    for (String c : ctx.choices()) out.add(new Candidate(c, c, "values", null, null, null, true));
  }

  /**
   * The table a clause works on: the one the command names, or, for commands over the corpus itself (kwic,
   * cooc, dispersion take an entity or word rather than a table), the mentions table.
   */
  private Table tableOf(CompletionContext ctx) {
    if (ctx.table() == null) return workspace.tables().get(Columns.MENTIONS);
    return workspace.find(ctx.table()).orElse(null);
  }

  private void columns(CompletionContext ctx, List<Candidate> out) {
    Table t = tableOf(ctx);
    if (t == null) return;
    for (Column<?> c : t.columns()) {
      out.add(new Candidate(c.name(), c.name(), "columns", c.type().name().toLowerCase(), null, null, true));
    }
  }

  private void values(CompletionContext ctx, List<Candidate> out) {
    Table t = tableOf(ctx);
    if (t == null || ctx.column() == null) return;
    for (Column<?> c : t.columns()) {
      if (c.name().equalsIgnoreCase(ctx.column())) distinct(t, c.name(), ctx.column(), ctx.prefix(), out);
    }
  }

  private void entities(String prefix, List<Candidate> out) {
    distinct(workspace.tables().get(Columns.MENTIONS), Columns.ENTITY, "entities", prefix, out);
  }

  /** Distinct values of a column, most frequent first, with their counts as descriptions. */
  /**
   * Distinct values of a column that start with what was typed, most frequent first, with their counts as
   * descriptions. Text columns count from their dictionary (one entry per distinct value, not per row), so Tab
   * stays instant on a large corpus; the prefix is applied before the cut, so a rare name is still offered.
   */
  private static void distinct(Table t, String column, String group, String prefix, List<Candidate> out) {
    if (t == null || !t.columnNames().contains(column)) return;
    Column<?> c = t.column(column);
    Map<String, Integer> counts = new LinkedHashMap<>();
    if (c instanceof StringColumn strings) {
      Table byValue = strings.countByCategory();
      for (int i = 0; i < byValue.rowCount(); i++) {
        counts.put(byValue.column(0).getString(i), ((Number) byValue.column(1).get(i)).intValue());
      }
    } else {
      for (int i = 0; i < c.size(); i++) counts.merge(c.getString(i), 1, Integer::sum);
    }
    String typed = prefix.toLowerCase(java.util.Locale.ROOT);
    counts.entrySet().stream()
        .filter(e -> !e.getKey().isEmpty() && e.getKey().toLowerCase(java.util.Locale.ROOT).startsWith(typed))
        .sorted((a, b) -> b.getValue() - a.getValue())
        .limit(MAX_VALUES)
        .forEach(e -> out.add(new Candidate(e.getKey(), e.getKey(), group, e.getValue() + "×", null, null, true)));
  }

  private void paths(String prefix, List<Candidate> out) {
    String p = prefix.startsWith("~/") ? System.getProperty("user.home") + prefix.substring(1) : prefix;
    int slash = p.lastIndexOf('/');
    String dirPart = slash >= 0 ? p.substring(0, slash + 1) : "";
    Path dir = workspace.resolve(dirPart.isEmpty() ? "." : dirPart);
    String shownDir = slash >= 0 ? prefix.substring(0, prefix.lastIndexOf('/') + 1) : "";
    if (!Files.isDirectory(dir)) return;
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path e : entries) {
        String name = e.getFileName().toString();
        if (name.startsWith(".") && !p.substring(slash + 1).startsWith(".")) continue;
        boolean isDir = Files.isDirectory(e);
        String value = shownDir + name + (isDir ? "/" : "");
        out.add(new Candidate(value, name + (isDir ? "/" : ""), "files", null, null, null, !isDir));
      }
    } catch (IOException e) {
      // an unreadable folder simply offers nothing
    }
  }
}
