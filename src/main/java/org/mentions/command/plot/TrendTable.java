package org.mentions.command.plot;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mentions.command.CommandError;
import org.mentions.table.Columns;
import org.mentions.table.CorpusTables;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Counts a term's occurrences per day, week (starting Monday) or month of the documents' dates: one row per
 * period from the first to the last date, empty periods included so a line over it is not misleading.
 */
final class TrendTable {
  enum Period { DAY, WEEK, MONTH }

  /** The table and how many documents had no date (they cannot be placed in time). */
  record Trend(Table table, int undated) {}

  private TrendTable() {}

  static Trend build(CorpusTables tables, List<String> terms, Period period) {
    Table docs = tables.get(Columns.DOCS);
    Map<String, LocalDate> periodOf = new HashMap<>();
    StringColumn doc = docs.stringColumn(Columns.DOC);
    DateColumn date = docs.dateColumn(Columns.DATE);
    int undated = 0;
    for (int r = 0; r < docs.rowCount(); r++) {
      if (date.isMissing(r)) undated++;
      else periodOf.put(doc.get(r), start(date.get(r), period));
    }
    if (periodOf.isEmpty()) {
      throw new CommandError(docs.rowCount() == 0 ? "no documents loaded (load seeds/)"
          : "no document has a date; add a date column to the corpus metadata (metadata.csv)");
    }
    TreeMap<LocalDate, int[]> counts = new TreeMap<>();
    for (LocalDate p = periodOf.values().stream().min(LocalDate::compareTo).get(),
        last = periodOf.values().stream().max(LocalDate::compareTo).get(); !p.isAfter(last); p = next(p, period)) {
      counts.put(p, new int[terms.size()]);
    }
    Occurrences occurrences = new Occurrences(tables);
    for (int t = 0; t < terms.size(); t++) {
      for (Occurrences.Hit h : occurrences.find(terms.get(t)).hits()) {
        LocalDate p = periodOf.get(h.doc());
        if (p != null) counts.get(p)[t]++;
      }
    }
    Table table = Table.create("trend", DateColumn.create(period.name().toLowerCase(java.util.Locale.ROOT)));
    for (String term : terms) table.addColumns(IntColumn.create(term));
    counts.forEach((p, c) -> {
      table.dateColumn(0).append(p);
      for (int t = 0; t < c.length; t++) table.intColumn(t + 1).append(c[t]);
    });
    return new Trend(table, undated);
  }

  static LocalDate start(LocalDate d, Period period) {
    return switch (period) {
      case DAY -> d;
      case WEEK -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> d.withDayOfMonth(1);
    };
  }

  private static LocalDate next(LocalDate d, Period period) {
    return switch (period) {
      case DAY -> d.plus(1, ChronoUnit.DAYS);
      case WEEK -> d.plus(1, ChronoUnit.WEEKS);
      case MONTH -> d.plus(1, ChronoUnit.MONTHS);
    };
  }
}
