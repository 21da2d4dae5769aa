package org.mentions.shell;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import org.mentions.table.IndexProgress;

/** Draws annotation progress on one terminal line (files, tokens/s, time left), at most five times a second. */
final class ProgressLine implements IndexProgress {
  private final PrintWriter out;
  private long lastDraw;
  private boolean drawn;

  ProgressLine(PrintWriter out) {
    this.out = out;
  }

  @Override
  public synchronized void update(int done, int total, long tokens, int annotated, Duration elapsed) {
    long now = System.nanoTime();
    if (done < total && now - lastDraw < 200_000_000L) return;
    lastDraw = now;
    double seconds = Math.max(0.001, elapsed.toMillis() / 1000.0);
    double rate = tokens / seconds;
    String left = done == 0 ? "?" : String.format(Locale.ROOT, "%.0f s", seconds / done * (total - done));
    out.print(String.format(Locale.ROOT, "\r\u001b[Kannotating: %d/%d files, %,.0f tokens/s, %s left (Ctrl-C stops)",
        done, total, rate, left));
    out.flush();
    drawn = true;
  }

  synchronized void clear() {
    if (drawn) {
      out.print("\r\u001b[K");
      out.flush();
      drawn = false;
    }
  }
}
