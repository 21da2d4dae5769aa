package org.mentions.script;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.mentions.lang.Parser;

/**
 * Splits script text into commands: blank lines and # comments are skipped, and a command continues while its
 * line ends in a backslash or leaves a quote or parenthesis open (the same rule as the interactive prompt).
 */
public final class ScriptReader {
  private ScriptReader() {}

  public static List<ScriptLine> read(BufferedReader in) throws IOException {
    List<ScriptLine> out = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    int start = 0;
    int lineNo = 0;
    String line;
    while ((line = in.readLine()) != null) {
      lineNo++;
      if (pending.length() == 0) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) continue;
        start = lineNo;
      } else {
        pending.append('\n');
      }
      pending.append(line);
      if (Parser.isComplete(pending.toString())) {
        out.add(new ScriptLine(start, pending.toString()));
        pending.setLength(0);
      }
    }
    if (pending.length() > 0) out.add(new ScriptLine(start, pending.toString()));
    return out;
  }
}
