package org.mentions.command.plot;

import java.util.List;
import java.util.Locale;
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
import org.mentions.result.TableResult;

/** Occurrences of terms per day, week or month of the documents' dates: a table to plot as lines. */
public final class TrendCommand implements Command {
  private static final List<String> PERIODS = List.of("day", "week", "month");

  @Override
  public String name() {
    return "trend";
  }

  @Override
  public Category category() {
    return Category.PLOTS;
  }

  @Override
  public String summary() {
    return "how often terms occur per day, week or month, from the documents' dates";
  }

  @Override
  public String usage() {
    return "trend TERM[, TERM...] by day|week|month [as NAME]";
  }

  @Override
  public String details() {
    return """
        One row per period from the first to the last date (weeks start on Monday), one column per term. A term
        counts the mentions of every entity it names (Putin: Putin and Vladimir Putin); other terms count words. Documents without a
        date are left out, and the note says how many. Plot it with plot line _.""";
  }

  @Override
  public List<String> examples() {
    return List.of("trend Putin, Biden by day", "trend Ukraine by week as weekly", "plot line _");
  }

  @Override
  public Syntax syntax() {
    return Results.named(Syntax.of(ArgKind.TERM)
        .clause("by", ArgKind.TEXT, "the period: day, week or month", PERIODS));
  }

  @Override
  public Result execute(Invocation inv, Workspace ws) {
    List<String> terms = Terms.of(inv.positional(), "trend Putin, Biden by day", inv.commandSpan());
    TrendTable.Period period = period(inv);
    TrendTable.Trend trend = TrendTable.build(ws.tables(), terms, period);
    TableResult result = Results.table(inv, ws, trend.table());
    return trend.undated() == 0 ? result
        : result.withNote(trend.undated() + " document(s) without a date left out");
  }

  private static TrendTable.Period period(Invocation inv) {
    if (!inv.has("by")) {
      throw new CommandError("trend needs a period: by day, by week or by month", inv.commandSpan());
    }
    LexToken t = inv.valueToken("by").get();
    String p = t.text().toLowerCase(Locale.ROOT);
    if (!PERIODS.contains(p)) throw new CommandError("by takes day, week or month, not '" + t.text() + "'", t.span());
    return TrendTable.Period.valueOf(p.toUpperCase(Locale.ROOT));
  }
}
