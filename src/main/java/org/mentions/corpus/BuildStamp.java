package org.mentions.corpus;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Names the build of this code by its content: a checksum over the name and CRC of every file under
 * {@code org/mentions/}, read from the jar's directory (no decompression) or from the classes folder. Caches of
 * what the code derived (documents read, tables built) must not outlive a change to that code, while the same
 * classes run from the jar or from {@code target/classes} share them.
 */
public final class BuildStamp {
  private static final String PREFIX = "org/mentions/";
  private static volatile String stamp;

  private BuildStamp() {}

  public static String current() {
    String s = stamp;
    if (s == null) stamp = s = compute();
    return s;
  }

  private static String compute() {
    try {
      CodeSource source = BuildStamp.class.getProtectionDomain().getCodeSource();
      if (source == null) return "unknown:" + System.nanoTime();
      Path location = Path.of(source.getLocation().toURI());
      TreeMap<String, Long> crcs = Files.isRegularFile(location) ? fromJar(location) : fromFolder(location);
      CRC32 all = new CRC32();
      long count = 0;
      for (var e : crcs.entrySet()) {
        all.update(e.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        all.update(java.nio.ByteBuffer.allocate(8).putLong(e.getValue()).array());
        count++;
      }
      return Long.toHexString(all.getValue()) + "-" + count;
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return "unknown:" + System.nanoTime(); // unknown build: never reuse what it made
    }
  }

  private static TreeMap<String, Long> fromJar(Path jar) throws IOException {
    TreeMap<String, Long> crcs = new TreeMap<>();
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      for (Enumeration<? extends ZipEntry> it = zip.entries(); it.hasMoreElements(); ) {
        ZipEntry e = it.nextElement();
        if (!e.isDirectory() && e.getName().startsWith(PREFIX)) crcs.put(e.getName(), e.getCrc());
      }
    }
    return crcs;
  }

  private static TreeMap<String, Long> fromFolder(Path classes) throws IOException {
    TreeMap<String, Long> crcs = new TreeMap<>();
    Path root = classes.resolve(PREFIX);
    if (!Files.isDirectory(root)) return crcs;
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(Files::isRegularFile).forEach(files::add);
    }
    for (Path f : files) {
      CRC32 crc = new CRC32();
      crc.update(Files.readAllBytes(f));
      crcs.put(classes.relativize(f).toString().replace('\\', '/'), crc.getValue());
    }
    return crcs;
  }
}
