package org.mentions.corpus;

import java.io.IOException;
import java.io.Reader;

/** Reads lines without ever holding more than a limit: a longer line is skipped and reported as too long. */
final class LineReader {
  /** One line; {@code text} is null when the line was longer than the limit. */
  record Line(int number, String text) {
    boolean tooLong() {
      return text == null;
    }
  }

  private final Reader reader;
  private final int maxChars;
  private final char[] buffer = new char[1 << 16];
  private int length;
  private int position;
  private int lineNumber;
  private boolean eof;

  LineReader(Reader reader, int maxChars) {
    this.reader = reader;
    this.maxChars = maxChars;
  }

  /** The number of the line being read or last read. */
  int lineNumber() {
    return lineNumber;
  }

  /** The next line without its line break, or null at the end. */
  Line next() throws IOException {
    if (eof) return null;
    lineNumber++;
    StringBuilder line = new StringBuilder();
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (position == length) {
        length = reader.read(buffer, 0, buffer.length);
        position = 0;
        if (length <= 0) {
          length = 0;
          eof = true;
          if (!any) return null;
          break;
        }
      }
      any = true;
      int start = position;
      while (position < length && buffer[position] != '\n') position++;
      if (!tooLong) {
        if (line.length() + (position - start) > maxChars) {
          tooLong = true;
          line = new StringBuilder();
        } else {
          line.append(buffer, start, position - start);
        }
      }
      if (position < length) {
        position++;
        break;
      }
    }
    if (tooLong) return new Line(lineNumber, null);
    int end = line.length();
    if (end > 0 && line.charAt(end - 1) == '\r') line.setLength(end - 1);
    return new Line(lineNumber, line.toString());
  }
}
