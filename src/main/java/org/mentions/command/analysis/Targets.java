package org.mentions.command.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.mentions.command.CommandError;
import org.mentions.command.Workspace;
import org.mentions.lang.LexToken;
import org.mentions.lang.Span;
import org.mentions.lang.Suggest;
import org.mentions.table.Codes;
import org.mentions.table.Columns;
import tech.tablesaw.api.Table;

/**
 * Finds the entity or type a user names in kwic, cooc and dispersion. An entity is found by its exact canonical
 * name, then ignoring case, then as the only entity containing the words ("Blinken" → "Antony Blinken").
 */
final class Targets {
  private Targets() {}

  static Table mentions(Workspace ws) {
    return ws.tables().get(Columns.MENTIONS);
  }

  /** The canonical entity name, or empty when none fits (callers may then treat the text as a word). */
  static List<String> entities(Workspace ws, String wanted) {
    Codes codes = Codes.of(mentions(ws).column(Columns.ENTITY));
    List<String> ignoringCase = new ArrayList<>();
    List<String> containing = new ArrayList<>();
    Pattern words = Pattern.compile("\\b" + Pattern.quote(wanted) + "\\b",
        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    for (int c = 0; c < codes.size(); c++) {
      String label = codes.label(c);
      if (label.equals(wanted)) return List.of(label);
      if (label.equalsIgnoreCase(wanted)) ignoringCase.add(label);
      else if (words.matcher(label).find()) containing.add(label);
    }
    return ignoringCase.isEmpty() ? containing : ignoringCase;
  }

  /** Exactly one entity, or a one-line error that says what there is. */
  static String entity(Workspace ws, String wanted, Span span) {
    List<String> found = entities(ws, wanted);
    if (found.size() == 1) return found.get(0);
    if (found.size() > 1) {
      List<String> some = found.stream().sorted().limit(8).toList();
      throw new CommandError("'" + wanted + "' matches " + found.size() + " entities: " + String.join(", ", some)
          + (found.size() > some.size() ? ", …" : "") + "; quote the full name", span);
    }
    Codes codes = Codes.of(mentions(ws).column(Columns.ENTITY));
    List<String> all = new ArrayList<>();
    for (int c = 0; c < codes.size(); c++) all.add(codes.label(c));
    String near = Suggest.nearest(wanted, all).map(n -> "; did you mean '" + n + "'?").orElse("");
    throw new CommandError("no entity '" + wanted + "'" + near + " (count mentions by entity lists them)", span);
  }

  /** A type as stored (person, location, …), matched ignoring case. */
  static String type(Workspace ws, LexToken token) {
    Codes codes = Codes.of(mentions(ws).column(Columns.TYPE));
    List<String> all = new ArrayList<>();
    for (int c = 0; c < codes.size(); c++) {
      if (codes.label(c).equalsIgnoreCase(token.text())) return codes.label(c);
      all.add(codes.label(c));
    }
    String near = Suggest.nearest(token.text(), all).map(n -> "did you mean '" + n + "'? ").orElse("");
    throw new CommandError("no entity type '" + token.text() + "'; " + near + "types: "
        + (all.isEmpty() ? "none (no mentions loaded)" : String.join(", ", all.stream().sorted().toList())),
        token.span());
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
