package org.mentions.corpus;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** File formats by extension. {@link #standard()} knows .txt, .md, .jsonl and .csv; {@link #register} adds more. */
public final class ReaderRegistry {
  private final Map<String, DocumentReader> byExtension = new LinkedHashMap<>();

  /** The built-in formats. */
  public static ReaderRegistry standard() {
    return new ReaderRegistry()
        .register(new TextReader())
        .register(new MarkdownReader())
        .register(new JsonlReader())
        .register(new CsvReader());
  }

  /** Adds (or replaces) the reader for each of its extensions; returns this registry. */
  public ReaderRegistry register(DocumentReader reader) {
    for (String extension : reader.extensions()) {
      byExtension.put(extension.toLowerCase(Locale.ROOT).replaceFirst("^\\.", ""), reader);
    }
    return this;
  }

  public Optional<DocumentReader> forFile(Path file) {
    return Optional.ofNullable(byExtension.get(TextFiles.extension(file)));
  }

  /** Known extensions with their dots, e.g. [.txt, .md, .jsonl, .csv]. */
  public List<String> extensions() {
    return byExtension.keySet().stream().map(e -> "." + e).collect(Collectors.toList());
  }

  /** "unknown format .xyz; known: .txt, .md, .jsonl, .csv". */
  String unknownFormatMessage(Path file) {
    String extension = TextFiles.extension(file);
    String what = extension.isEmpty() ? "no file extension, so unknown format" : "unknown format ." + extension;
    return what + "; known: " + String.join(", ", extensions());
  }
}
