package org.mentions.script;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import org.mentions.command.FrontEnd;
import org.mentions.engine.Engine;
import org.mentions.render.ResultText;
import org.mentions.render.Style;
import org.mentions.result.ErrorResult;
import org.mentions.result.Event;
import org.mentions.result.QuitResult;

/**
 * Runs a script through the engine: echoes each command and its output; on the first error prints
 * {@code NAME:LINE: message} and stops (or, keeping going, reports and continues). Returns the exit code.
 */
public final class ScriptRunner {
  private final Engine engine;
  private final PrintStream out;
  private final PrintStream err;
  private final boolean keepGoing;
  private final int width;

  public ScriptRunner(Engine engine, PrintStream out, PrintStream err, boolean keepGoing, int width) {
    this.engine = engine;
    this.out = out;
    this.err = err;
    this.keepGoing = keepGoing;
    this.width = width;
  }

  public int run(String name, BufferedReader in) throws IOException {
    List<ScriptLine> lines = ScriptReader.read(in);
    int failures = 0;
    ResultText text = new ResultText(engine.workspace().settings(), width, Style.PLAIN);
    engine.workspace().setFrontEnd(new Echo(text));
    for (ScriptLine line : lines) {
      out.println("mentions> " + line.text().replace("\n", "\n       > "));
      List<Event> events = engine.execute(line.text());
      boolean quit = false;
      for (Event e : events) {
        if (e.result() instanceof ErrorResult error) {
          out.flush();
          err.println(name + ":" + line.line() + ": " + error.message());
          err.flush();
          failures++;
        } else if (e.result() instanceof QuitResult) {
          quit = true;
        } else {
          out.print(text.render(e.result()));
        }
      }
      out.flush();
      if (Thread.currentThread().isInterrupted()) {
        err.println(name + ":" + line.line() + ": interrupted");
        return 130;
      }
      if ((failures > 0 && !keepGoing) || quit) break;
    }
    return failures == 0 ? 0 : 1;
  }

  /** Shows the commands a script runs with {@code run FILE} the way it shows its own: echoed, then their output. */
  private final class Echo implements FrontEnd {
    private final ResultText text;

    Echo(ResultText text) {
      this.text = text;
    }

    @Override
    public void announce(String command) {
      out.println("mentions> " + command.replace("\n", "\n       > "));
    }

    @Override
    public void show(List<Event> events) {
      for (Event e : events) out.print(text.render(e.result()));
      out.flush();
    }
  }
}
