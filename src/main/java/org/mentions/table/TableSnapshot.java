package org.mentions.table;

import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.strings.IntDictionaryMap;

/**
 * Writes and reads tables of int and string columns column by column: ints as raw little-endian arrays, strings
 * as a dictionary of distinct values plus one code per row. Reading copies each int column out a megabyte at a
 * time, in the byte order of the machines this runs on, and builds each string column straight from its codes: no
 * per-row hashing, parsing or object creation, which is what makes reopening a large corpus fast.
 */
final class TableSnapshot {
  private static final byte INT = 1;
  private static final byte STRING = 2;
  static final ByteOrder ORDER = ByteOrder.LITTLE_ENDIAN;

  private TableSnapshot() {}

  /** Counts what goes through it, so sections of a snapshot can say where they start. */
  static final class Out {
    private final OutputStream out;
    private final ByteBuffer block = ByteBuffer.allocate(1 << 16).order(ORDER);
    private long written;

    Out(OutputStream out) {
      this.out = out;
    }

    long position() {
      return written + block.position();
    }

    void writeInt(int v) throws IOException {
      room(4);
      block.putInt(v);
    }

    void writeLong(long v) throws IOException {
      room(8);
      block.putLong(v);
    }

    void writeByte(int v) throws IOException {
      room(1);
      block.put((byte) v);
    }

    void writeText(String s) throws IOException {
      byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
      writeInt(bytes.length);
      writeBytes(bytes);
    }

    void writeBytes(byte[] bytes) throws IOException {
      if (bytes.length <= block.remaining()) {
        block.put(bytes);
        return;
      }
      flush();
      out.write(bytes);
      written += bytes.length;
    }

    void writeInts(int[] values) throws IOException {
      // through the block in runs: a call per int made snapshots of millions of rows slow
      for (int from = 0; from < values.length; ) {
        if (block.remaining() < 4) flush();
        int n = Math.min(values.length - from, block.remaining() / 4);
        block.asIntBuffer().put(values, from, n);
        block.position(block.position() + n * 4);
        from += n;
      }
    }

    void flush() throws IOException {
      out.write(block.array(), 0, block.position());
      written += block.position();
      block.clear();
    }

    private void room(int bytes) throws IOException {
      if (block.remaining() < bytes) flush();
    }
  }

  static void write(Out out, Table table) throws IOException {
    out.writeText(table.name());
    out.writeInt(table.rowCount());
    out.writeInt(table.columnCount());
    for (Column<?> c : table.columns()) {
      out.writeText(c.name());
      if (c instanceof IntColumn ints) {
        out.writeByte(INT);
        out.writeInts(ints.asIntArray());
      } else if (c instanceof StringColumn strings) {
        out.writeByte(STRING);
        writeStrings(out, strings);
      } else {
        throw new IOException("cannot snapshot column " + c.name() + " of type " + c.type());
      }
    }
  }

  private static void writeStrings(Out out, StringColumn column) throws IOException {
    Object2IntOpenHashMap<String> codes = new Object2IntOpenHashMap<>();
    codes.defaultReturnValue(-1);
    List<String> values = new ArrayList<>();
    int[] rows = new int[column.size()];
    for (int i = 0; i < rows.length; i++) {
      String v = column.get(i);
      int code = codes.getInt(v);
      if (code < 0) {
        code = values.size();
        codes.put(v, code);
        values.add(v);
      }
      rows[i] = code;
    }
    out.writeInt(values.size());
    for (String v : values) out.writeText(v);
    out.writeInts(rows);
  }

  /** Reads one table from {@code in}, leaving it just after the table. */
  static Table read(SectionReader in) throws IOException {
    byte[] scratch = new byte[256];
    String name = in.text(scratch);
    int rows = in.getInt();
    int columns = in.getInt();
    if (rows < 0 || columns < 0 || (long) rows * 4 > in.remaining()) throw new IOException("bad table size");
    Table table = Table.create(name);
    for (int c = 0; c < columns; c++) {
      String columnName = in.text(scratch);
      byte kind = in.get();
      if (kind == INT) {
        table.addColumns(IntColumn.create(columnName, readInts(in, rows)));
      } else if (kind == STRING) {
        table.addColumns(readStrings(in, columnName, rows, scratch));
      } else {
        throw new IOException("unknown column kind " + kind);
      }
    }
    return table;
  }

  private static int[] readInts(SectionReader in, int n) throws IOException {
    int[] values = new int[n];
    in.getInts(values);
    return values;
  }

  private static StringColumn readStrings(SectionReader in, String name, int rows, byte[] scratch)
      throws IOException {
    int distinct = in.getInt();
    if (distinct < 0 || distinct > in.remaining() / 4) throw new IOException("bad dictionary size in " + name);
    String[] values = new String[distinct];
    for (int i = 0; i < distinct; i++) values[i] = in.text(scratch);
    int[] codes = readInts(in, rows);
    int[] counts = new int[distinct];
    for (int code : codes) {
      if (code < 0 || code >= distinct) throw new IOException("string code out of range in " + name);
      counts[code]++;
    }
    Int2ObjectOpenHashMap<String> keyToValue = new Int2ObjectOpenHashMap<>(distinct);
    Object2IntOpenHashMap<String> valueToKey = new Object2IntOpenHashMap<>(distinct);
    Int2IntOpenHashMap keyToCount = new Int2IntOpenHashMap(distinct);
    valueToKey.defaultReturnValue(Integer.MIN_VALUE); // what Tablesaw's own dictionaries answer for "absent"
    for (int i = 0; i < distinct; i++) {
      if (counts[i] == 0) continue;
      keyToValue.put(i, values[i]);
      valueToKey.put(values[i], i);
      keyToCount.put(i, counts[i]);
    }
    // the dictionary increments its last key before it uses one, so a later append gets a fresh key
    IntDictionaryMap dict = new IntDictionaryMap.IntDictionaryBuilder().setNextIndex(distinct - 1)
        .setKeyToValue(keyToValue).setValueToKey(valueToKey).setKeyToCount(keyToCount).setValues(codes).build();
    return StringColumn.createInternal(name, dict);
  }
}
