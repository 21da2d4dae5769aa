package org.mentions.table;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import org.mentions.corpus.AtomicFile;
import org.mentions.nlp.Annotation;
import org.mentions.nlp.Sentence;
import org.mentions.nlp.Token;

/**
 * The on-disk annotation cache: one file per document text, named by its content hash, holding the raw annotation
 * and the pipeline key it was made with. A file whose key differs is stale; one whose checksum fails is corrupt;
 * both read as absent, so the caller re-annotates and overwrites. Writes go to a temporary file and are moved into
 * place, so a crash never leaves half an entry that reads as whole.
 */
public final class AnnotationStore {
  private static final int MAGIC = 0x4d4e5431; // "MNT1"
  private final Path dir;

  public AnnotationStore(Path dir) {
    this.dir = dir;
  }

  public Path dir() {
    return dir;
  }

  /** Outcome of a lookup, so loads can report how many entries were stale or corrupt. */
  public enum Status { HIT, MISSING, STALE, CORRUPT }

  public record Lookup(Status status, Optional<Annotation> annotation) {}

  /**
   * Entries of different pipelines live in different folders, so two versions of the tool (or two model sets)
   * sharing a cache do not overwrite each other's entries back and forth.
   */
  public Path file(String contentHash, String pipelineKey) {
    return dir.resolve(shortHash(pipelineKey)).resolve(contentHash.substring(0, 2)).resolve(contentHash + ".ann");
  }

  private static String shortHash(String text) {
    try {
      byte[] d = java.security.MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(d, 0, 6);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public Lookup get(String contentHash, String pipelineKey) {
    Path f = file(contentHash, pipelineKey);
    if (!Files.isRegularFile(f)) return new Lookup(Status.MISSING, Optional.empty());
    try {
      byte[] bytes = Files.readAllBytes(f);
      if (bytes.length < 12) return new Lookup(Status.CORRUPT, Optional.empty());
      CRC32 crc = new CRC32();
      crc.update(bytes, 0, bytes.length - 8);
      long stored = readLong(bytes, bytes.length - 8);
      if (crc.getValue() != stored) return new Lookup(Status.CORRUPT, Optional.empty());
      DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes, 0, bytes.length - 8));
      if (in.readInt() != MAGIC) return new Lookup(Status.CORRUPT, Optional.empty());
      if (!in.readUTF().equals(pipelineKey)) return new Lookup(Status.STALE, Optional.empty());
      if (!in.readUTF().equals(contentHash)) return new Lookup(Status.CORRUPT, Optional.empty());
      return new Lookup(Status.HIT, Optional.of(read(in)));
    } catch (IOException | RuntimeException e) {
      return new Lookup(Status.CORRUPT, Optional.empty());
    }
  }

  public void put(String contentHash, String pipelineKey, Annotation annotation) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 * 1024);
    DataOutputStream out = new DataOutputStream(buffer);
    out.writeInt(MAGIC);
    out.writeUTF(pipelineKey);
    out.writeUTF(contentHash);
    write(out, annotation);
    out.flush();
    byte[] body = buffer.toByteArray();
    CRC32 crc = new CRC32();
    crc.update(body);
    Path f = file(contentHash, pipelineKey);
    Files.createDirectories(f.getParent());
    AtomicFile.writeBytes(f, os -> {
      os.write(body);
      DataOutputStream trailer = new DataOutputStream(os);
      trailer.writeLong(crc.getValue());
      trailer.flush();
    });
  }

  private static void write(DataOutputStream out, Annotation a) throws IOException {
    out.writeInt(a.sentences().size());
    for (Sentence s : a.sentences()) {
      out.writeInt(s.start());
      out.writeInt(s.end());
      out.writeInt(s.tokens().size());
      for (Token t : s.tokens()) {
        out.writeUTF(t.word());
        out.writeUTF(t.lemma());
        out.writeUTF(t.pos());
        out.writeInt(t.start());
        out.writeInt(t.end());
      }
    }
    out.writeInt(a.names().size());
    for (Annotation.RawName n : a.names()) {
      out.writeInt(n.sentence());
      out.writeInt(n.start());
      out.writeInt(n.end());
      out.writeUTF(n.label());
      out.writeUTF(n.recognizer());
    }
  }

  private static Annotation read(DataInputStream in) throws IOException {
    int sentenceCount = in.readInt();
    List<Sentence> sentences = new ArrayList<>(sentenceCount);
    for (int i = 0; i < sentenceCount; i++) {
      int start = in.readInt();
      int end = in.readInt();
      int tokenCount = in.readInt();
      List<Token> tokens = new ArrayList<>(tokenCount);
      for (int t = 0; t < tokenCount; t++) {
        tokens.add(new Token(in.readUTF(), in.readUTF(), in.readUTF(), in.readInt(), in.readInt()));
      }
      sentences.add(new Sentence(start, end, tokens));
    }
    int nameCount = in.readInt();
    List<Annotation.RawName> names = new ArrayList<>(nameCount);
    for (int i = 0; i < nameCount; i++) {
      names.add(new Annotation.RawName(in.readInt(), in.readInt(), in.readInt(), in.readUTF(), in.readUTF()));
    }
    if (in.available() > 0) throw new IOException("trailing bytes");
    return new Annotation(sentences, names);
  }

  private static long readLong(byte[] b, int off) {
    long v = 0;
    for (int i = 0; i < 8; i++) v = (v << 8) | (b[off + i] & 0xff);
    return v;
  }

}
