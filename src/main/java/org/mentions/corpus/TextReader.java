package org.mentions.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

/** A plain-text article ({@code .txt}): the whole file is the text, its first non-empty line the title. */
public class TextReader implements DocumentReader {
  @Override
  public List<String> extensions() {
    return List.of("txt");
  }

  @Override
  public long maxFileBytes() {
    return TextFiles.MAX_TEXT_FILE_BYTES;
  }

  @Override
  public LoadBatch read(SourceFile source, ReadOptions options) throws IOException {
    String text;
    try {
      text = TextFiles.decodeUtf8(Files.readAllBytes(source.file()));
    } catch (TextFiles.InvalidUtf8Exception e) {
      return problem(source, e.getMessage());
    }
    text = text.replace("\r\n", "\n").replace('\r', '\n');
    if (text.isBlank()) return problem(source, "contains only whitespace, no text");
    Document doc = new Document(source.id(), source.path(), title(firstNonEmptyLine(text)), text, Map.of());
    return new LoadBatch(List.of(doc), List.of());
  }

  /** The title made from the first non-empty line; formats with markup strip it here. */
  protected String title(String firstLine) {
    return firstLine;
  }

  static String firstNonEmptyLine(String text) {
    for (String line : text.split("\n", -1)) {
      if (!line.isBlank()) return line.strip();
    }
    return "";
  }

  private static LoadBatch problem(SourceFile source, String message) {
    return new LoadBatch(List.of(), List.of(new LoadProblem(source.path(), message)));
  }
}
