package org.mentions.shell;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jline.reader.History;
import org.jline.reader.LineReader;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.NonBlockingReader;
import org.mentions.command.FrontEnd;
import org.mentions.render.ResultText;
import org.mentions.result.Event;

/**
 * What commands may ask of the interactive shell: show the commands a script runs and their results as they
 * finish, pause before each one with {@code run --step} (Enter runs, q stops), and list the history.
 */
final class ShellFrontEnd implements FrontEnd {
  private static final int CTRL_C = 3;
  private static final int CTRL_D = 4;

  private final Terminal terminal;
  private final LineReader reader;
  private final Supplier<ResultText> text;

  ShellFrontEnd(Terminal terminal, LineReader reader, Supplier<ResultText> text) {
    this.terminal = terminal;
    this.reader = reader;
    this.text = text;
  }

  @Override
  public void announce(String command) {
    String shown = command.replace("\n", "\n" + Shell.CONTINUATION);
    if (text.get().style().enabled()) {
      shown = reader.getHighlighter().highlight(reader, command).toAnsi(terminal)
          .replace("\n", "\n" + Shell.CONTINUATION);
    }
    out().println(Shell.PROMPT + shown);
    out().flush();
  }

  @Override
  public void show(List<Event> events) {
    ResultText t = text.get();
    for (Event e : events) out().print(t.render(e.result()));
    out().flush();
  }

  @Override
  public boolean proceed(String command) {
    boolean plain = Terminal.TYPE_DUMB.equals(terminal.getType()) || Terminal.TYPE_DUMB_COLOR.equals(
        terminal.getType());
    out().print(text.get().style().dim("  Enter runs this, q stops the script "));
    out().flush();
    boolean go = waitForKey();
    out().print(plain ? "\n" : "\r\u001b[K");
    out().flush();
    return go;
  }

  /** Reads single keys in raw mode: Enter means go on; q, Ctrl-C, Ctrl-D or an interrupt mean stop. */
  private boolean waitForKey() {
    Attributes saved = terminal.enterRawMode();
    try {
      NonBlockingReader keys = terminal.reader();
      while (true) {
        if (Thread.currentThread().isInterrupted()) return false;
        int c = keys.read(100L);
        if (c == NonBlockingReader.READ_EXPIRED) continue;
        if (c == '\r' || c == '\n') return true;
        if (c < 0 || c == 'q' || c == 'Q' || c == CTRL_C || c == CTRL_D) return false;
        terminal.puts(org.jline.utils.InfoCmp.Capability.bell);
        terminal.flush();
      }
    } catch (IOException e) {
      return false;
    } finally {
      terminal.setAttributes(saved);
    }
  }

  @Override
  public boolean canStep() {
    return true;
  }

  @Override
  public List<String> history() {
    List<String> lines = new ArrayList<>();
    for (History.Entry e : reader.getHistory()) lines.add(e.line());
    return lines;
  }

  @Override
  public boolean hasHistory() {
    return true;
  }

  private PrintWriter out() {
    return terminal.writer();
  }
}
