package org.mentions.table;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import org.mentions.corpus.AtomicFile;
import org.mentions.corpus.CacheFolder;
import org.mentions.corpus.Document;
import tech.tablesaw.api.Table;

/**
 * Whole-corpus snapshots of the built tables, keyed by the documents (ids and texts, in order) and by everything
 * that shapes the rows (models, mention rules). Reopening a corpus that was loaded before reads one file column by
 * column instead of thousands of per-document entries. A snapshot that fails its checksum reads as absent; the
 * per-document cache then rebuilds the tables.
 */
final class CorpusSnapshots {
  private static final int MAGIC = 0x4d4e5334; // "MNS4"
  private static final int KEEP = 4;
  private static final int SECTIONS = 5; // the header, then sentences, tokens, mentions, local entity names
  private static final int FOOTER = SECTIONS * 8 + 4 + 8;
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
      for (Document doc : docs) {
        digest.update((byte) 0);
        digest.update(doc.id().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(doc.contentHash().getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private Path file(String key) {
    return dir.resolve(key + ".snap");
  }

  /**
   * Reads the sections on a few threads, while another checks the checksum: a reopen waits on the slowest table
   * rather than on all of them in turn.
   */
  Optional<Snapshot> read(String key) {
    Path f = file(key);
    if (!Files.isRegularFile(f)) return Optional.empty();
    ExecutorService pool = Executors.newFixedThreadPool(3, r -> {
      Thread t = new Thread(r, "mentions-snapshot");
      t.setDaemon(true);
      return t;
    });
    try (FileChannel channel = FileChannel.open(f, StandardOpenOption.READ)) {
      long size = channel.size();
      if (size < FOOTER) return Optional.empty();
      SectionReader footer = new SectionReader(channel, size - FOOTER, size);
      long[] starts = new long[SECTIONS + 1];
      for (int i = 0; i < SECTIONS; i++) starts[i] = footer.getLong();
      starts[SECTIONS] = size - FOOTER;
      if (footer.getInt() != MAGIC || starts[0] != 0) return Optional.empty();
      long storedCrc = footer.getLong();
      for (int i = 0; i < SECTIONS; i++) {
        if (starts[i + 1] < starts[i]) return Optional.empty();
      }
      Future<Long> crc = pool.submit(() -> checksum(channel, size - 8));
      List<Future<Table>> tables = new ArrayList<>();
      for (int i = 1; i < SECTIONS; i++) {
        SectionReader section = new SectionReader(channel, starts[i], starts[i + 1]);
        tables.add(pool.submit(() -> TableSnapshot.read(section)));
      }
      SectionReader head = new SectionReader(channel, starts[0], starts[1]);
      byte[] scratch = new byte[256];
      if (head.getInt() != MAGIC || !head.text(scratch).equals(key)) return Optional.empty();
      String aliases = head.text(scratch);
      int docs = head.getInt();
      if (docs < 0 || docs > head.remaining() / 12) return Optional.empty();
      int[] counts = new int[docs * 3];
      head.getInts(counts);
      int[] sentences = new int[docs];
      int[] tokens = new int[docs];
      int[] mentions = new int[docs];
      for (int i = 0; i < docs; i++) {
        sentences[i] = counts[3 * i];
        tokens[i] = counts[3 * i + 1];
        mentions[i] = counts[3 * i + 2];
      }
      Snapshot snap = new Snapshot(sentences, tokens, mentions, tables.get(0).get(), tables.get(1).get(),
          tables.get(2).get(), tables.get(3).get(), aliases);
      if (crc.get() != storedCrc) return Optional.empty();
      CacheFolder.touch(f);
      return Optional.of(snap);
    } catch (IOException | RuntimeException | ExecutionException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } finally {
      pool.shutdownNow();
    }
  }

  /** CRC-32 of the first {@code length} bytes, read through one small direct buffer. */
  private static long checksum(FileChannel channel, long length) throws IOException {
    CRC32 crc = new CRC32();
    ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 20);
    for (long position = 0; position < length; ) {
      buffer.clear().limit((int) Math.min(buffer.capacity(), length - position));
      int read = channel.read(buffer, position);
      if (read < 0) throw new IOException("snapshot cut short");
      position += read;
      buffer.flip();
      crc.update(buffer);
    }
    return crc.getValue();
  }

  void write(String key, Snapshot snapshot) throws IOException {
    Files.createDirectories(dir);
    AtomicFile.writeBytes(file(key), os -> {
      CRC32 crc = new CRC32();
      TableSnapshot.Out out = new TableSnapshot.Out(new CheckedOutputStream(os, crc));
      long[] starts = new long[SECTIONS];
      starts[0] = out.position();
      out.writeInt(MAGIC);
      out.writeText(key);
      out.writeText(snapshot.aliases());
      int docs = snapshot.sentences().length;
      out.writeInt(docs);
      int[] counts = new int[docs * 3];
      for (int i = 0; i < docs; i++) {
        counts[3 * i] = snapshot.sentences()[i];
        counts[3 * i + 1] = snapshot.tokens()[i];
        counts[3 * i + 2] = snapshot.mentions()[i];
      }
      out.writeInts(counts);
      List<Table> tables = List.of(snapshot.sentenceTable(), snapshot.tokenTable(), snapshot.mentionTable(),
          snapshot.localEntities());
      for (int i = 0; i < tables.size(); i++) {
        starts[i + 1] = out.position();
        TableSnapshot.write(out, tables.get(i));
      }
      for (long start : starts) out.writeLong(start);
      out.writeInt(MAGIC);
      out.flush();
      // the checksum covers everything before it, so it is written around the checked stream
      TableSnapshot.Out trailer = new TableSnapshot.Out(os);
      trailer.writeLong(crc.getValue());
      trailer.flush();
    });
    CacheFolder.keepNewest(dir, ".snap", KEEP);
  }
}
