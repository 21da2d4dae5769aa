package org.mentions.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The summary table (Markdown, so the README can quote it as printed) and the JSON of the figures. */
final class Report {
  private Report() {}

  /** One line of the table: a label, the figure's key, its unit, and the target if the issue sets one. */
  private record Line(String label, String key, String unit, String target) {}

  private static final List<Line> LINES = List.of(
      new Line("annotation, 1 thread", "annotate_tokens_per_s_1t", "tokens/s", ""),
      new Line("annotation, all cores", "annotate_tokens_per_s", "tokens/s", "≥ 1.8× 1 thread"),
      new Line("recogniser and models, load", "model_load_ms", "ms", ""),
      new Line("first load (models loaded)", "first_load_ms", "ms", ""),
      new Line("first load throughput", "load_tokens_per_s", "tokens/s", ""),
      new Line("reopen, fresh JVM", "reopen_ms", "ms", "≤ 2000"),
      new Line("reopen, fresh engine, warm JVM", "reopen_warm_ms", "ms", "≤ 2000"),
      new Line("reopen, java -jar --script, start to exit (median of 3)", "reopen_launcher_ms", "ms", ""),
      new Line("peak resident memory, first load", "peak_rss_mb", "MB", "≤ 2500"),
      new Line("peak resident memory, reopen", "reopen_rss_mb", "MB", ""),
      new Line("launch to prompt, scripts/mentions (seeds behind it)", "prompt_ms", "ms", "≤ 500"),
      new Line("launch to prompt, java -jar, no CDS archive (seeds)", "prompt_jar_ms", "ms", ""),
      new Line("launch to prompt, java -jar, no CDS archive (corpus)", "prompt_corpus_ms", "ms", ""),
      new Line("count mentions by entity", "count_ms", "ms", ""),
      new Line("pivot mentions rows entity cols type", "pivot_ms", "ms", ""),
      new Line("kwic entity (most frequent person)", "kwic_ms", "ms", ""),
      new Line("kwic said limit 20", "kwic_word_ms", "ms", ""),
      new Line("cooc (most frequent person)", "cooc_ms", "ms", ""),
      new Line("cooc type person top 20", "cooc_pairs_ms", "ms", ""),
      new Line("tables", "tables_ms", "ms", "instant"),
      new Line("docs", "docs_ms", "ms", "instant"),
      new Line("Tab: entity names", "complete_ms", "ms", "instant"),
      new Line("1M rows: count by entity", "count_ms_1m", "ms", "≤ 2× DuckDB, < 100"),
      new Line("1M rows: DuckDB count by entity", "duckdb_count_ms_1m", "ms", ""),
      new Line("1M rows: pivot entity x type", "pivot_ms_1m", "ms", "≤ 2× DuckDB, < 100"),
      new Line("1M rows: DuckDB pivot entity x type", "duckdb_pivot_ms_1m", "ms", ""),
      new Line("whole benchmark", "bench_s", "s", "< 900"));

  static String table(Map<String, Double> figures, Map<String, String> notes) {
    StringBuilder b = new StringBuilder();
    notes.forEach((k, v) -> b.append(k).append(": ").append(v).append('\n'));
    if (figures.containsKey("corpus_docs")) {
      b.append(String.format(Locale.ROOT, "corpus: %,.0f documents, %,.0f tokens, %,.0f mentions%n",
          figures.get("corpus_docs"), figures.get("corpus_tokens"), figures.get("corpus_mentions")));
    }
    b.append("\n| measure | value | target |\n| --- | ---: | --- |\n");
    for (Line l : LINES) {
      Double v = figures.get(l.key());
      if (v == null) continue;
      String value = String.format(Locale.ROOT, v >= 100 ? "%,.0f %s" : "%,.1f %s", v, l.unit());
      String extra = "";
      if (l.key().equals("annotate_tokens_per_s") && figures.containsKey("annotate_speedup")) {
        extra = String.format(Locale.ROOT, " (%.2f×, median of the rounds' ratios)", figures.get("annotate_speedup"));
      }
      if (l.key().equals("reopen_ms") && figures.containsKey("reopen_ms_min")) {
        extra = String.format(Locale.ROOT, " (median; %,.0f–%,.0f)", figures.get("reopen_ms_min"),
            figures.get("reopen_ms_max"));
      }
      if (l.key().equals("count_ms_1m") && figures.containsKey("duckdb_count_ms_1m")) {
        extra = String.format(Locale.ROOT, " (%.2f× DuckDB)", v / figures.get("duckdb_count_ms_1m"));
      }
      if (l.key().equals("pivot_ms_1m") && figures.containsKey("duckdb_pivot_ms_1m")) {
        extra = String.format(Locale.ROOT, " (%.2f× DuckDB)", v / figures.get("duckdb_pivot_ms_1m"));
      }
      b.append("| ").append(l.label()).append(" | ").append(value).append(extra).append(" | ").append(l.target())
          .append(" |\n");
    }
    return b.toString();
  }

  static String json(Map<String, Double> figures, Map<String, String> notes) {
    StringBuilder b = new StringBuilder("{\n");
    for (Map.Entry<String, Double> e : figures.entrySet()) {
      b.append("  \"").append(e.getKey()).append("\": ")
          .append(String.format(Locale.ROOT, Math.abs(e.getValue()) < 10 ? "%.3f" : "%.1f", e.getValue()))
          .append(",\n");
    }
    for (Map.Entry<String, String> e : notes.entrySet()) {
      b.append("  \"").append(e.getKey()).append("\": \"")
          .append(e.getValue().replace("\\", "\\\\").replace("\"", "\\\"")).append("\",\n");
    }
    if (b.charAt(b.length() - 2) == ',') b.setLength(b.length() - 2);
    return b.append("\n}\n").toString();
  }
}
