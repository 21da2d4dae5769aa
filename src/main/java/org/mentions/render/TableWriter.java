package org.mentions.render;

import java.io.IOException;
import java.io.Writer;
import tech.tablesaw.api.Table;

/** Writes a whole table in one file format; registered by file extension in {@link TableWriters}. */
public interface TableWriter {
  String extension();

  void write(Table table, Writer out) throws IOException;
}
