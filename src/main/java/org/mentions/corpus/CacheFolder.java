package org.mentions.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

/**
 * Housekeeping for folders of large cache entries (read caches, table snapshots): an entry's time says when it was
 * last used, and only the most recently used few are kept.
 */
public final class CacheFolder {
  private CacheFolder() {}

  /** Marks an entry as just used, so pruning keeps it. */
  public static void touch(Path entry) throws IOException {
    Files.setLastModifiedTime(entry, FileTime.fromMillis(System.currentTimeMillis()));
  }

  /** Deletes all but the {@code keep} most recently used files of {@code dir} whose names end in {@code suffix}. */
  public static void keepNewest(Path dir, String suffix, int keep) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> entries = files.filter(p -> p.toString().endsWith(suffix))
          .sorted((a, b) -> Long.compare(b.toFile().lastModified(), a.toFile().lastModified())).toList();
      for (Path old : entries.subList(Math.min(keep, entries.size()), entries.size())) Files.deleteIfExists(old);
    }
  }
}
