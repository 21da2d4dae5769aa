package org.mentions.shell;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.mentions.engine.Engine;

/**
 * Drives a real {@link Shell} through a JLine virtual terminal: keystrokes go into a pipe, the screen output is
 * collected, and {@link #waitFor} polls it (ANSI codes stripped) for what a user would wait to see.
 */
final class ShellDriver implements AutoCloseable {
  private static final Pattern ANSI = Pattern.compile("\u001b\\[[0-9;?]*[A-Za-z]|\u001b[()][AB0-2]|\u001b[=>]");
  private static final long TIMEOUT_MS = 20_000;

  private final PipedOutputStream keys = new PipedOutputStream();
  private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
  private final Terminal terminal;
  private final CompletableFuture<Integer> exit;
  private int mark;

  ShellDriver(Engine engine, Path configDir) throws IOException {
    this(engine, configDir, true);
  }

  ShellDriver(Engine engine, Path configDir, boolean colour) throws IOException {
    PipedInputStream in = new PipedInputStream(keys, 1 << 16);
    // An external terminal runs JLine's own line discipline, so Ctrl-C raises INT in this JVM as a real
    // terminal's SIGINT would (TerminalBuilder's default here is a pty, whose SIGINT goes to no one).
    terminal = new ExternalTerminal("test", "xterm-256color", in, new SynchronizedOut(screen),
        StandardCharsets.UTF_8);
    terminal.setSize(new Size(120, 40));
    Shell shell = new Shell(engine, terminal, colour, configDir);
    exit = CompletableFuture.supplyAsync(() -> shell.run(List.of()));
    waitFor("mentions> ");
  }

  /** Types keys as a user would: "\t" is Tab, "\r" Enter, "\u0003" Ctrl-C, "\u0004" Ctrl-D. */
  ShellDriver type(String s) throws IOException {
    keys.write(s.getBytes(StandardCharsets.UTF_8));
    keys.flush();
    return this;
  }

  /** Everything shown so far, as raw terminal output (with colour codes). */
  String raw() {
    synchronized (screen) {
      return screen.toString(StandardCharsets.UTF_8);
    }
  }

  /** Everything shown so far, colour codes removed. */
  String text() {
    return ANSI.matcher(raw()).replaceAll("");
  }

  /** Forgets what was shown up to now, so the next wait looks only at new output. */
  ShellDriver mark() {
    mark = text().length();
    return this;
  }

  /** Output since the last {@link #mark}. */
  String recent() {
    String t = text();
    return t.substring(Math.min(mark, t.length()));
  }

  /** Waits until the output since the last mark contains {@code expected}; returns that output. */
  String waitFor(String expected) {
    long end = System.currentTimeMillis() + TIMEOUT_MS;
    while (System.currentTimeMillis() < end) {
      String r = recent();
      if (r.contains(expected)) return r;
      sleep(20);
    }
    String all = raw();
    return fail("timed out waiting for '" + expected + "'; screen since mark:\n" + recent() + "\nraw tail:\n"
        + all.substring(Math.max(0, all.length() - 1500)).replace("\u001b", "<ESC>"));
  }

  /** Waits until {@code expected} appears in the output since the last mark, then moves the mark past it. */
  String expect(String expected) {
    String r = waitFor(expected);
    mark = mark + r.indexOf(expected) + expected.length();
    return r;
  }

  int exitCode() throws Exception {
    return exit.get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
  }

  boolean exited() {
    return exit.isDone();
  }

  static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() throws IOException {
    if (!exit.isDone()) {
      type("\u0004");
      try {
        exit.get(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
        // the test failed already; do not hide that failure
      }
    }
    terminal.close();
  }

  /** The shell writes from two threads (prompt and worker); the test reads from a third. */
  private static final class SynchronizedOut extends java.io.OutputStream {
    private final ByteArrayOutputStream target;

    SynchronizedOut(ByteArrayOutputStream target) {
      this.target = target;
    }

    @Override
    public void write(int b) {
      synchronized (target) {
        target.write(b);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) {
      synchronized (target) {
        target.write(b, off, len);
      }
    }
  }
}
