package org.mentions.render;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.mentions.corpus.AtomicFile;
import org.mentions.result.ChartResult;
import org.mentions.result.Notebook;
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
    if (content instanceof ChartResult c) {
      switch (ext) {
        case "svg" -> AtomicFile.writeText(path, w -> w.write(FileCharts.svgDocument(c)));
        case "png" -> AtomicFile.writeBytes(path, os -> FileCharts.png(c, os));
        default -> throw new IOException("cannot draw a chart to ." + ext + "; use .svg or .png");
      }
      return "wrote chart to " + path;
    }
    if (content instanceof Notebook n) {
      switch (ext) {
        case "html" -> AtomicFile.writeText(path, w -> new NotebookHtml().write(n, w));
        case "md" -> new NotebookMarkdown().write(n, path);
        default -> throw new IOException("cannot write a notebook to ." + ext + "; use .html or .md");
      }
      return "wrote notebook of " + n.cells().size() + " commands to " + path;
    }
    throw new IOException("nothing to write to " + path);
  }
}
