package org.mentions.render;

import org.mentions.command.Settings;
import org.mentions.result.ChartResult;
import org.mentions.result.ErrorResult;
import org.mentions.result.FileResult;
import org.mentions.result.MessageResult;
import org.mentions.result.Notebook;
import org.mentions.result.QuitResult;
import org.mentions.result.Result;
import org.mentions.result.TableResult;

/** Renders any result as terminal text, following the user's settings, the output width and colour support. */
public final class ResultText {
  private final Settings settings;
  private final int terminalWidth;
  private final Style style;

  public ResultText(Settings settings, int terminalWidth, Style style) {
    this.settings = settings;
    this.terminalWidth = terminalWidth;
    this.style = style;
  }

  public String render(Result result) {
    if (result instanceof TableResult t) {
      return table().render(t);
    }
    if (result instanceof MessageResult m) return m.text().endsWith("\n") ? m.text() : m.text() + "\n";
    if (result instanceof ErrorResult e) return style.error("error: " + e.message()) + "\n";
    if (result instanceof ChartResult c) return new TerminalChart(width(), style, glyphs(), cellFormat()).render(c);
    if (result instanceof Notebook n) return "notebook of " + n.cells().size() + " commands\n";
    if (result instanceof FileResult f) return "→ " + f.path() + "\n";
    if (result instanceof QuitResult) return "";
    return result + "\n";
  }

  public int width() {
    int set = settings.intValue("width");
    return set > 0 ? set : terminalWidth;
  }

  /** Unicode follows colour unless set: a terminal that shows colour nearly always has the block characters. */
  public Glyphs glyphs() {
    String unicode = settings.get("unicode");
    boolean on = unicode.equals("on") || (unicode.equals("auto") && style.enabled());
    return on ? Glyphs.UNICODE : Glyphs.ASCII;
  }

  public CellFormat cellFormat() {
    return new CellFormat(settings.get("numbers").equals("grouped"), settings.intValue("decimals"));
  }

  public TextTable table() {
    return new TextTable(width(), settings.intValue("maxrows"), settings.intValue("colwidth"), cellFormat(), style);
  }

  public Style style() {
    return style;
  }
}
