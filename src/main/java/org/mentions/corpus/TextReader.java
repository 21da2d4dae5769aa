package org.mentions.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

  /** It reads the whole file anyway, so it checks for binary content itself instead of a second read. */
  @Override
  public boolean checksBinary() {
    return true;
  }

  @Override
  public LoadBatch read(SourceFile source, ReadOptions options) throws IOException {
    String text;
    try {
      byte[] bytes = Files.readAllBytes(source.file());
      Optional<String> binary = TextFiles.binaryReason(bytes, Math.min(bytes.length, TextFiles.SNIFF_BYTES));
      if (binary.isPresent()) return problem(source, binary.get());
      text = TextFiles.decodeUtf8(bytes);
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
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) end = text.length();
      String line = text.substring(start, end);
      if (!line.isBlank()) return line.strip();
      start = end + 1;
    }
    return "";
  }

  private static LoadBatch problem(SourceFile source, String message) {
    return new LoadBatch(List.of(), List.of(new LoadProblem(source.path(), message)));
  }
}
