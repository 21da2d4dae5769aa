package org.mentions.table;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.util.stream.Stream;

/**
 * Names the build of this code: the jar's size and time, or the newest class file in a classes folder. Snapshots
 * of built tables depend on the rules that built the rows (span clean-up, canonical names), so a new build must
 * not reuse them; the per-document annotation cache is keyed by model versions instead and survives rebuilds.
 */
final class CodeStamp {
  private static final String STAMP = compute();

  private CodeStamp() {}

  static String current() {
    return STAMP;
  }

  private static String compute() {
    try {
      CodeSource source = CodeStamp.class.getProtectionDomain().getCodeSource();
      if (source == null) return "unknown";
      Path location = Path.of(source.getLocation().toURI());
      if (Files.isRegularFile(location)) {
        BasicFileAttributes a = Files.readAttributes(location, BasicFileAttributes.class);
        return "jar:" + a.size() + ":" + a.lastModifiedTime().toMillis();
      }
      try (Stream<Path> files = Files.walk(location)) {
        long newest = files.filter(p -> p.toString().endsWith(".class"))
            .mapToLong(p -> p.toFile().lastModified()).max().orElse(0);
        return "classes:" + newest;
      }
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return "unknown:" + System.nanoTime(); // unknown build: never reuse a snapshot
    }
  }
}
