package org.mentions.table;

import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.objects.Object2IntOpenHashMap;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.strings.IntDictionaryMap;

/**
 * Writes and reads tables of int and string columns column by column: ints as raw arrays, strings as a
 * dictionary of distinct values plus one code per row. Reading builds each string column straight from its codes,
 * which is what makes reopening a large corpus fast: no per-row hashing or object creation.
 */
final class TableSnapshot {
  private static final byte INT = 1;
  private static final byte STRING = 2;

  private TableSnapshot() {}

  static void write(DataOutputStream out, Table table) throws IOException {
    out.writeUTF(table.name());
    out.writeInt(table.rowCount());
    out.writeInt(table.columnCount());
    for (Column<?> c : table.columns()) {
      out.writeUTF(c.name());
      if (c instanceof IntColumn ints) {
        out.writeByte(INT);
        writeInts(out, ints.asIntArray());
      } else if (c instanceof StringColumn strings) {
        out.writeByte(STRING);
        writeStrings(out, strings);
      } else {
        throw new IOException("cannot snapshot column " + c.name() + " of type " + c.type());
      }
    }
  }

  private static void writeStrings(DataOutputStream out, StringColumn column) throws IOException {
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
    for (String v : values) {
      byte[] bytes = v.getBytes(StandardCharsets.UTF_8);
      out.writeInt(bytes.length);
      out.write(bytes);
    }
    writeInts(out, rows);
  }

  // ints go through a byte buffer in blocks: a call per int made snapshots of millions of rows slow
  private static final int BLOCK = 1 << 14;

  private static void writeInts(DataOutputStream out, int[] values) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(BLOCK * 4);
    for (int from = 0; from < values.length; from += BLOCK) {
      int n = Math.min(BLOCK, values.length - from);
      buffer.clear();
      buffer.asIntBuffer().put(values, from, n);
      out.write(buffer.array(), 0, n * 4);
    }
  }

  static Table read(DataInputStream in) throws IOException {
    String name = in.readUTF();
    int rows = in.readInt();
    int columns = in.readInt();
    Table table = Table.create(name);
    for (int c = 0; c < columns; c++) {
      String columnName = in.readUTF();
      byte kind = in.readByte();
      if (kind == INT) {
        table.addColumns(IntColumn.create(columnName, readInts(in, rows)));
      } else if (kind == STRING) {
        table.addColumns(readStrings(in, columnName, rows));
      } else {
        throw new IOException("unknown column kind " + kind);
      }
    }
    return table;
  }

  private static int[] readInts(DataInputStream in, int n) throws IOException {
    int[] values = new int[n];
    byte[] block = new byte[BLOCK * 4];
    for (int from = 0; from < n; from += BLOCK) {
      int count = Math.min(BLOCK, n - from);
      in.readFully(block, 0, count * 4);
      ByteBuffer.wrap(block, 0, count * 4).asIntBuffer().get(values, from, count);
    }
    return values;
  }

  private static StringColumn readStrings(DataInputStream in, String name, int rows) throws IOException {
    int distinct = in.readInt();
    String[] values = new String[distinct];
    byte[] buffer = new byte[256];
    for (int i = 0; i < distinct; i++) {
      int length = in.readInt();
      if (length > buffer.length) buffer = new byte[Math.max(length, buffer.length * 2)];
      in.readFully(buffer, 0, length);
      values[i] = new String(buffer, 0, length, StandardCharsets.UTF_8);
    }
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
