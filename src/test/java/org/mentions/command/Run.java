package org.mentions.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.mentions.engine.Engine;
import org.mentions.result.ErrorResult;
import org.mentions.result.Event;
import org.mentions.result.Result;
import org.mentions.result.TableResult;
import tech.tablesaw.api.Table;

/** Runs command lines through the engine and unwraps what tests look at. */
public final class Run {
  private Run() {}

  public static Table table(Engine e, String line) {
    Result r = last(e, line);
    if (r instanceof TableResult t) return t.table();
    fail(line + " gave " + r);
    return null;
  }

  public static String error(Engine e, String line) {
    Result r = last(e, line);
    if (r instanceof ErrorResult err) {
      assertEquals(-1, err.message().indexOf('\n'), "one line: " + err.message());
      return err.message();
    }
    fail(line + " should fail but gave " + r);
    return null;
  }

  public static Result last(Engine e, String line) {
    List<Event> events = e.execute(line);
    return events.get(events.size() - 1).result();
  }
}
