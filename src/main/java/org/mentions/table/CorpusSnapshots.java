package org.mentions.table;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;
import org.mentions.corpus.Document;
import tech.tablesaw.api.Table;

/**
 * Whole-corpus snapshots of the built tables, keyed by the documents (ids and texts, in order) and by everything
 * that shapes the rows (models, mention rules). Reopening a corpus that was loaded before reads one file column by
 * column instead of thousands of per-document entries. A snapshot that fails its checksum reads as absent; the
 * per-document cache then rebuilds the tables.
 */
final class CorpusSnapshots {
  private static final int MAGIC = 0x4d4e5333; // "MNS3"
  private static final int KEEP = 4;
  private final Path dir;

  CorpusSnapshots(Path dir) {
    this.dir = dir;
  }

  /**
   * The tables of one loaded batch and each document's counts, in document order; {@code localEntities} holds
   * each mention's entity name before aliases, so aliases can be applied again after a restore; {@code aliases}
   * names the aliases the entity column was built with, so that is needed only when they changed.
   */
  record Snapshot(int[] sentences, int[] tokens, int[] mentions, Table sentenceTable, Table tokenTable,
      Table mentionTable, Table localEntities, String aliases) {}

  static String key(String rowsKey, List<Document> docs) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(rowsKey.getBytes(StandardCharsets.UTF_8));
      // hashing every text is a third of a reopen's work; the texts hash in parallel, the key in order
      List<String> hashes = docs.parallelStream().map(Document::contentHash).toList();
      for (int i = 0; i < docs.size(); i++) {
        digest.update((byte) 0);
        digest.update(docs.get(i).id().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(hashes.get(i).getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private Path file(String key) {
    return dir.resolve(key + ".snap");
  }

  Optional<Snapshot> read(String key) {
    Path f = file(key);
    if (!Files.isRegularFile(f)) return Optional.empty();
    CRC32C crc = new CRC32C();
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(f), 1 << 16)) {
      DataInputStream in = new DataInputStream(new CheckedInputStream(raw, crc));
      if (in.readInt() != MAGIC || !in.readUTF().equals(key)) return Optional.empty();
      String aliases = readText(in);
      int docs = in.readInt();
      int[] sentences = new int[docs];
      int[] tokens = new int[docs];
      int[] mentions = new int[docs];
      for (int i = 0; i < docs; i++) {
        sentences[i] = in.readInt();
        tokens[i] = in.readInt();
        mentions[i] = in.readInt();
      }
      Table s = TableSnapshot.read(in);
      Table t = TableSnapshot.read(in);
      Table m = TableSnapshot.read(in);
      Table local = TableSnapshot.read(in);
      long expected = crc.getValue();
      long stored = new DataInputStream(raw).readLong();
      if (stored != expected) return Optional.empty();
      Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
      return Optional.of(new Snapshot(sentences, tokens, mentions, s, t, m, local, aliases));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  void write(String key, Snapshot snapshot) throws IOException {
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, key, ".tmp");
    try {
      CRC32C crc = new CRC32C();
      try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
        DataOutputStream out = new DataOutputStream(new CheckedOutputStream(raw, crc));
        out.writeInt(MAGIC);
        out.writeUTF(key);
        writeText(out, snapshot.aliases());
        out.writeInt(snapshot.sentences().length);
        for (int i = 0; i < snapshot.sentences().length; i++) {
          out.writeInt(snapshot.sentences()[i]);
          out.writeInt(snapshot.tokens()[i]);
          out.writeInt(snapshot.mentions()[i]);
        }
        TableSnapshot.write(out, snapshot.sentenceTable());
        TableSnapshot.write(out, snapshot.tokenTable());
        TableSnapshot.write(out, snapshot.mentionTable());
        TableSnapshot.write(out, snapshot.localEntities());
        out.flush();
        new DataOutputStream(raw).writeLong(crc.getValue());
      }
      try {
        Files.move(tmp, file(key), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file(key), StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
    prune();
  }

  private static void writeText(DataOutputStream out, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String readText(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > (64 << 20)) throw new IOException("bad text length " + n);
    return new String(in.readNBytes(n), StandardCharsets.UTF_8);
  }

  /** Keeps the most recently used snapshots; each is as large as its corpus's tables. */
  private void prune() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> snaps = files.filter(p -> p.toString().endsWith(".snap"))
          .sorted((a, b) -> Long.compare(b.toFile().lastModified(), a.toFile().lastModified())).toList();
      for (Path old : snaps.subList(Math.min(KEEP, snaps.size()), snaps.size())) Files.deleteIfExists(old);
    }
  }
}
