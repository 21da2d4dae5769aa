package org.mentions.corpus;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file through a temporary sibling and a move, so readers see the old file or the whole new one, never
 * half of it, and a failure leaves no partial file behind.
 */
public final class AtomicFile {
  private AtomicFile() {}

  @FunctionalInterface
  public interface Body<T> {
    void write(T target) throws IOException;
  }

  public static void writeText(Path path, Body<Writer> body) throws IOException {
    writeBytes(path, os -> {
      Writer w = new BufferedWriter(new java.io.OutputStreamWriter(os, StandardCharsets.UTF_8));
      body.write(w);
      w.flush();
    });
  }

  public static void writeBytes(Path path, Body<OutputStream> body) throws IOException {
    Path target = path.toAbsolutePath();
    Path dir = target.getParent();
    if (dir != null && !Files.isDirectory(dir)) {
      throw new IOException("folder " + dir + " does not exist");
    }
    Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
    try {
      try (OutputStream os = Files.newOutputStream(tmp)) {
        body.write(os);
      }
      readableLikeOtherFiles(tmp, target);
      try {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * Temporary files are created readable by their owner only; what the user exports or saves is meant to be shared,
   * so it gets the permissions of the file it replaces, or rw-r--r--.
   */
  static void readableLikeOtherFiles(Path tmp, Path target) {
    try {
      java.util.Set<java.nio.file.attribute.PosixFilePermission> perms = Files.exists(target)
          ? Files.getPosixFilePermissions(target)
          : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
      Files.setPosixFilePermissions(tmp, perms);
    } catch (IOException | UnsupportedOperationException e) {
      // not a POSIX file system: its defaults apply
    }
  }
}
