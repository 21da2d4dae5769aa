package org.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages follow the order data flows, and a lower layer never imports a higher one; front ends do not import
 * each other. Only the launcher ({@code Main}) sees everything.
 */
class LayeringTest {
  static final List<String> ORDER = List.of(
      "corpus", "nlp", "table", "lang", "result", "command", "render", "engine", "shell", "script", "notebook");
  static final List<String> FRONT_ENDS = List.of("shell", "script", "notebook");
  static final Pattern IMPORT = Pattern.compile("^import (?:static )?org\\.mentions\\.(\\w+)", Pattern.MULTILINE);

  @Test
  void lowerLayersNeverImportHigherOnes() throws IOException {
    Path root = Path.of(System.getProperty("basedir", "."), "src/main/java/org/mentions");
    List<String> violations = new ArrayList<>();
    int checked = 0;
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Path rel = root.relativize(file);
        if (rel.getNameCount() < 2) continue;
        String layer = rel.getName(0).toString();
        assertTrue(ORDER.contains(layer), "unknown package " + layer + " (add it to the layer order)");
        String source = Files.readString(file);
        Matcher m = IMPORT.matcher(source);
        while (m.find()) {
          String used = m.group(1);
          boolean upward = ORDER.contains(used) && ORDER.indexOf(used) > ORDER.indexOf(layer);
          boolean sideways = FRONT_ENDS.contains(layer) && FRONT_ENDS.contains(used) && !used.equals(layer);
          if (upward && !sideways || sideways || used.equals("Main")) violations.add(rel + " imports " + used);
        }
        if (source.contains("org.mentions.Main")) violations.add(rel + " uses the launcher");
        checked++;
      }
    }
    assertTrue(checked > 50, "found the sources");
    assertEquals(List.of(), violations);
  }
}
