package org.mentions.render;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import org.mentions.corpus.AtomicFile;
import org.mentions.result.ChartResult;
import org.mentions.result.ErrorResult;
import org.mentions.result.MessageResult;
import org.mentions.result.Notebook;
import org.mentions.result.Result;
import org.mentions.result.TableResult;

/**
 * A notebook as Markdown: commands in fenced blocks, tables as pipe tables, charts as SVG files beside it
 * ({@code NAME-chart-N.svg}) linked by relative paths. Each file is written atomically, the charts first, so
 * the Markdown never points at a chart that is not there.
 */
public final class NotebookMarkdown {
  public void write(Notebook notebook, Path path) throws IOException {
    String stem = stem(path.getFileName().toString());
    Path dir = path.toAbsolutePath().getParent();
    StringWriter out = new StringWriter();
    Notebook.Header h = notebook.header();
    out.write("# " + h.title() + "\n\n" + NotebookText.headerLine(h) + "\n");
    int chart = 0;
    for (Notebook.Cell cell : notebook.cells()) {
      out.write("\n```\nmentions> " + cell.input() + "\n```\n\n");
      Result output = cell.output();
      if (output instanceof TableResult t) {
        new MarkdownWriter(new CellFormat(true, 2)).write(t.table(), out, NotebookText.ROWS);
        out.write("\n");
        for (String line : NotebookText.tableNotes(t, cell.rows())) out.write("*" + line + "*\n");
      } else if (output instanceof ChartResult c) {
        String file = stem + "-chart-" + (++chart) + ".svg";
        AtomicFile.writeText(dir.resolve(file), w -> w.write(FileCharts.svgDocument(NotebookText.sized(c))));
        out.write("![" + MarkdownWriter.escape(c.title()) + "](" + file + ")\n");
        for (String line : NotebookText.lines(c.note())) out.write("\n*" + line + "*\n");
      } else if (output instanceof ErrorResult e) {
        out.write("> **error:** " + e.message() + "\n");
      } else if (output instanceof MessageResult m) {
        out.write("```\n" + m.text().stripTrailing() + "\n```\n");
      }
    }
    AtomicFile.writeText(path, w -> w.write(out.toString()));
  }

  private static String stem(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
