package org.mentions.render;

import static org.mentions.render.HtmlTableWriter.escape;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.mentions.result.ChartResult;
import org.mentions.result.ErrorResult;
import org.mentions.result.MessageResult;
import org.mentions.result.Notebook;
import org.mentions.result.Result;
import org.mentions.result.TableResult;

/**
 * A notebook as one self-contained HTML page: styles inline, charts as inline SVG, no scripts and no links to
 * anything outside the file, so it opens offline and can be mailed as is.
 */
public final class NotebookHtml {
  private static final String STYLE = """
      body { font-family: system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif; max-width: 64rem;
        margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; line-height: 1.4; }
      header { border-bottom: 2px solid #2c5d8f; margin-bottom: 1.5rem; }
      h1 { margin: 0 0 .3rem 0; font-size: 1.6rem; }
      .meta { color: #555; margin: .2rem 0 .8rem 0; }
      .cell { margin: 1.4rem 0; }
      pre { margin: .3rem 0; padding: .5rem .7rem; overflow-x: auto; font-size: .9rem;
        font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace; }
      pre.input { background: #eef3f8; border-left: 4px solid #2c5d8f; }
      pre.input .prompt { color: #777; user-select: none; }
      pre.message { background: #fafafa; border: 1px solid #e4e4e4; }
      .error { color: #a40000; background: #fff0f0; border-left: 4px solid #a40000; padding: .4rem .7rem; }
      .table { overflow-x: auto; }
      table { border-collapse: collapse; margin: .4rem 0; font-size: .9rem; width: max-content; }
      th, td { border: 1px solid #d6d6d6; padding: .2rem .5rem; text-align: left; vertical-align: top;
        max-width: 26rem; }
      th { background: #f2f2f2; }
      td.num { text-align: right; font-variant-numeric: tabular-nums; }
      .note { color: #555; font-size: .9rem; margin: .2rem 0; }
      figure { margin: .4rem 0; }
      figure svg { width: 100%; height: auto; border: 1px solid #e4e4e4; }
      footer { color: #777; font-size: .85rem; border-top: 1px solid #ddd; margin-top: 2rem; padding-top: .5rem; }
      """;

  public void write(Notebook notebook, Writer out) throws IOException {
    Notebook.Header h = notebook.header();
    out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.write("<title>" + escape(h.title()) + " — mentions notebook</title>\n<style>\n" + STYLE + "</style>\n");
    out.write("</head>\n<body>\n<header>\n<h1>" + escape(h.title()) + "</h1>\n");
    out.write("<p class=\"meta\">" + escape(NotebookText.headerLine(h)) + "</p>\n</header>\n<main>\n");
    int chart = 0;
    for (int i = 0; i < notebook.cells().size(); i++) {
      Notebook.Cell cell = notebook.cells().get(i);
      out.write("<section class=\"cell\" id=\"cell-" + (i + 1) + "\">\n");
      out.write("<pre class=\"input\"><code><span class=\"prompt\">mentions&gt; </span>" + escape(cell.input())
          + "</code></pre>\n");
      Result output = cell.output();
      if (output instanceof ChartResult) chart++;
      output(output, cell.rows(), chart, out);
      out.write("</section>\n");
    }
    out.write("</main>\n<footer>Written by mentions " + escape(h.version()) + " on " + escape(h.date())
        + ". Every table shows at most " + NotebookText.ROWS + " rows.</footer>\n</body>\n</html>\n");
  }

  private void output(Result output, int rows, int chart, Writer out) throws IOException {
    if (output instanceof TableResult t) {
      out.write("<div class=\"table\">\n");
      new HtmlTableWriter(new CellFormat(true, 2)).fragment(t.table(), out, NotebookText.ROWS);
      out.write("</div>\n");
      for (String line : NotebookText.tableNotes(t, rows)) out.write("<p class=\"note\">" + escape(line) + "</p>\n");
    } else if (output instanceof ChartResult c) {
      out.write("<figure>\n" + FileCharts.svgElement(NotebookText.sized(c), "chart" + chart) + "\n");
      List<String> notes = NotebookText.lines(c.note());
      if (!notes.isEmpty()) out.write("<figcaption class=\"note\">" + escape(String.join(" · ", notes))
          + "</figcaption>\n");
      out.write("</figure>\n");
    } else if (output instanceof ErrorResult e) {
      out.write("<p class=\"error\">error: " + escape(e.message()) + "</p>\n");
    } else if (output instanceof MessageResult m) {
      out.write("<pre class=\"message\">" + escape(m.text().stripTrailing()) + "</pre>\n");
    }
  }
}
