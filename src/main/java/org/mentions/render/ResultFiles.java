package org.mentions.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.mentions.result.ChartResult;
import org.mentions.result.Result;
import org.mentions.result.TableResult;

/** Writes a result to a file in the format its extension names, atomically; returns a line saying what it did. */
public final class ResultFiles {
  private final TableWriters tables = TableWriters.standard();

  public String write(Result content, Path path) throws IOException {
    String name = path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    if (content instanceof TableResult t) {
      TableWriter writer = tables.forExtension(ext).orElseThrow(() -> new IOException(
          "cannot write a table to ." + ext + "; use ." + String.join(", .", tables.extensions())));
      AtomicFile.writeText(path, w -> writer.write(t.table(), w));
      return "wrote " + t.table().rowCount() + " rows to " + path;
    }
    if (content instanceof ChartResult) {
      throw new IOException("charts cannot be written to files yet");
    }
    throw new IOException("nothing to write to " + path);
  }
}
