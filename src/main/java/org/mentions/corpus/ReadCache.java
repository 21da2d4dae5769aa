package org.mentions.corpus;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;

/**
 * What a {@code load} read, kept with the stamps of every file, folder and sidecar it looked at: loading the same
 * paths again, with none of them changed, costs one stat each instead of reading, checking, decoding and hashing
 * every file (most of a reopen of ten thousand articles). Any change, a file added or removed, a sidecar edited,
 * another build of this code, and the entry is not used. Only loads without problems are kept, so every warning is
 * said again.
 */
final class ReadCache {
  private static final int MAGIC = 0x4d4e5231; // "MNR1"
  private static final int KEEP = 8;
  // a file changed within the file system's time resolution after it was stamped would look unchanged (git's
  // "racily clean" entries); loads that saw a file this young are not kept
  private static final long RACY_NANOS = 3_000_000_000L;
  private final Path dir;

  ReadCache(Path dir) {
    this.dir = dir;
  }

  /** Names one load: where from, what was asked for, how records are read, and by which build. */
  static String key(Path baseDir, List<String> specs, ReadOptions options, ReaderRegistry registry) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      List<String> parts = new ArrayList<>(List.of(BuildStamp.current(), baseDir.toString(),
          System.getProperty("user.home", ""), String.valueOf(options.textColumn()),
          String.join(",", registry.extensions())));
      parts.addAll(specs);
      for (String part : parts) {
        digest.update(part.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
      }
      return HexFormat.of().formatHex(digest.digest(), 0, 20);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private Path file(String key) {
    return dir.resolve(key + ".read");
  }

  /**
   * The documents read last time, if nothing they came from changed since. The stamps are checked on another
   * thread while the documents are decoded: both are needed, and each is mostly waiting on something different.
   */
  Optional<List<Document>> lookup(String key) {
    Path f = file(key);
    if (!Files.isRegularFile(f)) return Optional.empty();
    CRC32 crc = new CRC32();
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(f), 1 << 16)) {
      DataInputStream in = new DataInputStream(new CheckedInputStream(raw, crc));
      if (in.readInt() != MAGIC || !in.readUTF().equals(key)) return Optional.empty();
      int stampCount = in.readInt();
      List<FileStamp> stamps = new ArrayList<>(stampCount);
      for (int i = 0; i < stampCount; i++) {
        stamps.add(new FileStamp(in.readUTF(), in.readBoolean(), in.readLong(), in.readLong(), in.readUTF()));
      }
      CompletableFuture<Boolean> unchanged = CompletableFuture.supplyAsync(
          () -> stamps.stream().allMatch(FileStamp::stillHolds));
      int docCount = in.readInt();
      List<Document> docs = new ArrayList<>(docCount);
      for (int i = 0; i < docCount; i++) {
        String id = readText(in);
        String path = readText(in);
        String title = readText(in);
        String hash = in.readUTF();
        int fields = in.readInt();
        Map<String, String> metadata = new LinkedHashMap<>();
        for (int k = 0; k < fields; k++) metadata.put(readText(in), readText(in));
        docs.add(new Document(id, path, title, readText(in), metadata, hash));
      }
      long expected = crc.getValue();
      if (new DataInputStream(raw).readLong() != expected || !unchanged.join()) return Optional.empty();
      CacheFolder.touch(f);
      return Optional.of(docs);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Keeps what a load read; quietly does nothing when a stamp is too young to trust or the disk refuses. */
  void store(String key, List<FileStamp> stamps, List<Document> docs) {
    long now = System.currentTimeMillis() * 1_000_000L;
    for (FileStamp s : stamps) {
      if (s.exists() && now - s.modifiedNanos() < RACY_NANOS) return;
    }
    try {
      Files.createDirectories(dir);
      CRC32 crc = new CRC32();
      AtomicFile.writeBytes(file(key), os -> {
        DataOutputStream out =
            new DataOutputStream(new CheckedOutputStream(new BufferedOutputStream(os, 1 << 16), crc));
        out.writeInt(MAGIC);
        out.writeUTF(key);
        out.writeInt(stamps.size());
        for (FileStamp s : stamps) {
          out.writeUTF(s.path());
          out.writeBoolean(s.exists());
          out.writeLong(s.size());
          out.writeLong(s.modifiedNanos());
          out.writeUTF(s.identity());
        }
        out.writeInt(docs.size());
        for (Document d : docs) {
          writeText(out, d.id());
          writeText(out, d.path());
          writeText(out, d.title());
          out.writeUTF(d.contentHash());
          out.writeInt(d.metadata().size());
          for (var e : d.metadata().entrySet()) {
            writeText(out, e.getKey());
            writeText(out, e.getValue());
          }
          writeText(out, d.text());
        }
        out.flush();
        // the checksum itself goes around the checked stream
        DataOutputStream trailer = new DataOutputStream(os);
        trailer.writeLong(crc.getValue());
        trailer.flush();
      });
      CacheFolder.keepNewest(dir, ".read", KEEP);
    } catch (IOException | RuntimeException e) {
      // without the entry the next load reads the files again
    }
  }

  private static void writeText(DataOutputStream out, String text) throws IOException {
    if (text == null) {
      out.writeInt(-1);
      return;
    }
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String readText(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n == -1) return null;
    if (n < 0 || n > (256 << 20)) throw new IOException("bad text length " + n);
    return new String(in.readNBytes(n), StandardCharsets.UTF_8);
  }
}
