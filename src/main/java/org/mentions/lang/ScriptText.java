package org.mentions.lang;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits script text into commands by the prompt's rule: blank lines and # comments are skipped, and a command
 * continues while its line ends in a backslash or leaves a quote or parenthesis open. Lives beside the parser so
 * the script runner, {@code run FILE} and the shell cannot disagree about where a command ends.
 */
public final class ScriptText {
  /** One command of a script and the line it starts on (continuation lines kept, joined later by the engine). */
  public record Command(int line, String text) {}

  private ScriptText() {}

  public static List<Command> split(BufferedReader in) throws IOException {
    List<Command> out = new ArrayList<>();
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
        out.add(new Command(start, pending.toString()));
        pending.setLength(0);
      }
    }
    if (pending.length() > 0) out.add(new Command(start, pending.toString()));
    return out;
  }
}
