package org.mentions.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * What a file or folder looked like when it was read: size, modification time and identity (device and inode where
 * the platform has them), or that it was absent. A folder's time changes when entries are added, removed or renamed
 * in it, so the stamps of the folders walked and the files read tell whether reading again would give the same.
 */
record FileStamp(String path, boolean exists, long size, long modifiedNanos, String identity) {
  static FileStamp of(Path path, BasicFileAttributes attrs) {
    Object key = attrs.fileKey();
    return new FileStamp(path.toString(), true, attrs.isDirectory() ? -1 : attrs.size(),
        attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS), key == null ? "" : key.toString());
  }

  /** Stats {@code path} now (following links, as the walk does). */
  static FileStamp now(Path path) throws IOException {
    try {
      return of(path, Files.readAttributes(path, BasicFileAttributes.class));
    } catch (NoSuchFileException e) {
      return new FileStamp(path.toString(), false, 0, 0, "");
    }
  }

  boolean stillHolds() {
    try {
      return equals(now(Path.of(path)));
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
