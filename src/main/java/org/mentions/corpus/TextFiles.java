package org.mentions.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Size limits and the byte-level checks shared by the readers: binary sniffing and strict UTF-8 decoding. */
public final class TextFiles {
  /** Largest .txt/.md file read whole. */
  public static final long MAX_TEXT_FILE_BYTES = 20L * 1024 * 1024;

  /** Largest single record (a JSONL line, a CSV row) in a streamed file, in characters. */
  public static final int MAX_RECORD_CHARS = 10 * 1024 * 1024;

  /** How much of a file's start is looked at to decide whether it is binary. */
  static final int SNIFF_BYTES = 8192;

  private TextFiles() {}

  /** Why the file looks binary, judged from its first bytes, or empty if it looks like text. */
  public static Optional<String> binaryReason(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(SNIFF_BYTES);
    }
    return binaryReason(head, head.length);
  }

  static Optional<String> binaryReason(byte[] bytes, int length) {
    if (length >= 2
        && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
            || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
      return Optional.of("is UTF-16 text; save it as UTF-8");
    }
    int control = 0;
    for (int i = 0; i < length; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) return Optional.of("looks binary (contains NUL bytes), not text");
      if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) || b == 0x7F) control++;
    }
    if (length > 0 && control * 10 > length) {
      return Optional.of("looks binary (" + (control * 100 / length) + "% control bytes), not text");
    }
    return Optional.empty();
  }

  /** Decodes strict UTF-8 (a leading byte-order mark is dropped). */
  public static String decodeUtf8(byte[] bytes) throws InvalidUtf8Exception {
    int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
        ? 3 : 0;
    CharsetDecoder decoder = strictDecoder();
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length - start);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int offset = in.position();
      int line = 1;
      for (int i = 0; i < offset; i++) if (bytes[i] == '\n') line++;
      throw new InvalidUtf8Exception(offset, line);
    }
    decoder.flush(out);
    out.flip();
    return out.toString();
  }

  /**
   * A reader of strict UTF-8 that fails with {@link Utf8Reader.MalformedUtf8Exception} (saying the byte offset) only
   * after handing out every character before the bad byte.
   */
  public static Reader openUtf8(Path file) throws IOException {
    return new Utf8Reader(Files.newInputStream(file));
  }

  private static CharsetDecoder strictDecoder() {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** Lower-case extension without the dot, or empty. */
  public static String extension(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** "1.5 MB", "20 MB", "812 bytes". */
  public static String size(long bytes) {
    if (bytes < 1024) return bytes + " bytes";
    if (bytes < 1024 * 1024) return trim(bytes / 1024.0) + " KB";
    return trim(bytes / (1024.0 * 1024)) + " MB";
  }

  private static String trim(double value) {
    String s = String.format(Locale.ROOT, "%.1f", value);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }

  /** Text that is not valid UTF-8, with where the first bad byte is. */
  public static final class InvalidUtf8Exception extends Exception {
    private static final long serialVersionUID = 1L;
    private final long byteOffset;
    private final int line;

    public InvalidUtf8Exception(long byteOffset, int line) {
      super("is not valid UTF-8 (bad byte at offset " + byteOffset + ", line " + line + "); save it as UTF-8");
      this.byteOffset = byteOffset;
      this.line = line;
    }

    public long byteOffset() {
      return byteOffset;
    }

    public int line() {
      return line;
    }
  }
}
