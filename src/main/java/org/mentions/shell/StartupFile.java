package org.mentions.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.mentions.lang.ScriptText;
import org.mentions.corpus.AtomicFile;

/**
 * The user's startup file ({@code mentionsrc} in the config directory): commands run when the shell starts, one
 * per line as in a script. {@code set} keeps its line up to date, so a setting changed once stays changed; the
 * user's other lines and comments are left as they are. Written atomically, so a crash never leaves half a file.
 */
final class StartupFile {
  static final String NAME = "mentionsrc";
  private static final String HEADER = """
      # mentions startup file: these commands run each time the shell starts, as in a script.
      # `set` updates its own lines here; add any other command (e.g. load my/articles/) below.
      """;

  private final Path path;

  StartupFile(Path configDir) {
    this.path = configDir.resolve(NAME);
  }

  Path path() {
    return path;
  }

  List<ScriptText.Command> commands() throws IOException {
    if (!Files.isRegularFile(path)) return List.of();
    try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      return ScriptText.split(in);
    }
  }

  /** Records {@code set NAME VALUE}: replaces the setting's line, or adds one. Nothing is written if unchanged. */
  synchronized void saveSetting(String name, String value) throws IOException {
    String wanted = "set " + name + " " + value;
    Pattern line = Pattern.compile("\\s*set\\s+" + Pattern.quote(name.toLowerCase(Locale.ROOT)) + "(\\s.*)?",
        Pattern.CASE_INSENSITIVE);
    List<String> lines = new ArrayList<>();
    if (Files.isRegularFile(path)) {
      String text = Files.readString(path, StandardCharsets.UTF_8);
      new BufferedReader(new StringReader(text)).lines().forEach(lines::add);
    } else {
      HEADER.lines().forEach(lines::add);
    }
    List<String> updated = new ArrayList<>();
    boolean placed = false;
    for (String l : lines) {
      if (!line.matcher(l).matches()) {
        updated.add(l);
      } else if (!placed) {
        updated.add(wanted);
        placed = true;
      }
    }
    if (!placed) updated.add(wanted);
    if (updated.equals(lines) && Files.isRegularFile(path)) return;
    Files.createDirectories(path.getParent());
    AtomicFile.writeText(path, w -> {
      for (String l : updated) w.write(l + "\n");
    });
  }
}
