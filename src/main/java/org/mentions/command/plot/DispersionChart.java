package org.mentions.command.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mentions.command.CommandError;
import org.mentions.result.ChartResult;
import org.mentions.result.ChartResult.Strip;
import org.mentions.table.Columns;
import org.mentions.table.CorpusTables;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Builds a dispersion chart from the base tables: one strip per term per document, a tick per occurrence. */
final class DispersionChart {
  private DispersionChart() {}

  static ChartResult build(CorpusTables tables, List<String> terms) {
    Table docs = tables.get(Columns.DOCS);
    if (docs.rowCount() == 0) throw new CommandError("nothing to plot: no documents loaded (load seeds/)");
    Occurrences occurrences = new Occurrences(tables);
    List<Occurrences.Match> matches = terms.stream().map(occurrences::find).toList();
    StringColumn doc = docs.stringColumn(Columns.DOC);
    IntColumn length = docs.intColumn(Columns.COUNT_TOKENS);
    List<Strip> strips = new ArrayList<>();
    for (int d = 0; d < docs.rowCount(); d++) {
      String id = doc.get(d);
      for (Occurrences.Match m : matches) {
        List<Integer> positions = m.hits().stream().filter(h -> h.doc().equals(id))
            .map(Occurrences.Hit::position).sorted().toList();
        strips.add(new Strip(m.term(), id, length.get(d), positions));
      }
    }
    return ChartResult.dispersion("Where " + String.join(", ", terms) + " occur", strips).withNote(note(matches));
  }

  // Says what each term was taken to mean, so "Putin" standing for "Vladimir Putin" is never a surprise.
  private static String note(List<Occurrences.Match> matches) {
    Map<Boolean, List<Occurrences.Match>> found = matches.stream()
        .collect(Collectors.partitioningBy(m -> !m.hits().isEmpty()));
    List<String> parts = new ArrayList<>();
    for (Occurrences.Match m : matches) {
      parts.add(m.term() + " = " + m.meaning() + " (" + m.hits().size() + ")");
    }
    String missing = found.get(false).isEmpty() ? ""
        : "; not found: " + String.join(", ", found.get(false).stream().map(Occurrences.Match::term).toList());
    return String.join("; ", parts) + missing;
  }
}
