package org.mentions.corpus;

import java.util.List;

/** A Markdown article ({@code .md}): like {@code .txt}, with heading marks ({@code # Title #}) stripped from the title. */
public final class MarkdownReader extends TextReader {
  @Override
  public List<String> extensions() {
    return List.of("md");
  }

  @Override
  protected String title(String firstLine) {
    String t = firstLine.strip();
    if (!t.startsWith("#")) return t;
    t = t.replaceFirst("^#{1,6}\\s*", "");
    t = t.replaceFirst("\\s+#+$", "");
    return t.strip();
  }
}
