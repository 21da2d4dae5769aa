package org.mentions.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A strict UTF-8 reader that hands out every character before a bad byte and only then fails, saying at which byte
 * offset; so a caller counting lines knows the line of the bad byte. A leading byte-order mark is skipped.
 */
final class Utf8Reader extends Reader {
  /** Bytes that are not UTF-8, at {@link #byteOffset()} from the start of the file. */
  static final class MalformedUtf8Exception extends CharacterCodingException {
    private static final long serialVersionUID = 1L;
    private final long byteOffset;

    MalformedUtf8Exception(long byteOffset) {
      this.byteOffset = byteOffset;
    }

    long byteOffset() {
      return byteOffset;
    }

    @Override
    public String getMessage() {
      return "not valid UTF-8 at byte offset " + byteOffset;
    }
  }

  private final InputStream in;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
  private final CharBuffer chars = CharBuffer.allocate(1 << 16);
  private long consumedBefore;
  private boolean eof;
  private boolean started;
  private MalformedUtf8Exception pending;

  Utf8Reader(InputStream in) {
    this.in = in;
    bytes.flip();
    chars.flip();
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) return 0;
    while (!chars.hasRemaining()) {
      if (pending != null) throw pending;
      if (eof && !bytes.hasRemaining()) return -1;
      fill();
    }
    int n = Math.min(length, chars.remaining());
    chars.get(buffer, offset, n);
    return n;
  }

  private void fill() throws IOException {
    if (!eof) {
      consumedBefore += bytes.position();
      bytes.compact();
      int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (read < 0) {
        eof = true;
      } else {
        bytes.position(bytes.position() + read);
      }
      bytes.flip();
      if (!started && (bytes.remaining() >= 3 || eof)) {
        started = true;
        if (bytes.remaining() >= 3 && (bytes.get(0) & 0xFF) == 0xEF && (bytes.get(1) & 0xFF) == 0xBB
            && (bytes.get(2) & 0xFF) == 0xBF) {
          bytes.position(3);
        }
      }
      if (!started) return;
    }
    chars.clear();
    CoderResult result = decoder.decode(bytes, chars, eof);
    if (result.isError()) pending = new MalformedUtf8Exception(consumedBefore + bytes.position());
    chars.flip();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
