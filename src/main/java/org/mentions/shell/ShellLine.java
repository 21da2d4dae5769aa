package org.mentions.shell;

import java.util.ArrayList;
import java.util.List;
import org.jline.reader.CompletingParsedLine;
import org.mentions.lang.CompletionContext;
import org.mentions.lang.LexToken;
import org.mentions.lang.Lexer;

/**
 * JLine's view of the line being completed, built from our lexer: the word under the cursor is the partial token
 * without its opening quote, and {@link #escape} adds quotes back when a completion has spaces.
 */
final class ShellLine implements CompletingParsedLine {
  private final String line;
  private final int cursor;
  private final CompletionContext context;
  private final List<String> words = new ArrayList<>();

  ShellLine(String line, int cursor, CompletionContext context) {
    this.line = line;
    this.cursor = cursor;
    this.context = context;
    for (LexToken t : Lexer.lex(line)) words.add(t.text());
  }

  CompletionContext context() {
    return context;
  }

  @Override
  public String word() {
    return context.prefix();
  }

  @Override
  public int wordCursor() {
    return context.prefix().length();
  }

  @Override
  public int wordIndex() {
    return Math.max(0, words.size() - 1);
  }

  @Override
  public List<String> words() {
    return words;
  }

  @Override
  public String line() {
    return line;
  }

  @Override
  public int cursor() {
    return cursor;
  }

  @Override
  public CharSequence escape(CharSequence candidate, boolean complete) {
    String c = candidate.toString();
    boolean needsQuotes = context.quoted() || c.isEmpty()
        || (!c.startsWith("--") && !c.matches("[\\p{L}\\p{N}_./*~:-]+") && !c.endsWith("/"));
    if (!needsQuotes || c.startsWith("\"")) return c;
    String body = '"' + c.replace("\\", "\\\\").replace("\"", "\\\"");
    return complete ? body + '"' : body;
  }

  @Override
  public int rawWordCursor() {
    return cursor - context.replaceStart();
  }

  @Override
  public int rawWordLength() {
    return cursor - context.replaceStart();
  }
}
