package org.mentions.corpus;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 CSV parser: comma-separated, fields in double quotes may hold commas, quotes ({@code ""}) and
 * line breaks. Blank lines are skipped. A record longer than the limit or a quote never closed stops the file.
 */
final class CsvParser {
  private final Reader reader;
  private final int maxRecordChars;
  private final char[] buffer = new char[1 << 16];
  private int length;
  private int position;
  private int pushedBack = -2;
  private int line = 1;
  private int recordLine = 1;

  CsvParser(Reader reader, int maxRecordChars) {
    this.reader = reader;
    this.maxRecordChars = maxRecordChars;
  }

  /** The line being read. */
  int line() {
    return line;
  }

  /** The line the last record returned started on. */
  int recordLine() {
    return recordLine;
  }

  /** The next record's fields, or null at the end of the input. */
  List<String> next() throws IOException, CsvFormatException {
    while (true) {
      recordLine = line;
      List<String> fields = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean inQuotes = false;
      boolean fieldStarted = false;
      boolean anything = false;
      int chars = 0;
      while (true) {
        int c = read();
        if (c == -1) {
          if (inQuotes) {
            throw new CsvFormatException("has a quote opened in the record on line " + recordLine
                + " that is never closed");
          }
          if (!anything) return null;
          fields.add(field.toString());
          break;
        }
        anything = true;
        if (++chars > maxRecordChars) {
          throw new CsvFormatException("has a record starting on line " + recordLine + " longer than "
              + maxRecordChars / (1024 * 1024) + "M characters" + (inQuotes ? " (is a quote left open?)" : ""));
        }
        if (inQuotes) {
          if (c == '"') {
            int n = read();
            if (n == '"') {
              field.append('"');
            } else {
              inQuotes = false;
              unread(n);
            }
          } else {
            countLine(c);
            field.append((char) c);
          }
        } else if (c == ',') {
          fields.add(field.toString());
          field.setLength(0);
          fieldStarted = false;
        } else if (c == '\n' || c == '\r') {
          if (c == '\r') {
            int n = read();
            if (n != '\n') unread(n);
          }
          line++;
          fields.add(field.toString());
          break;
        } else if (c == '"' && !fieldStarted) {
          inQuotes = true;
          fieldStarted = true;
        } else {
          fieldStarted = true;
          field.append((char) c);
        }
      }
      if (fields.size() == 1 && fields.get(0).isBlank()) continue;
      return fields;
    }
  }

  private void countLine(int c) throws IOException {
    if (c == '\n') {
      line++;
    } else if (c == '\r') {
      int n = read();
      if (n != '\n') line++;
      unread(n);
    }
  }

  private int read() throws IOException {
    if (pushedBack != -2) {
      int c = pushedBack;
      pushedBack = -2;
      return c;
    }
    if (position == length) {
      length = reader.read(buffer, 0, buffer.length);
      position = 0;
      if (length <= 0) {
        length = 0;
        return -1;
      }
    }
    return buffer[position++];
  }

  private void unread(int c) {
    pushedBack = c;
  }

  /** The file cannot be parsed further. */
  static final class CsvFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    CsvFormatException(String message) {
      super(message);
    }
  }
}
