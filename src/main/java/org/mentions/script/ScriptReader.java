package org.mentions.script;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.List;
import org.mentions.lang.ScriptText;

/** Script text as commands with their line numbers; the splitting rule itself is {@link ScriptText}'s. */
public final class ScriptReader {
  private ScriptReader() {}

  public static List<ScriptLine> read(BufferedReader in) throws IOException {
    return ScriptText.split(in).stream().map(c -> new ScriptLine(c.line(), c.text())).toList();
  }
}
