package org.mentions.render;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Table writers by file extension: a new format is one more registration, no other code changes. */
public final class TableWriters {
  private final Map<String, TableWriter> byExtension = new LinkedHashMap<>();

  public static TableWriters standard() {
    TableWriters w = new TableWriters();
    w.register(DelimitedWriter.csv());
    w.register(DelimitedWriter.tsv());
    w.register(new JsonWriter());
    w.register(new MarkdownWriter());
    w.register(new HtmlTableWriter());
    return w;
  }

  public void register(TableWriter writer) {
    byExtension.put(writer.extension(), writer);
  }

  public Optional<TableWriter> forExtension(String ext) {
    return Optional.ofNullable(byExtension.get(ext));
  }

  public java.util.Set<String> extensions() {
    return byExtension.keySet();
  }
}
