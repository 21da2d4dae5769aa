package org.mentions.table;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;

/**
 * Reads one section of a snapshot file through a small direct buffer, at its own file position, so several
 * sections can be read at once from one channel. Chosen over mapping the file: mapped pages count as the
 * process's resident memory until the mapping is collected, and a reopen late in a long session must not add a
 * whole snapshot to the peak.
 */
final class SectionReader {
  private static final int BUFFER = 1 << 20;
  private final FileChannel channel;
  private final ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER).order(TableSnapshot.ORDER);
  private long position;
  private final long end;

  SectionReader(FileChannel channel, long from, long to) {
    this.channel = channel;
    this.position = from;
    this.end = to;
    buffer.limit(0);
  }

  /** Makes at least {@code n} (at most the buffer's size) bytes readable, or fails if the section ends first. */
  private void need(int n) throws IOException {
    if (buffer.remaining() >= n) return;
    buffer.compact();
    while (buffer.position() < n && position < end) {
      int room = (int) Math.min(buffer.remaining(), end - position);
      ByteBuffer window = buffer.duplicate();
      window.limit(buffer.position() + room);
      int read = channel.read(window, position);
      if (read < 0) break;
      position += read;
      buffer.position(window.position());
    }
    buffer.flip();
    if (buffer.remaining() < n) throw new IOException("snapshot section cut short");
  }

  int getInt() throws IOException {
    need(4);
    return buffer.getInt();
  }

  long getLong() throws IOException {
    need(8);
    return buffer.getLong();
  }

  byte get() throws IOException {
    need(1);
    return buffer.get();
  }

  void get(byte[] dst, int length) throws IOException {
    for (int done = 0; done < length; ) {
      need(1);
      int n = Math.min(length - done, buffer.remaining());
      buffer.get(dst, done, n);
      done += n;
    }
  }

  /** Fills {@code dst} a buffer at a time: one block copy per megabyte rather than a call per int. */
  void getInts(int[] dst) throws IOException {
    for (int done = 0; done < dst.length; ) {
      need(4);
      int n = Math.min(dst.length - done, buffer.remaining() / 4);
      buffer.asIntBuffer().get(dst, done, n);
      buffer.position(buffer.position() + n * 4);
      done += n;
    }
  }

  String text(byte[] scratch) throws IOException {
    int length = getInt();
    if (length < 0 || length > end - position + buffer.remaining()) throw new IOException("bad text length " + length);
    byte[] bytes = length <= scratch.length ? scratch : new byte[length];
    get(bytes, length);
    return new String(bytes, 0, length, StandardCharsets.UTF_8);
  }

  /** Bytes left in the section. */
  long remaining() {
    return end - position + buffer.remaining();
  }
}
